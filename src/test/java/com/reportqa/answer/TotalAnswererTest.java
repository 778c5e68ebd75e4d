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
 * Issue 15, class 6 — a total asked with its parts — over the shipped reports and one made-up report: the total the
 * report states, else the parts' sum marked as computed (one unit, 余 carried), every part cited, and never a part's
 * figure as the total.
 */
class TotalAnswererTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            (一)矛盾纠纷化解
            全年共受理矛盾纠纷120件，其中调解类80件、信访类40件。
            (二)行政执法
            全年完成简易程序处罚300起，罚款12.5万元；一般程序处罚20起，罚款3万元。
            镇纪委办理问题线索9件，立案3件，党纪处分2人。
            (三)平安建设
            组织新任命的2名副镇长、5位站所负责人以及3人新录用公务员进行宪法宣誓。
            开展安全生产大排查，排查一般安全隐患40个，重大安全隐患2项。
            人大提出20余条、政协提出10余条意见建议。
            共走访规上企业16家、个体工商户61家。
            """;

    static QuestionParser parser;
    static TotalAnswerer totals;
    static BreakdownAnswerer breakdowns;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        Map<String, Paragraph> paragraphs = TestReports.paragraphs(reports);
        Function<Report, List<Figure>> figuresOf = TestReports.figures();
        Synonyms synonyms = new Synonyms();
        FigureFinder finder = FigureFinder.over(figuresOf, synonyms);
        breakdowns = new BreakdownAnswerer(new SentenceScorer(reports, synonyms), figuresOf, paragraphs::get);
        totals = new TotalAnswerer(TotalAnswerer.Finder.of(finder), figuresOf,
                paragraphs::get, breakdowns::listing);
    }

    /** The total: its figure (value, unit, qualifier), as written in the answer, and whether it was computed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            示例镇处罚罚款合计多少？简易程序和一般程序各罚了多少？               | 155000 | 元 | -  | 15.5万元 | true
            示例镇罚款一共多少钱？简易程序、一般程序分别罚款多少？               | 155000 | 元 | -  | 15.5万元 | true
            示例镇一共走访了多少家规上企业和个体工商户？各多少家？               | 77     | 家 | -  | 77家     | true
            示例镇总共走访了多少规上企业和个体工商户？分别多少？                 | 77     | 家 | -  | 77家     | true
            示例镇参加宪法宣誓的一共几人？各是什么身份？                         | 10     | 人 | -  | 10人     | true
            示例镇宪法宣誓总共有多少名干部参加？分别是什么职务？                 | 10     | 名 | -  | 10名     | true
            示例镇一共排查出多少个安全隐患？一般和重大的各多少？                 | 42     | 个 | -  | 42个     | true
            示例镇共计排查安全隐患多少项？一般隐患和重大隐患分别多少？           | 42     | 项 | -  | 42项     | true
            示例镇人大、政协一共提了多少条意见建议？各提了多少？                 | 30     | 条 | 余 | 30余条   | true
            示例镇人大和政协合计提出多少条意见建议？各多少条？                   | 30     | 条 | 余 | 30余条   | true
            示例镇一共受理多少件矛盾纠纷？调解类和信访类各多少件？               | 120    | 件 | -  | 120件    | false
            示例镇矛盾纠纷总数是多少？其中调解类、信访类分别多少件？             | 120    | 件 | -  | 120件    | false
            示例镇受理矛盾纠纷多少件？调解类和信访类各多少件？                   | 120    | 件 | -  | 120件    | false
            示例镇纪委一共办了多少问题线索？立案、党纪处分分别是多少？           | 9      | 件 | -  | 9件      | false
            江口镇2023年行政处罚罚款合计多少？简易程序、一般程序和委托执法各罚了多少？ | 156970 | 元 | - | 156970元 | true
            江口镇一共办了多少起处罚？各类程序分别多少起？                       | 1136   | 起 | -  | 1136起   | true
            健龙镇参加宪法宣誓的一共几人？各是什么身份？                         | 9      | 人 | -  | 9人      | true
            黄溪镇一共排查出多少个安全隐患？一般和重大的各多少，整改了多少？     | 65     | 个 | -  | 65个     | true
            健龙镇总共走访了多少家小微企业和个体工商户？各多少家？               | 827    | 家 | -  | 827家    | true
            健龙镇人大、政协一共提了多少条意见建议？各提了多少？                 | 30     | 条 | 余 | 30余条   | true
            健龙镇今年新建了多少个高清视频监控探头？场镇和农村各几个？           | 26     | 个 | -  | 26个     | true
            江口镇全年新增市场主体多少个？其中企业和个体各多少？                 | 1005   | 个 | -  | 1005个   | false
            黄溪镇全年执法多少件？其中道路交通、食药品、林业各多少件？           | 806    | 件 | -  | 806件    | false
            示例镇参加宪法宣誓的一共多少人？其中副镇长、站所负责人各几名？       | 10     | 人 | -  | 10人     | true
            健龙镇组织宪法宣誓的一共多少人？其中副镇长、二级机构负责人各几名？   | 9      | 人 | -  | 9人      | true
            江口镇2023年几类行政处罚加起来一共罚款多少元？其中简易程序和委托执法各罚了多少？ | 156970 | 元 | - | 156970元 | true
            江口镇简易程序和委托执法一共罚款多少元？各多少？                     | 147070 | 元 | -  | 147070元 | true
            健龙镇人大和政协一共提了多少条意见建议？两边各提了多少条？           | 30     | 条 | 余 | 30余条   | true
            """)
    void should_give_the_total_first(String question, BigDecimal value, String unit, String qualifier, String raw,
            boolean computed) {
        Answer a = totals.answer(parser.parse(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        AnswerFigure total = a.figures().get(0);
        assertThat(total.value()).isEqualByComparingTo(value);
        assertThat(total.unit()).isEqualTo(unit);
        assertThat(total.qualifier()).isEqualTo(qualifier);
        assertThat(total.computed()).isEqualTo(computed);
        assertThat(a.answer()).contains("：**" + raw + "**" + (computed ? "（计算值：" : ""));
        if (computed) {
            assertThat(a.answer()).contains("报告未直接写明合计");
        }
        // every part is cited, and no part's figure stands for the total
        assertThat(a.figures().subList(1, a.figures().size())).allSatisfy(f -> {
            assertThat(f.computed()).isFalse();
            assertThat(f.citation()).isPositive();
            assertThat(a.citations().get(f.citation() - 1).text()).contains(f.raw());
        });
        assertThat(a.figures().subList(1, a.figures().size()))
                .noneSatisfy(f -> assertThat(f.raw()).isEqualTo(total.raw()));
    }

    /** Each part the question names, with the figure the answer gives it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇处罚罚款合计多少？简易程序和一般程序各罚了多少？     | 简易程序 罚款：**12.5万元** | 一般程序 罚款：**3万元**
            示例镇一共走访了多少家规上企业和个体工商户？各多少家？     | 规上企业：**16家**          | 个体工商户：**61家**
            示例镇参加宪法宣誓的一共几人？各是什么身份？               | 副镇长：**2名**             | 站所负责人：**5位**
            示例镇一共排查出多少个安全隐患？一般和重大的各多少？       | 一般：**40个**              | 重大：**2项**
            示例镇一共受理多少件矛盾纠纷？调解类和信访类各多少件？     | 调解类：**80件**            | 信访类：**40件**
            健龙镇总共走访了多少家小微企业和个体工商户？各多少家？     | 小微企业：**216家**         | 个体工商户：**611家**
            """)
    void should_answer_every_part_with_its_figure(String question, String first, String second) {
        String answer = totals.answer(parser.parse(question)).orElseThrow().answer();
        assertThat(answer).contains(first).contains(second);
    }

    /** The parts named before the total, stated only together with it: each said to be unstated. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            雁峰区中心组专题学法加上常务会前学法，一共搞了几次？两种各几次？ | 6次 | 中心组专题学法：报告中未写明 | 常务会前学法：报告中未写明
            """)
    void should_mark_parts_stated_only_together(String question, String total, String first, String second) {
        Answer a = totals.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures()).singleElement().satisfies(f -> assertThat(f.raw()).isEqualTo(total));
        assertThat(a.answer()).contains(first).contains(second).doesNotContain("10场");
    }

    /** A part asked as a follow-on (环保方面呢？) or named in the total alone: 未写明 when the report has none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄溪镇2024年全年执法一共多少件？其中道路交通、林业各多少件？环保方面呢？ | 806件 | 环保方面：报告中未写明
            江口镇2023年办理的人大代表建议和政协委员提案一共多少件？各自多少件？     | 35件  | 政协委员提案：报告中未写明
            """)
    void should_answer_the_stated_total_and_mark_the_part_not_stated(String question, String total, String unstated) {
        Answer a = totals.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures().getFirst().raw()).isEqualTo(total);
        assertThat(a.figures().getFirst().computed()).isFalse();
        assertThat(a.answer()).contains(unstated).doesNotContain("另列");
    }

    /** 涵盖18个村(社区): a count of villages never answers a count of cases. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            洪口镇2023年人民调解一共调了多少件纠纷？其中调解成功多少件？
            """)
    void should_not_count_villages_as_cases(String question) {
        totals.answer(parser.parse(question)).ifPresent(a -> assertThat(a.answer()).doesNotContain("18个"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇立案和党纪处分一共多少？立案和党纪处分各多少？       | 各项计量单位不同
            示例镇立案、党纪处分合计多少？立案和党纪处分分别是多少？   | 各项计量单位不同
            """)
    void should_not_add_up_parts_in_different_units(String question, String why) {
        Answer a = totals.answer(parser.parse(question)).orElseThrow();
        assertThat(a.answer()).contains("报告中未写明（" + why).doesNotContain("计算值");
        assertThat(a.figures()).noneMatch(AnswerFigure::computed);
        assertThat(a.answer()).contains("**3件**").contains("**2人**");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇处罚罚款合计多少？简易程序、一般程序和委托执法各罚了多少？ | 委托执法 罚款：报告中未写明。
            示例镇一共走访了多少家规上企业和农家乐？各多少家？               | 农家乐：报告中未写明。
            """)
    void should_mark_a_part_not_stated_and_not_sum_the_rest(String question, String missing) {
        Answer a = totals.answer(parser.parse(question)).orElseThrow();
        assertThat(a.answer()).contains(missing).contains("报告未全部写明，无法相加");
        assertThat(a.figures()).noneMatch(AnswerFigure::computed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇受理矛盾纠纷多少件？化解了多少件？
            示例镇一共走访了多少家规上企业？
            健龙镇人大和政协各提了多少条意见建议？
            雁峰区全年制定了几件规范性文件？清理废止了几件文件？
            """)
    void should_leave_other_questions_to_the_figure_answerer(String question) {
        assertThat(totals.answer(parser.parse(question))).isEmpty();
    }

    /** 几人宣誓？各是什么职务？ asks no total in so many words: its parts are listed, and summed when not totalled. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇新任命的干部几人宣誓？各是什么职务？ | 9  | 人 | 副镇长：**1名**
            健龙镇参加宪法宣誓的有几名干部？分别是什么职务？ | 9 | 名 | 新录用公务员：**1名**
            示例镇几人参加宪法宣誓？各是什么身份？     | 10 | 人 | 站所负责人：**5位**
            """)
    void should_sum_the_listed_parts_of_a_breakdown(String question, int value, String unit, String part) {
        Answer a = breakdowns.answer(parser.parse(question)).orElseThrow();
        assertThat(a.figures().get(0)).satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(value));
            assertThat(f.unit()).isEqualTo(unit);
            assertThat(f.computed()).isTrue();
        });
        assertThat(a.answer()).contains("（计算值：").contains(part).contains("[1]");
    }
}
