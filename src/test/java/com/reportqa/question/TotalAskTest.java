package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which questions ask a total together with its parts, which ask is the total, which the parts. */
class TotalAskTest extends ShippedCorpus {

    /** total ask, part asks ("-" for parts the report lists), other asks, says 一共/合计, unit asked ("-" none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇2023年行政处罚罚款合计多少？简易程序、一般程序和委托执法各罚了多少？ | 0  | 1 2 3 | -  | true  | -
            江口镇处罚金额合计多少？简易程序和一般程序各多少？                         | 0  | 1 2   | -  | true  | -
            江口镇处罚金额一共多少钱？简易程序和一般程序分别罚了多少？                 | 0  | 1 2   | -  | true  | 元
            简易程序和一般程序各罚了多少？江口镇罚款合计多少？                         | 2  | 0 1   | -  | true  | -
            江口镇一共办了多少起处罚？各类程序分别多少起？                             | 0  | -     | -  | true  | 起
            健龙镇参加宪法宣誓的一共几人？各是什么身份？                               | 0  | -     | -  | true  | 人
            健龙镇宪法宣誓总共有几个人参加？分别是什么职务？                           | 0  | -     | -  | true  | 人
            黄溪镇一共排查出多少个安全隐患？一般和重大的各多少，整改了多少？           | 0  | 1 2   | 3  | true  | 个
            黄溪镇共计排查出多少个安全隐患？一般隐患和重大隐患分别多少？               | 0  | 1 2   | -  | true  | 个
            健龙镇总共走访了多少家小微企业和个体工商户？各多少家？                     | -1 | 0 1   | -  | true  | 家
            健龙镇一共走访了多少小微企业和个体工商户？分别是多少家？                   | -1 | 0 1   | -  | true  | -
            健龙镇人大、政协一共提了多少条意见建议？各提了多少？                       | 0  | -     | -  | true  | 条
            健龙镇今年新建了多少个高清视频监控探头？场镇和农村各几个？                 | 0  | 1 2   | -  | false | 个
            江口镇全年新增市场主体多少个？其中企业和个体各多少？                       | 0  | 1 2   | -  | false | 个
            """)
    void should_see_a_total_asked_with_its_parts(String question, int total, String parts, String others,
            boolean explicit, String unit) {
        TotalAsk t = TotalAsk.of(question, parser.parse(question).asks()).orElseThrow();
        assertThat(t.total()).isEqualTo(total);
        assertThat(t.parts()).isEqualTo(indexes(parts));
        assertThat(t.others()).isEqualTo(indexes(others));
        assertThat(t.explicit()).isEqualTo(explicit);
        assertThat(t.unit()).isEqualTo("-".equals(unit) ? null : unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "健龙镇2024年一共组织了多少人参加学法考试？",
        "璧山区健龙镇各部门自己组织的学法讲座、培训，全年累计搞了几次？",
        "健龙镇人大和政协各提了多少条意见建议？",
        "雁峰区政府门户网站总访问量和独立用户访问量各多少？全年公开政府信息多少条？",
        "通江洪口镇的法律明白人，2023年新培养了几个，累计一共有多少？",
        "云阳江口镇建了多少个调解委员会？驻法庭、驻派出所的调解室又各设了几个？",
        "雁峰区全年制定了几件规范性文件？清理废止了几件文件？",
        "江口镇一共受理各类矛盾纠纷多少件？",
        "健龙镇受理矛盾纠纷多少件？化解了多少件？"})
    void should_not_see_a_total_with_parts_in_other_questions(String question) {
        assertThat(TotalAsk.of(question, parser.parse(question).asks())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"一共几人|人", "合计多少钱|元", "总共走访了多少家企业|家", "合计多少|"})
    void should_read_the_unit_the_total_is_asked_in(String clause, String unit) {
        assertThat(TotalAsk.askedUnit(clause)).isEqualTo(unit);
    }

    private static List<Integer> indexes(String list) {
        return "-".equals(list) ? List.of() : Arrays.stream(list.split(" ")).map(Integer::valueOf).toList();
    }
}
