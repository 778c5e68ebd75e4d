package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.RateWord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rate questions over the shipped corpus, as parsed: the rate read from the topic, with its object and action. */
class RateQuestionRulesTest extends ShippedCorpus {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            两个镇的调解成功率谁高？                 | 成功率 | -        | 5
            各地的办结率比一比                       | 办结率 | -        | 5
            健龙镇和雁峰区的矛盾纠纷化解率哪个高     | 化解率 | 矛盾纠纷 | 2
            江口镇信访化解率是多少                   | 化解率 | 信访     | 1
            黄溪镇和雁峰区的干部学法考试通过率谁高？ | 通过率 | 干部学法考试 | 2
            信访件的化解率/办结率，健龙镇和黄溪镇比一比 | 化解率 | 信访件 | 2
            健龙镇和黄溪镇信访的化解率比一比         | 化解率 | 信访     | 2
            健龙镇和黄溪镇，人民调解成功率哪个高？   | 成功率 | -        | 2
            健龙、黄溪、江口人民调解的成功率谁最高？ | 成功率 | -        | 3
            """)
    void should_read_the_rate_asked_about(String text, String head, String object, int reports) {
        Question q = parser.parse(text);
        RateWord rate = RateWord.of(q.topic()).orElseThrow();
        assertThat(rate.head()).isEqualTo(head);
        assertThat(rate.object()).isEqualTo(object == null ? "" : object);
        assertThat(q.scope()).hasSize(reports);
    }

    /** 报告没直接写这个率的话: a bare 率 points back at the rate named before it and names none itself. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            黄溪镇执法队里持证的比例有多少？报告没直接写这个率的话，帮我按人数算一下。 | 持证率
            报告没直接写这个率的话，帮我算一下                                         | -
            该率是多少                                                                 | -
            信访件的化解率，没写这个率就算一下                                         | 化解率
            """)
    void should_take_no_rate_from_a_bare_rate_word(String text, String head) {
        assertThat(RateWord.of(text).map(RateWord::head).orElse(null)).isEqualTo(head);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇受理了多少件矛盾纠纷？
            黄溪镇的信访件受理了多少件？
            各地法治宣传活动次数比一比
            """)
    void should_leave_count_questions_to_counts(String text) {
        assertThat(RateWord.of(parser.parse(text).topic())).isEmpty();
    }

    /** 有多高 asks a rate's figure as 多少 does; the rate's words stay its metric. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            衡阳雁峰区的法治宣传普及率有多高？ | 法治宣传普及率
            健龙镇矛盾纠纷化解率是多高         | 矛盾纠纷化解率
            江口镇企业占了多大比例？           | 企业
            """)
    void should_ask_a_figure_with_how_high(String text, String metric) {
        Question q = parser.parse(text);
        assertThat(q.kind()).isEqualTo(QuestionKind.NUMERIC);
        assertThat(q.asks()).singleElement().satisfies(a -> assertThat(a.metric()).contains(metric));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            这栋楼有多高？
            健龙镇的山有多高
            """)
    void should_not_take_any_height_for_a_rate(String text) {
        assertThat(parser.parse(text).kind()).isNotEqualTo(QuestionKind.NUMERIC);
    }

    /** A comparison that asks no figure in words: the places counted are no unit, its count noun is. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            咱们几个地方主动公开的政务信息条数比一比，谁最多？ | 政务信息 | 条
            各地受理矛盾纠纷比一比，谁最多？                 | 受理矛盾纠纷 | -
            """)
    void should_ask_a_comparison_in_its_count_noun(String text, String metric, String unit) {
        Question q = parser.parse(text);
        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        assertThat(q.asks()).singleElement().satisfies(a -> {
            assertThat(a.metric()).contains(metric).doesNotContain("地方").doesNotContain("比一比");
            if (unit.equals("-")) {
                assertThat(a.units()).isEmpty();
            } else {
                assertThat(a.units()).contains(unit).doesNotContain("人");
            }
        });
    }

    /** 个 before a place or body counts those; before a person, people; 几条 clues may be counted in 件. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            各地一共有多少个村（社区）？比一比     | 个 | 人
            各地法律顾问请了几个，排个序           | 人 | 件
            健龙镇纪委办了几条问题线索？           | 件 | 人
            """)
    void should_count_in_the_unit_of_the_thing_counted(String text, String unit, String not) {
        assertThat(parser.parse(text).asks().getFirst().units()).contains(unit).doesNotContain(not);
    }

    /** A figure asked with the other places mentioned is no catalogue; a list of problems is a list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇和黄溪镇信访各受理了多少件？其他几个地方报告里有没有这个数 | COMPARE
            你这里有几份报告？                                                | CATALOG
            洪口镇2023年法治政府建设有啥不足，原因又是啥？                    | LIST
            """)
    void should_tell_a_figure_from_a_catalogue_and_a_list(String text, QuestionKind kind) {
        assertThat(parser.parse(text).kind()).isEqualTo(kind);
    }

    /** 其他几个地方有没有: the places not named are in scope too, after the named ones. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇和黄溪镇信访各受理了多少件？其他几个地方报告里有没有这个数 | 5 | 健龙镇
            健龙镇和黄溪镇信访各受理了多少件？                               | 2 | 健龙镇
            """)
    void should_widen_a_comparison_to_the_other_places_when_asked(String text, int reports, String first) {
        Question q = parser.parse(text);
        assertThat(q.scope()).hasSize(reports);
        assertThat(q.scope().getFirst().place().name()).isEqualTo(first);
    }

    /** 化解率/办结率: the other rate word is asked too; a report stating either answers. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            信访件的化解率/办结率，健龙镇和黄溪镇比一比 | 办结率
            各地信访化解率或办结率谁高                   | 办结率
            健龙镇、黄溪镇信访件的化解率（办结率）谁高？ | 办结率
            """)
    void should_read_a_rate_asked_with_its_alternative(String text, String other) {
        RateWord rate = RateWord.of(parser.parse(text).topic()).orElseThrow();
        assertThat(rate.others()).containsExactly(other);
        assertThat(rate.namedIn("办结12件，办结率100%")).isTrue();
    }

    /** The object's head noun (考试) finds a rate of the same kind of thing worded otherwise; a generic head does not. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            学法考试通过率       | 组织干部进行法律知识考试，通过率100% | true
            商事纠纷化解率       | 各类纠纷化解率98%                     | false
            行政复议案件办结率   | 各类案件办结率100%                    | false
            """)
    void should_match_a_rate_object_by_its_head_noun(String asked, String text, boolean matches) {
        assertThat(RateWord.of(asked).orElseThrow().objectIn(text)).isEqualTo(matches);
    }

    /** A share written with 度 or 面 is the rate asked with 率. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            政协提案的满意率 | 满意度达100%
            普法知晓率       | 知晓度达95%
            """)
    void should_take_a_share_written_otherwise_for_the_rate(String asked, String clause) {
        assertThat(RateWord.of(asked).orElseThrow().namedIn(clause)).isTrue();
    }

    /** 谁写了X: a figure of each place that states it, so a comparison. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            这几份报告里，谁写了矛盾纠纷的化解率？是多少？
            哪个地方写了受理信访多少件？
            简易程序处罚，五个地方哪几家报了数？各多少起？
            江口镇执法人员有多少？黄溪镇呢？差了多少
            雁峰区和健龙镇的法律意见各多少条？差几条？
            洪口镇和雁峰区各有多少名法律顾问？雁峰是洪口的几倍？
            健龙、黄溪、雁峰三地2024年自己制定了几件规范性文件？谁最多？
            """)
    void should_compare_who_states_a_figure(String text) {
        Question q = parser.parse(text);
        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        // 差几条 and 哪几家报了数 ask about the figures, they are none of them
        assertThat(q.asks()).singleElement().satisfies(a -> assertThat(a.metric()).doesNotContain("差", "家", "写", "倍", "三地"));
    }
}
