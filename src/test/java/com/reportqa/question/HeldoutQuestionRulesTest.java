package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** General question rules found on the held-out question set, each on real phrasings of officials. */
class HeldoutQuestionRulesTest extends ShippedCorpus {

    /** expected: the asks' metrics separated by ';', each given by a word it must contain. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            走访了多少小微企业和个体工商户？                        | 小微企业;个体工商户
            办了多少件人大建议和政协提案？                          | 人大建议;政协提案
            矛盾纠纷和信访的化解率分别是多少？                      | 矛盾纠纷 化解率;信访 化解率
            党政主要领导在中心组和机关大会上各领学了几次？          | 中心组 领学;机关大会上 领学
            责令几家执法单位整改了几项不当执法行为？                | 执法单位;不当执法行为
            搞了几次联合执法，出动了多少人次执法人员？              | 联合执法;执法人员
            处分和组织处理各几人？                                  | 处分;组织处理
            总访问量和独立用户访问量分别是多少？                    | 总访问量;独立用户访问量
            简易程序、一般程序、委托执法分别多少起、各罚了多少钱？  | 简易程序;简易程序 罚;一般程序;一般程序 罚;委托执法;委托执法 罚
            受理了多少矛盾纠纷、化解多少、化解率多少？信访呢？      | 矛盾纠纷;化解;化解率;受理 信访;信访 化解;信访 化解率
            矛盾纠纷受理多少件？信访呢？                            | 矛盾纠纷;信访
            法治宣传（宣讲）活动搞了多少场？                        | 法治宣传 宣讲
            """)
    void should_split_into_one_ask_per_figure(String question, String expected) {
        List<Ask> asks = AskSplitter.split(question);
        String[] wanted = expected.split(";");
        assertThat(asks).hasSize(wanted.length);
        for (int i = 0; i < wanted.length; i++) {
            for (String word : wanted[i].split(" ")) {
                assertThat(asks.get(i).metric()).as(asks.toString()).contains(word);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            委托执法多少起，罚了多少钱？              | 罚款     | 元
            下达了多少家次整改通知书？                | 整改通知书 | 家次
            公共法律服务工作室覆盖了多少个村？        | 公共     | 个
            到现在一共培养了多少名法律明白人？        | 培养     | 名
            后评估组织了几次，形成几份报告？          | 形成     | 份
            专项整治聚焦了几个方面的问题？            | 专项整治 | 方面
            """)
    void should_keep_the_words_that_say_what_is_counted(String question, String word, String unit) {
        List<Ask> asks = AskSplitter.split(question);
        Ask last = asks.get(asks.size() - 1);
        assertThat(last.metric()).contains(word).doesNotContain("到现");
        assertThat(last.units()).contains(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            洪口镇和雁峰区，哪边的法律顾问多？                        | COMPARE
            健龙镇和雁峰区的法律顾问，谁提的法律意见多？              | COMPARE
            雁峰区、黄溪镇、健龙镇给执法人员搞培训的次数排一下。      | COMPARE
            江口镇和黄溪镇执法人员哪个镇多？                          | COMPARE
            黄溪镇说2024年是“八五”普法的第几年？                      | FACT
            黄溪镇组织镇村干部学了哪些法律？                          | LIST
            """)
    void should_tell_the_kind_of_question(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            通江那个镇的公共法律服务工作室覆盖了多少个村（社区）？ | 洪口镇 | 个镇
            健龙镇农村那边新装了多少个高清监控探头？               | 健龙镇 | 边
            这几个地方谁公开的政务信息最多？排个序。               | 健龙镇 | 个地方
            """)
    void should_drop_words_that_only_point_at_a_place(String question, String place, String junk) {
        Question q = parser.parse(question);
        assertThat(q.scope()).extracting(r -> r.place().name()).contains(place);
        assertThat(q.asks()).allSatisfy(a -> assertThat(a.metric()).doesNotContain(junk));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            雁峰区、黄溪镇、健龙镇给执法人员搞培训的次数排一下。 | 次
            健龙镇和雁峰区参加学法考试的人数谁多？             | 人
            """)
    void should_take_the_unit_from_a_count_noun(String question, String unit) {
        assertThat(parser.parse(question).asks().get(0).units()).contains(unit);
    }
}
