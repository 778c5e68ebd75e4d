package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.FigureFinder;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One place's figure in two years: from the report on each year, or from a later report's sentence naming the
 * year; nothing when either year's figure is missing or the question asks the change the report states.
 */
class YearsComparedTest {

    private static final String TOWN_2024 = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            全年召开党委会议专题研究法治工作11次，镇党委理论学习中心组开展集中学法6次。
            述法报告显示，2023年全年镇党委会议研究法治工作9次，化解矛盾纠纷100件。
            """;
    private static final String VILLAGE_2023 = """
            重庆市璧山区样例乡人民政府关于2023年度法治政府建设情况的报告
            一、主要成效
            全年受理矛盾纠纷80件，化解78件。
            """;
    private static final String VILLAGE_2024 = """
            重庆市璧山区样例乡人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            全年受理矛盾纠纷95件，化解93件。全年开展普法宣传40场，较上年增加6场。
            """;

    private static final String STREET_2024 = """
            河南省郑州市二七区示范街道办事处2024年度法治政府建设情况报告
            一、主要成效
            全年开展专项整治20次，办理行政处罚案件97件，罚款8.35万元，同比2023年全年办理的72件增长34.7%。
            二、矛盾纠纷化解
            街道和9个社区调委会全年受理矛盾纠纷320件，调解成功310件。2023年全年受理矛盾纠纷280件，受理量有所上升。
            """;

    static QuestionParser parser;
    static YearsCompared years;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = new ArrayList<>(TestReports.shippedWith(TOWN_2024));
        ReportIngester ingester = new ReportIngester(1 << 20);
        reports.add(ingester.ingest("901.txt", VILLAGE_2023.getBytes(StandardCharsets.UTF_8), new Properties()));
        reports.add(ingester.ingest("902.txt", VILLAGE_2024.getBytes(StandardCharsets.UTF_8), new Properties()));
        reports.add(ingester.ingest("903.txt", STREET_2024.getBytes(StandardCharsets.UTF_8), new Properties()));
        parser = new QuestionParser(reports);
        years = new YearsCompared(FigureFinder.over(TestReports.figures(), new Synonyms()),
                TestReports.paragraphs(reports)::get);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇党委会议研究法治工作的次数，2024年跟2023年比是多了还是少了？各是几次？ | 11 | 2024 | 9  | 2023 | 多2次
            示例镇2023年和2024年党委会议研究法治工作分别是几次？                     | 11 | 2024 | 9  | 2023 | 多2次
            样例乡2023年和2024年受理的矛盾纠纷各多少件？                             | 95 | 2024 | 80 | 2023 | 多15件
            样例乡受理矛盾纠纷，2024年和2023年哪年多？                               | 95 | 2024 | 80 | 2023 | 多15件
            """)
    void should_rank_one_places_figure_of_two_years(String question, int first, int firstYear, int second,
            int secondYear, String change) {
        Answer a = years.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures()).extracting(f -> f.value().intValue()).containsExactly(first, second);
        assertThat(a.figures()).extracting(AnswerFigure::year).containsExactly(firstYear, secondYear);
        assertThat(a.answer()).contains(change).contains("按报告数字计算");
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.text()).containsAnyOf("11次", "9次", "95件", "80件"));
    }

    /** 办理行政处罚案件97件…同比2023年全年办理的72件: the earlier figure is the one the later is measured against. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示范街道办的行政处罚案子，2024年跟2023年比，哪年多？各多少件
            示范街道2024年和2023年各办理行政处罚案件多少件？
            """)
    void should_take_the_earlier_figure_a_sentence_measures_against(String question) {
        Answer a = years.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures()).extracting(f -> f.value().intValue()).containsExactly(97, 72);
        assertThat(a.answer()).contains("多25件");
    }

    /** 街道和9个社区调委会全年受理矛盾纠纷320件 against 2023年受理280件: the count in the other year's measure word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示范街道矛盾纠纷受理量，24年和23年比是多了还是少了？各是多少？
            示范街道2024年和2023年受理矛盾纠纷哪年多？
            """)
    void should_rank_counts_of_one_measure_word(String question) {
        Answer a = years.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures()).extracting(f -> f.value().intValue()).containsExactly(320, 280);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇2022年和2024年党委会议研究法治工作各几次？
            样例乡2024年受理矛盾纠纷多少件？
            样例乡2024年受理、化解的矛盾纠纷各有多少件？2023年全年受理了多少件？
            样例乡2024年开展普法宣传比2023年增加了多少场？
            """)
    void should_leave_other_questions_to_the_figures(String question) {
        assertThat(years.answer(parser.parse(question))).isEmpty();
    }

    /** 2024年多少？2023年是多少？同比涨了多少: each year asked on its own, and the change the report states beside. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示范街道2024年办了多少件行政处罚案件？2023年是多少？同比涨了多少？ | 34.7
            示范街道2024年行政处罚案件有几件？2023年有几件？                    | -
            样例乡2024年受理矛盾纠纷多少件？2023年受理了多少？                  | -
            示例镇党委会议研究法治工作，2024年多少次？报告里提到的2023年又是多少次？ | -
            """)
    void should_answer_each_year_asked_in_its_own_question(String question, String stated) {
        Answer a = years.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures()).hasSize(stated.equals("-") ? 2 : 3);
        if (!stated.equals("-")) {
            assertThat(a.figures().getLast().value().toPlainString()).isEqualTo(stated);
            assertThat(a.answer()).contains("报告写明的变化");
        }
    }

    /** 比2023年多了多少: the change worked out from the two years' figures when the report states none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇2024年比2023年研究法治工作增加了多少次？      | 2  | 次 | 多2次
            样例乡2024年受理的矛盾纠纷比2023年多了多少件？      | 15 | 件 | 多15件
            样例乡2024年受理矛盾纠纷比2023年多几件？            | 15 | 件 | 多15件
            样例乡2024年受理矛盾纠纷多少件？2023年是多少件？多了几件？ | 15 | 件 | 多15件
            """)
    void should_work_out_the_change_asked(String question, int value, String unit, String said) {
        Answer a = years.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures().getFirst()).satisfies(f -> {
            assertThat(f.value().intValue()).isEqualTo(value);
            assertThat(f.unit()).isEqualTo(unit);
            assertThat(f.computed()).isTrue();
        });
        assertThat(a.answer()).startsWith("**" + said + "**");
    }

    /**
     * 比23年多了百分之多少: the change over the earlier year's figure, in percent, worked out — also where the sentence
     * states the change in counts (较上年增加6场) or another thing's percentage stands beside it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            样例乡受理矛盾纠纷24年比23年多了百分之多少？保留一位小数。 | 18.8 | 增长18.8%
            样例乡2024年受理矛盾纠纷的增幅是多少？比2023年            | 18.8 | 增长18.8%
            示范街道行政处罚案件2024年比2023年增加了百分之几？         | 34.7 | 增长34.7%
            """)
    void should_work_out_the_change_in_percent(String question, String value, String said) {
        Answer a = years.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures().getFirst()).satisfies(f -> {
            assertThat(f.value().toPlainString()).isEqualTo(value);
            assertThat(f.unit()).isEqualTo("%");
            assertThat(f.computed()).isTrue();
        });
        assertThat(a.answer()).startsWith("**" + said + "**");
    }
}
