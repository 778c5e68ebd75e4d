package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.RateWord;
import com.reportqa.figures.SloganCount;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.QuestionParser;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms the blind rounds gf and gg of session 13 found, each in wordings of our own over a made-up report. */
class Round24RulesTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            (一)执法改革
            推进综合行政执法改革，向12个村（社区）下放便民服务事项48项。全年作出行政处罚决定61件，罚款7.9万元。
            (二)队伍建设
            每月对网格员开展调解技巧、群众工作方法培训，全年举办法治讲座6场。
            专项整治基层突出问题，聚焦违规收费、推诿扯皮、吃拿卡要等三方面，形成问题整改清单。
            (三)安全生产
            全年检查企业210家次，其中危化企业35家次、建筑工地40家次，约谈负责人12人次、下达整改通知书30份。
            (四)考核与复议
            将法治建设纳入年度目标考核，分值占比8%。商事调解中心受理纠纷52件，涉案标的额3200万元。
            全年受理行政复议案件30件，较上年增长50%。
            """;

    static List<Report> reports;
    static QuestionParser parser;
    static FormAnswers forms;
    static FigureFinder finder;
    static TotalAnswerer totals;

    @BeforeAll
    static void corpus() throws Exception {
        reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        forms = TestReports.forms(reports);
        Function<Report, List<Figure>> figuresOf = TestReports.figures();
        Synonyms synonyms = new Synonyms();
        finder = FigureFinder.over(figuresOf, synonyms);
        Map<String, Paragraph> paragraphs = TestReports.paragraphs(reports);
        BreakdownAnswerer breakdowns = new BreakdownAnswerer(new SentenceScorer(reports, synonyms), figuresOf,
                paragraphs::get);
        totals = new TotalAnswerer(TotalAnswerer.Finder.of(finder), figuresOf,
                paragraphs::get, breakdowns::listing);
    }

    /** 多少项 among alike figures of one sentence (向12个村（社区）下放…事项48项): the measure word the question wrote. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇向村（社区）下放了多少项便民服务事项？ | 48项
            示例镇下放便民服务事项多少项？               | 48项
            示例镇一年办了多少件行政处罚案件？           | 61件
            示例镇办理行政处罚案件多少件？               | 61件
            示例镇法治建设在年度目标考核里分值占多少？   | 8%
            示例镇商事调解中心的标的额多少？             | 3200万元
            """)
    void should_take_the_figure_the_question_counts(String question, String raw) {
        var q = parser.parse(question);
        assertThat(finder.find(q.asks(), q.scope(), q.future()).get(0))
                .hasValueSatisfying(m -> assertThat(m.figure().raw()).isEqualTo(raw));
    }

    /** Examples given with 这类/之类 say which thing is meant; the report may name other examples of it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇对网格员的沟通协调、情绪疏导这类培训，多长时间搞一次？ | **每月（1次/月）**
            示例镇网格员的矛盾化解、政策宣讲之类的培训多久一次？          | **每月（1次/月）**
            江口镇给执法队伍上纪律作风、职业操守这类培训课，多久一次？    | **每季度（1次/季度）**
            我是镇法治办的，领导让我们学学江口镇。他们那个法治政府建设专题会，多久开一次？ | **每季度（1次/季度）**
            我负责网格这块，想参考一下示例镇：他们网格员的培训多长时间搞一次？ | **每月（1次/月）**
            """)
    void should_read_examples_as_examples(String question, String expected) {
        assertThat(forms.answer(parser.parse(question))).get().extracting(Answer::answer).asString()
                .startsWith(expected);
    }

    /** 哪几类问题 beside 聚焦A、B、C等三方面: the list the report counts itself, with its count. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"示例镇专项整治基层突出问题，重点盯的是哪几类问题？", "示例镇专项整治突出问题，聚焦了哪几类问题？"})
    void should_list_what_the_report_counts_itself(String question) {
        assertThat(forms.answer(parser.parse(question))).get().extracting(Answer::answer).asString()
                .contains("共3方面").contains("- 违规收费").contains("- 推诿扯皮").contains("- 吃拿卡要");
    }

    @Test
    void should_take_the_items_a_closing_count_counts() {
        assertThat(SloganCount.closingItems("聚焦违规收费、推诿扯皮、吃拿卡要等三方面，形成清单"))
                .containsExactly("违规收费", "推诿扯皮", "吃拿卡要");
        assertThat(SloganCount.closingItems("聚焦违规收费、推诿扯皮等三方面，形成清单")).isEmpty();
        assertThat(SloganCount.closingItems("全年检查企业210家次")).isEmpty();
    }

    /** 全年检查多少家次？都包括哪些，各多少？: every part the 其中 lists, also those counted in other units, none summed. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"示例镇全年检查企业多少家次？都包括哪些方面，各多少？",
            "示例镇全年检查了多少家次企业？分为哪几类，各多少？", "示例镇全年检查企业多少家次？具体分哪些类别、各多少？",
            "示例镇全年检查企业多少家次？分类别各是多少？"})
    void should_give_every_listed_part(String question) {
        var q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.NUMERIC);
        Answer a = totals.answer(q).orElseThrow();
        assertThat(a.answer()).contains("**210家次**").contains("**35家次**").contains("**40家次**")
                .contains("**12人次**").contains("**30份**").doesNotContain("计算值");
    }

    /** 增长率 is a change the report states against last year, never a share of two counts. */
    @Test
    void should_not_read_a_growth_rate_as_a_share() {
        assertThat(RateWord.of("行政复议案件同比增长率哪个高")).isEmpty();
        assertThat(RateWord.of("信访量的下降率是多少")).isEmpty();
        assertThat(RateWord.of("矛盾纠纷化解率哪个高")).isPresent();
    }

    /** A place inside a quoted term (“健龙经验”) names a way of working, not the report to read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪几份报告里提到了“健龙经验”？ | 0
            “健龙镇”的报告提到了法律明白人吗？ | 1
            """)
    void should_not_scope_by_a_place_inside_a_quoted_term(String question, int places) {
        assertThat(parser.parse(question).places()).hasSize(places);
    }
}
