package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** General question rules found on the blind2 question set, each on real phrasings of officials. */
class Blind2QuestionRulesTest extends ShippedCorpus {

    /** Reports a place produced (评估报告) are a count; only the reports of the corpus make a catalogue question. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            雁峰区重大行政决策后评估组织了几次，收到多少条意见建议，形成几份报告？ | NUMERIC
            雁峰区去年形成了多少份评估报告？                                      | NUMERIC
            健龙镇向区政府提交了几份专题报告？                                    | NUMERIC
            你这里有几份报告？                                                    | CATALOG
            语料里有哪些报告？                                                    | CATALOG
            你这里有哪几个地方2024年度的法治政府建设报告？                        | CATALOG
            """)
    void should_not_take_a_count_of_produced_reports_for_a_catalogue_question(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** 场次, 人次 named as a noun (宣讲场次多) say the measure word and are not what is counted. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄溪镇和江口镇，哪个搞的法治宣传宣讲场次多？ | 场次 | 法治宣传宣讲
            健龙镇和雁峰区，哪个的专题讲座场次多？       | 场   | 专题讲座
            江口镇和黄溪镇，哪个的执法人次数多？         | 人次 | 执法
            """)
    void should_take_the_unit_from_a_count_noun_and_drop_it_from_the_metric(String question, String unit,
            String metric) {
        Ask ask = parser.parse(question).asks().get(0);
        assertThat(ask.units()).contains(unit);
        assertThat(ask.metric()).contains(metric).doesNotContain("场次").doesNotContain("人次");
    }

    /** 罚款金额: 金额 asks for 元 (this once failed on a missing capture group). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇简易程序罚款金额是多少？ | 元
            """)
    void should_read_an_amount_as_yuan(String question, String unit) {
        assertThat(parser.parse(question).asks().get(0).units()).contains(unit);
    }

    /** 几个 before a noun for people counts people (名, 人), not cases (件). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇有多少个法律顾问？           | 名 | 件
            黄溪镇执法队有几个执法人员？       | 人 | 件
            江口镇的执法人员多少个？           | 名 | 件
            江口镇镇村两级一共建了多少个调解委员会？ | 个 | 人次
            """)
    void should_count_people_in_people(String question, String unit, String not) {
        Ask ask = parser.parse(question).asks().get(parser.parse(question).asks().size() - 1);
        assertThat(ask.units()).contains(unit).doesNotContain(not);
    }
}
