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
            (三)规范执法
            全年办理简易程序案件300起，罚款8000元；一般程序案件6起，罚款25000元；委托执法2起，罚款1500元。
            全年开展普法活动共计45场，其中进村宣讲30场、进校园15场。
            全年在场镇新建3个、农村新建9个视频监控探头，同时打造了钓鱼预警、溺水预警等AI监控场景。
            """;

    static QuestionParser parser;
    static ListedTotalAnswerer listed;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        Map<String, Paragraph> paragraphs = TestReports.paragraphs(reports);
        Function<Report, List<Figure>> figuresOf = TestReports.figures();
        listed = new ListedTotalAnswerer(FigureFinder.over(figuresOf, new Synonyms()), new ListedParts(figuresOf),
                paragraphs::get);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇组织宪法宣誓，一共几个人宣誓？         | 10  | 人
            示例镇参加宪法宣誓的总共多少人？             | 10  | 人
            示例镇宪法宣誓加起来有几名？                 | 10  | 名
            健龙镇2024年组织宪法宣誓，一共几个人宣誓？   | 9   | 人
            示例镇组织宪法宣誓，一共有几个人参加宣誓？   | 10  | 人
            健龙镇一共有多少个人参加了宪法宣誓？         | 9   | 人
            示例镇一共罚款多少元？                       | 34500 | 元
            示例镇行政处罚的罚款总额是多少？             | 34500 | 元
            示例镇罚款加起来一共多少钱                   | 34500 | 元
            江口镇2023年罚款总额是多少？                 | 156970 | 元
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

    /** Parallel clauses (简易程序…罚款8000元；一般程序…罚款25000元；…) are named by what each clause opens with. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇一共罚款多少元？ | 简易程序案件 | 一般程序案件 | 委托执法
            """)
    void should_name_parallel_parts_by_their_clause(String question, String first, String second, String third) {
        assertThat(listed.answer(parser.parse(question)).orElseThrow().answer())
                .contains(first + "：**8000元**", second + "：**25000元**", third + "：**1500元**");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇一共走访了多少家个体工商户？
            示例镇一共有几名副镇长参加宪法宣誓？
            示例镇一共多少人参加学法考试？
            示例镇一共受理了多少件矛盾纠纷？
            示例镇组织宪法宣誓，几个人宣誓？
            示例镇一共开展多少场普法活动？
            示例镇报告里列出来的AI监控场景，一共有几个？
            """)
    void should_leave_an_item_a_stated_total_or_no_total_word_alone(String question) {
        assertThat(listed.answer(parser.parse(question))).isEmpty();
    }
}
