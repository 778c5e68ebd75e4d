package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionParser;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A per-head figure no report states: each place's count (a list of parts summed) over its headcount, wherever in
 * the report each is written; marked computed, both cited; nothing unless two places have both.
 */
class PerHeadComparedTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            镇综合执法队现有执法人员8人，均持证上岗。
            全年办理简易程序案件300起，罚款8000元；一般程序案件6起，罚款25000元；委托执法2起，罚款1500元。
            全镇共有8个行政村，村民代表大会每季度召开1次。
            全镇培育“法律明白人”40名，每村至少配备4名。
            """;

    static QuestionParser parser;
    static PerHeadCompared perHead;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        Function<Report, List<Figure>> figures = TestReports.figures();
        perHead = new PerHeadCompared(FigureFinder.over(figures, new Synonyms()), new ListedParts(figures), figures,
                TestReports.paragraphs(reports)::get, () -> reports.stream().map(Report::place).distinct().toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄溪镇和江口镇，按执法人数和办案数算，人均执法办案量哪个高？ | 黄溪镇:134.3件/人,江口镇:20.7起/人
            示例镇和黄溪镇的执法人员，人均办案量谁多？                   | 黄溪镇:134.3件/人,示例镇:38.5起/人
            江口镇的法治宣讲和雁峰区的“法治护企”讲座，平均一场覆盖多少人？哪个多？ | 江口镇:300人次/场,雁峰区:40名/场
            """)
    void should_work_out_each_places_count_per_head(String question, String ranked) {
        Answer a = perHead.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures()).extracting(f -> f.place().replaceAll("^.*(?=.{3}$)", "") + ":"
                + f.value().toPlainString() + f.unit()).containsExactly(ranked.split(","));
        assertThat(a.figures()).allMatch(AnswerFigure::computed);
        assertThat(a.answer()).contains("计算");
    }

    /** 平均每村几名: the whole place's count over the villages it says it has, never its 每村至少 figure. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇和洪口镇，平均每村有几名法律明白人？从多到少排。
            法律明白人摊到每个村头上有多少？比比示例镇和洪口镇。
            """)
    void should_work_out_a_count_per_village(String question) {
        Answer a = perHead.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures()).anySatisfy(f -> {
            assertThat(f.place()).endsWith("示例镇");
            assertThat(f.value().toPlainString() + f.unit()).isEqualTo("5名/村");
            assertThat(f.computed()).isTrue();
        });
        assertThat(a.answer()).contains("| 40名÷8个 |").doesNotContain("4名÷");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄溪镇和江口镇执法人员各有多少人？
            黄溪镇人均执法办案量是多少？
            """)
    void should_leave_other_questions_alone(String question) {
        assertThat(perHead.answer(parser.parse(question))).isEmpty();
    }
}
