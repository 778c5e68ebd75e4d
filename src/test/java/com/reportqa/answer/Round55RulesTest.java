package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionParser;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds jf–jl of session 25 found, each in wordings of our own over a made-up report. */
class Round55RulesTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            2024年，示例镇持续推进法治政府建设。
            一、主要成效
            (一)依法决策
            镇政府法律顾问审核各类涉法事项，累计审核18件。同时，参与重大信访化解工作，共参与4件；还参与调解邻里纠纷7件。
            (二)执法与监督
            全年发生行政复议案件2件，未发生行政诉讼案件，未发生安全生产事故。
            全年无行政处罚被撤销案件，全年行政许可案件3件、行政强制案件0件。
            (三)普法宣传
            结合农贸集市开展“法律赶集”活动8次。调处物业方面纠纷21件。牢牢守住“四个不出事”工作底线。
            (四)调解组织
            全镇建成1个镇级调解室、12个村（社区）调解室、3个行业调解室。
            """;

    static QuestionParser parser;
    static MentionAnswerer mentions;
    static FormAnswers forms;
    static TotalAnswerer totals;
    static ListedTotalAnswerer listedTotals;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        mentions = new MentionAnswerer(TestReports.figures(), new Synonyms());
        forms = TestReports.forms(reports);
        Function<Report, List<Figure>> figuresOf = TestReports.figures();
        Synonyms synonyms = new Synonyms();
        FigureFinder finder = FigureFinder.over(figuresOf, synonyms);
        Map<String, Paragraph> paragraphs = TestReports.paragraphs(reports);
        BreakdownAnswerer breakdowns = new BreakdownAnswerer(new SentenceScorer(reports, synonyms), figuresOf,
                paragraphs::get);
        totals = new TotalAnswerer(TotalAnswerer.Finder.of(finder), figuresOf, paragraphs::get, breakdowns::listing);
        listedTotals = new ListedTotalAnswerer(finder, new ListedParts(figuresOf), paragraphs::get);
    }

    /**
     * 哪些地方没有…: a sentence states that none of each asked thing happened, each in its own clause (全年发生行政复议案件
     * 2件 is no 零); 想学学利用赶集搞普法: a practice quoted after its means (“法律赶集”) is the practice asked; 物业方面的
     * 纠纷: the field's word is nothing a report must write.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪些地方全年没有发生安全生产事故？         | 有 1 份写明“安全生产事故”为零
            哪些地方全年没有行政诉讼案件？             | 示例镇
            想学学利用赶集搞普法的做法，哪几个地方的报告里有？ | 示例镇
            我们镇物业小区多，想看看这批报告里哪些提到了物业方面的纠纷？ | 示例镇
            """)
    void should_find_the_places_that_state_it(String question, String says) {
        Answer a = mentions.answer(parser.parse(question)).orElseThrow();
        assertThat(a.answer()).contains(says);
    }

    /**
     * 全年发生行政复议案件2件: a count of one thing is no none of both; 无行政处罚被撤销案件: none of a kind of it (被撤销)
     * is no none of it; 行政许可案件3件、行政强制案件0件: the 0 is the other thing's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪些地方既没有行政复议也没有行政诉讼？
            哪些地方全年没有行政处罚？
            哪些地方既没有行政许可也没有行政强制？
            """)
    void should_not_take_another_statement_for_none(String question) {
        Answer a = mentions.answer(parser.parse(question)).orElseThrow();
        assertThat(a.answer()).doesNotContain("示例镇");
    }

    /** 守住的“不出事”底线，一共是几个: counted off the slogan the report quotes (“四个不出事”). */
    @Test
    void should_count_a_slogan_asked_by_its_quoted_word() {
        Answer a = forms.count(parser.parse("示例镇守住的“不出事”底线，一共是几个？")).orElseThrow();
        assertThat(a.answer()).contains("4个");
    }

    /**
     * 法律顾问参与的事情，A、B、C加起来一共多少？各多少？: 参与 is no 与 between two things; a part written in the sentence
     * before the listing is found there; a 共 inside a part's clause (共参与4件) is that part, not the total.
     */
    @Test
    void should_add_the_parts_named_each_where_it_is_written() {
        Answer a = totals.answer(parser.parse("示例镇法律顾问参与的事情，涉法事项、重大信访、邻里纠纷加起来一共多少件？各多少？"))
                .orElseThrow();
        assertThat(a.answer()).contains("**29件**").contains("涉法事项：**18件**").contains("重大信访：**4件**")
                .contains("邻里纠纷：**7件**");
    }

    /** 12个村（社区）调解工作室、3个…: a short aside in brackets is part of its item, no break of the list added up. */
    @Test
    void should_add_up_a_list_whose_items_hold_brackets() {
        Answer a = listedTotals.answer(parser.parse("示例镇一共建了多少个调解室？")).orElseThrow();
        assertThat(a.answer()).contains("**16个**");
    }
}
