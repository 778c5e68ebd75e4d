package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionParser;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A total asked alone that the report only lists in parts (一共几个人宣誓 over 2名…、5位…以及3人…): the parts'
 * sum, marked as computed, each part cited; never one item taken for the whole, and never a sum when the question
 * names one item or the report states the total itself.
 */
class ListedTotalAnswererTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            (一)学法用法
            组织新任命的2名副镇长、5位站所负责人以及3名新录用公务员进行宪法宣誓。
            组织领导干部、村干部共60人参加学法考试。
            (二)优化营商环境
            向企业宣传惠企政策。共走访规上企业16家、个体工商户61家。
            全年受理矛盾纠纷120件、化解118件。
            """;

    static QuestionParser parser;
    static ListedTotalAnswerer listed;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        Map<String, Paragraph> paragraphs = TestReports.paragraphs(reports);
        Function<Report, List<Figure>> figuresOf = TestReports.figures();
        listed = new ListedTotalAnswerer(FigureFinder.over(figuresOf, new Synonyms()), figuresOf, paragraphs::get);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇组织宪法宣誓，一共几个人宣誓？         | 10  | 人
            示例镇参加宪法宣誓的总共多少人？             | 10  | 人
            示例镇宪法宣誓加起来有几名？                 | 10  | 名
            健龙镇2024年组织宪法宣誓，一共几个人宣誓？   | 9   | 人
            """)
    void should_add_up_the_listed_parts(String question, BigDecimal value, String unit) {
        Answer a = listed.answer(parser.parse(question)).orElseThrow();
        AnswerFigure total = a.figures().get(0);
        assertThat(total.value()).isEqualByComparingTo(value);
        assertThat(total.unit()).isEqualTo(unit);
        assertThat(total.computed()).isTrue();
        assertThat(a.answer()).contains("报告未直接写明合计");
        assertThat(a.figures().subList(1, a.figures().size())).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(f -> assertThat(a.citations().get(f.citation() - 1).text()).contains(f.raw()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇一共走访了多少家个体工商户？
            示例镇一共有几名副镇长参加宪法宣誓？
            示例镇一共多少人参加学法考试？
            示例镇一共受理了多少件矛盾纠纷？
            示例镇组织宪法宣誓，几个人宣誓？
            """)
    void should_leave_an_item_a_stated_total_or_no_total_word_alone(String question) {
        assertThat(listed.answer(parser.parse(question))).isEmpty();
    }
}
