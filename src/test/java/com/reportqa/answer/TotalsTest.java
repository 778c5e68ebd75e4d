package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureExtractor;
import com.reportqa.figures.FigureMention;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Adding parts up (one unit, one scale, 余 carried) and telling a stated total from a list's first item. */
class TotalsTest {

    /** The figures of a made-up sentence, as the extractor reads them. */
    static List<Figure> figures(String text) {
        List<FigureMention> mentions = new FigureExtractor().extract(text);
        return mentions.stream().map(m -> new Figure(m.value(), m.unit(), m.qualifier(), m.raw(), m.metric(),
                m.clause(), m.context(), text, "p1", "r1", false, m.start(), m.end())).toList();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            小微企业216家、个体工商户611家                    | -  | 827    | 家 | -  | 827家
            简易程序罚款133970元，一般程序罚款9900元，委托执法罚款13100元 | -  | 156970 | 元 | -  | 156970元
            简易程序罚款12.5万元，一般程序罚款3万元           | 元 | 155000 | 元 | -  | 15.5万元
            简易程序罚款12万元，一般程序罚款9900元            | -  | 129900 | 元 | -  | 129900元
            1名副镇长、7名二级机构负责人以及1名新录用公务员   | 人 | 9      | 人 | -  | 9人
            1名副镇长、7名二级机构负责人以及1名新录用公务员   | -  | 9      | 名 | -  | 9名
            2名副镇长、3位站所负责人和4人新录用公务员         | -  | 9      | 人 | -  | 9人
            2名副镇长、3位站所负责人和4人新录用公务员         | 位 | 9      | 位 | -  | 9位
            一般安全隐患62个，重大安全隐患3项                 | 个 | 65     | 个 | -  | 65个
            一般安全隐患62个，重大安全隐患3项                 | 项 | 65     | 项 | -  | 65项
            一般安全隐患62个，重大安全隐患3项                 | -  | 65     | 个 | -  | 65个
            人大提出20余条、政协提出10余条                    | 条 | 30     | 条 | 余 | 30余条
            人大提出20条、政协提出10余条                      | -  | 30     | 条 | 余 | 30余条
            人大提出约20条、政协提出10条                      | -  | 30     | 条 | 约 | 约30条
            受理信访12件，调处纠纷8起                         | 件 | 20     | 件 | -  | 20件
            受理信访12件，调处纠纷8起                         | 起 | 20     | 起 | -  | 20起
            总访问量3206万次，独立用户访问243万次             | -  | 34490000 | 次 | - | 3449万次
            """)
    void should_add_up_parts_in_one_unit(String sentence, String asked, BigDecimal value, String unit,
            String qualifier, String raw) {
        Totals.Sum sum = Totals.sum(figures(sentence), asked).orElseThrow();
        assertThat(sum.value()).isEqualByComparingTo(value);
        assertThat(sum.unit()).isEqualTo(unit);
        assertThat(sum.qualifier()).isEqualTo(qualifier);
        assertThat(sum.raw()).isEqualTo(raw);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            立案1件，党内警告处分1人
            办结率100%，满意率98%
            罚款9900元，处罚12起
            新增市场主体1005个，个体603户
            """)
    void should_not_add_up_parts_of_different_kinds(String sentence) {
        assertThat(Totals.sum(figures(sentence), null)).isEmpty();
    }

    /** The sentence, then for each of its figures (in order) whether it is introduced as the total. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全年共受理矛盾纠纷224件，其中调解类180件、信访类44件。 | true false false
            全年执法806件，其中道路交通249件、食药品1件、林业13件  | true false false false
            组织领导干部、村干部共159人参加学法考试                | true
            罚款合计156970元，其中简易程序133970元                  | true false
            共走访小微企业216家、个体工商户611家                    | false false
            人大提出20余条、政协提出10余条意见建议                  | false false
            新建5个、农村新建21个探头，总计26个                     | false false true
            公共法律服务站3个，共同开展活动12场                     | false false
            中共党员12名，干部8名                                   | false false
            """)
    void should_tell_a_stated_total_from_a_part(String sentence, String introduced) {
        List<Figure> figures = figures(sentence);
        List<Boolean> expected = Arrays.stream(introduced.split(" ")).map(Boolean::valueOf).toList();
        assertThat(figures.stream().map(f -> Totals.introducedAsTotal(sentence, f)).toList()).isEqualTo(expected);
    }
}
