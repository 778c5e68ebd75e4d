package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.ReportIngester;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rates computed from two counts only when both count the same thing, in adjacent clauses of one sentence, with the
 * numerator naming the rate's action; sentences from the shipped corpus and the elsewhere corpus.
 */
class RatePairsTest {

    private final FigureExtractor extractor = new FigureExtractor();

    private List<Figure> figures(String sentence) {
        return extractor.extract(sentence).stream().map(m -> new Figure(m.value(), m.unit(), m.qualifier(), m.raw(),
                m.metric(), m.clause(), m.context(), sentence, "p", "r", false, m.start(), m.end())).toList();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            矛盾纠纷化解率 | 2024年,全镇共受理各类矛盾纠纷224件,化解223件。                                   | 99.6 | 223件 | 224件
            信访化解率     | 2024年,全镇共受理各类矛盾纠纷224件,化解223件,共受理各类信访23件,化解23件。         | 100  | 23件  | 23件
            调解成功率     | 3.设立商事纠纷调解中心，受理商事纠纷318件，调解成功291件，涉案标的额1.26亿元。       | 91.5 | 291件 | 318件
            商事纠纷调解成功率 | 3.设立商事纠纷调解中心，受理商事纠纷318件，调解成功291件。                       | 91.5 | 291件 | 318件
            成功率         | 全镇人民调解组织受理矛盾纠纷645件，调解成功639件，协议涉及金额1120万元。             | 99.1 | 639件 | 645件
            矛盾纠纷化解率 | 全年受理矛盾纠纷1203件，成功调解1187件。                                             | 98.7 | 1187件 | 1203件
            办结率         | 受理信访件29件，办结29件。                                                           | 100  | 29件  | 29件
            信访办结了百分之几 | 共受理来信来访12件，办结12件。                                                   | 100  | 12件  | 12件
            持证率         | 一是健全机构设置，执法队1个，执法人员6人，持有执法证件5人。                       | 83.3 | 5人   | 6人
            安全隐患整改率 | 排查一般安全隐患62个，已整治62个，重大安全隐患3项。                                 | 100  | 62个  | 62个
            整治率         | 全年排查违法建设线索40处，已整治36处。                                               | 90   | 36处  | 40处
            行政复议审结率 | 全年受理行政复议案件36件,审结33件。                                                  | 91.7 | 33件  | 36件
            审结的案子占受理数的比例 | 全年受理行政复议案件21件，审结19件。                                       | 90.5 | 19件  | 21件
            行政诉讼败诉率 | 作为被告的行政诉讼案件42件，败诉3件。                                                | 7.1  | 3件   | 42件
            审结率         | 全年受理行政复议案件1327件，较2023年全年的862件增长53.9%，审结1268件，直接纠错率12.6%。 | 95.6 | 1268件 | 1327件
            败诉率         | 全年行政应诉案件37件，一审败诉2件。                                                  | 5.4  | 2件   | 37件
            案卷评查的优秀率 | 组织执法案卷评查，抽查案卷80卷，评定优秀卷20卷，发现问题案卷5卷。                  | 25   | 20卷  | 80卷
            案卷合格率     | 评查执法案卷50卷，合格48卷。                                                         | 96   | 48卷  | 50卷
            图斑整改率     | 依法开展农村乱占耕地建房问题整治，摸排问题图斑63个，已整改到位58个。                 | 92.1 | 58个  | 63个
            问题整改率     | 开展法治政府建设督察1轮，发现问题36个，已督促整改33个。                              | 91.7 | 33个  | 36个
            执法案卷评查优秀率 | 2.开展行政执法案卷评查，抽查案卷120卷，评定优秀卷31卷。                          | 25.8 | 31卷  | 120卷
            侵权投诉的调处成功率 | 全年受理玉器设计侵权投诉86件，调处成功79件。                                   | 91.9 | 79件  | 86件
            """)
    void should_compute_a_rate_from_two_counts_of_the_same_thing(String asked, String sentence, String percent,
            String numerator, String denominator) {
        RateWord rate = RateWord.of(asked).orElseThrow();
        var computed = RatePairs.find(rate, figures(sentence), 2024, false).orElseThrow();
        assertThat(computed.percent()).isEqualByComparingTo(percent);
        assertThat(computed.numerator().raw()).isEqualTo(numerator);
        assertThat(computed.denominator().raw()).isEqualTo(denominator);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            信访化解率     | 2024年,全镇共受理各类矛盾纠纷224件,化解223件。                         | 受理 of 矛盾纠纷 is no base of a 信访 rate
            矛盾纠纷化解率 | 全年受理矛盾纠纷120件，化解信访5件。                                     | the numerator names another object
            办结率         | 2024年,全镇共受理各类矛盾纠纷224件,化解223件。                         | 化解 is not 办结
            成功率         | 2024年,全镇共受理各类信访件24件,办结23件。                             | 办结 is not 成功
            化解率         | 全年排查化解矛盾纠纷612件，其中物业服务纠纷260件。                       | 其中 is a part, not the resolved
            商事纠纷调解成功率 | 全镇人民调解组织受理矛盾纠纷645件，调解成功639件。                   | 商事纠纷 is not 矛盾纠纷
            化解率         | 为辖区提供法治服务,调处各类纠纷矛盾40余件,化解30余件。                   | 40余件 is no base
            化解率         | 2023年全年受理矛盾纠纷100件，化解98件。                                  | another year than the report's
            通过率         | 组织干部参加考试120人，通过118人。                                       | 通过率 is never computed
            办结率         | 受理信访件29件，办结罚款2万元。                                          | different units
            持证率         | 组织培训执法人员60人次，持有执法证件55人。                               | 人次 is no headcount of 人
            持证率         | 全镇有网格员48人，持有执法证件5人。                                      | 网格员 are not 人员 of the service
            败诉率         | 全年受理信访件42件，败诉3件。                                            | 信访 are no suits
            """)
    void should_not_compute_from_counts_of_different_things(String asked, String sentence, String why) {
        RateWord rate = RateWord.of(asked).orElseThrow();
        assertThat(RatePairs.find(rate, figures(sentence), 2024, false)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            两个镇 调解成功率 高?  | 调解成功率     | 成功率 | -        | true
            办结率比一比           | 办结率         | 办结率 | -        | true
            矛盾纠纷化解率 高      | 矛盾纠纷化解率 | 化解率 | 矛盾纠纷 | true
            信访化解率             | 信访化解率     | 化解率 | 信访     | true
            乡镇 矛盾纠纷调解成功率 高? | 矛盾纠纷调解成功率 | 成功率 | 矛盾纠纷 | true
            干部学法考试通过率 高  | 干部学法考试通过率 | 通过率 | 干部学法考试 | false
            审结的案子占受理数的比例哪家最高 | 审结率 | 审结率 | -         | true
            两个镇受理的信访件，最后化解率是多少 | 最后化解率 | 化解率 | 信访件 | true
            办结的占比是多少       | 办结率         | 办结率 | -        | true
            """)
    void should_read_the_rate_a_question_asks_about(String topic, String phrase, String head, String object,
            boolean computable) {
        RateWord rate = RateWord.of(topic).orElseThrow();
        assertThat(rate.phrase()).isEqualTo(phrase);
        assertThat(rate.head()).isEqualTo(head);
        assertThat(rate.object()).isEqualTo(object == null ? "" : object);
        assertThat(rate.computable()).isEqualTo(computable);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇受理了多少件矛盾纠纷
            提高执法效率的措施有哪些
            雁峰区在全市率先实施的法律援助是什么制
            """)
    void should_not_take_a_count_or_other_words_for_a_rate(String question) {
        assertThat(RateWord.of(question)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            败诉率         | 全年共计审结12件行政诉讼案件,实现了零败诉。                   | 零败诉 | 12件
            行政诉讼败诉率 | 全年应诉行政诉讼案件9件，败诉率为零。                         | 败诉率为零 | 9件
            """)
    void should_read_a_rate_said_as_zero(String asked, String sentence, String said, String base) {
        var zero = RatePairs.zero(RateWord.of(asked).orElseThrow(), figures(sentence), 2024, false).orElseThrow();
        assertThat(zero.percent()).isZero();
        assertThat(zero.numerator().raw()).isEqualTo(said);
        assertThat(zero.denominator().raw()).isEqualTo(base);
        assertThat(sentence).startsWith(zero.numerator().context());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            败诉率   | 全年共计审结12件行政诉讼案件,败诉2件。                   | a count, not 零
            败诉率   | 实现了零败诉,全年共计审结12件行政诉讼案件。              | no count before it
            化解率   | 全年受理矛盾纠纷30件,实现了零败诉。                      | 零败诉 is no 化解
            """)
    void should_not_read_zero_where_the_report_does_not_say_it(String asked, String sentence, String why) {
        assertThat(RatePairs.zero(RateWord.of(asked).orElseThrow(), figures(sentence), 2024, false)).as(why).isEmpty();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            矛盾纠纷化解率 | 排查各类矛盾纠纷180起，均已调解成功。        | 均已调解成功 | 180起
            信访办结率     | 受理信访事项15件，全部办结。                  | 全部办结     | 15件
            """)
    void should_read_a_rate_said_as_all(String asked, String sentence, String said, String base) {
        var all = RatePairs.whole(RateWord.of(asked).orElseThrow(), figures(sentence), 2024, false).orElseThrow();
        assertThat(all.percent()).isEqualByComparingTo("100");
        assertThat(all.numerator().raw()).isEqualTo(said);
        assertThat(all.denominator().raw()).isEqualTo(base);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            矛盾纠纷化解率 | 排查各类矛盾纠纷180起，其中调解成功170起。    | a count, not 全部
            矛盾纠纷化解率 | 排查各类矛盾纠纷180起，均已登记在册。          | 登记 is not 化解
            信访办结率     | 全部办结，受理信访事项15件。                  | nothing before it
            通过率         | 参加考试120人，全部通过。                      | 通过率 is never computed
            """)
    void should_not_read_all_where_the_report_does_not_say_it(String asked, String sentence, String why) {
        assertThat(RatePairs.whole(RateWord.of(asked).orElseThrow(), figures(sentence), 2024, false)).as(why).isEmpty();
    }

    /** 1327件，较2023年全年的862件增长53.9%，审结1268件: the change measured against last year stands between the pair. */
    @Test
    void should_pair_counts_across_a_change_against_last_year() throws Exception {
        String text = "贵州省安顺市人民政府关于2024年度法治政府建设情况的报告\n一、主要成效\n"
                + "全市行政复议机关全年受理行政复议案件1327件，较2023年全年的862件增长53.9%，审结1268件，直接纠错率12.6%。\n";
        var report = new ReportIngester(1 << 20).ingest("as.txt",
                text.getBytes(StandardCharsets.UTF_8), new Properties());
        var computed = RatePairs.find(RateWord.of("行政复议审结率").orElseThrow(), FigureIndex.extractFrom(report), 2024,
                false).orElseThrow();
        assertThat(computed.percent()).isEqualByComparingTo("95.6");
        assertThat(computed.denominator().raw()).isEqualTo("1327件");
    }
}