package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionParser;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds ie and if of session 20 found, each in wordings of our own over a made-up report. */
class Round41RulesTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            2024年，示例镇围绕“问题早发现、纠纷早化解、风险早处置”目标，持续推进法治政府建设。
            一、主要成效
            (一)监督制约
            镇人大、政协围绕乡村振兴、安全生产、耕地保护等工作，人大提出建议15条、政协提出建议9条。
            (二)行政执法
            全年查处案件300件，其中交通运输120件、食药品4件、林业9件。
            (三)法律服务
            开展“农民工讨薪维权”宣传活动12场。镇司法所为农民工追回欠薪26.5万元。
            深化“一村一辅警一法律顾问”机制，村（社区）法律顾问覆盖率100%。
            """;

    static QuestionParser parser;
    static FormAnswers forms;
    static PartSharesCompared parts;
    static MentionAnswerer mentions;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        forms = TestReports.forms(reports);
        Function<Report, List<Figure>> figures = TestReports.figures();
        Map<String, Paragraph> paragraphs = TestReports.paragraphs(reports);
        parts = new PartSharesCompared(figures, paragraphs::get);
        mentions = new MentionAnswerer(figures, new Synonyms());
    }

    /**
     * 人大和政协围绕乡村振兴、安全生产这些事: of two lists in one clause, the parts ranked are the ones the report counts
     * (人大提出建议15条), read off the ends of longer items; 食品药品 asked is 食药品 written; 谁办得少 names the fewest.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇人大和政协围绕乡村振兴、安全生产这些事提的建议，哪边提得多？       | 人大最多（15条） | 人大
            示例镇人大、政协去年围绕耕地保护提了建议，两家谁提得多？各多少条？       | 人大最多（15条） | 人大
            示例镇查处的案件里，食品药品和林业两类谁办得少？                         | 食药品最少（4件） | 林业
            示例镇查处案件中交通运输、林业、食品药品三类各多少件？从多到少排。       | 交通运输最多（120件） | 交通运输
            """)
    void should_rank_the_parts_of_one_place_the_report_counts(String question, String says, String first) {
        Question q = parser.parse(question);
        Answer a = parts.answer(q).orElseThrow();
        assertThat(a.answer()).contains(says);
        assertThat(a.figures().get(0).metric()).isEqualTo(first);
    }

    /** 政协和人大 named in a clause the report never counts them in gives no ranking of the wrong things. */
    @Test
    void should_not_rank_parts_the_report_does_not_count() {
        Question q = parser.parse("示例镇乡村振兴和耕地保护，哪类提的建议多？");
        assertThat(parts.answer(q)).isEmpty();
    }

    /** “问题早发现……”这个目标包括几句: a slogan quoted by its opening words, its parts counted inside the quote. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇围绕“问题早发现……”这个目标推进法治建设，这个目标一共包括几句？
            示例镇报告开头提到的“问题早发现……”目标，分为几个方面？
            """)
    void should_count_the_parts_of_a_slogan_quoted_by_its_opening(String question) {
        Question q = parser.parse(question);
        assertThat(q.future()).isFalse();
        Answer a = forms.count(q).orElseThrow();
        assertThat(a.answer()).startsWith("**3个");
    }

    /**
     * 讨回欠薪的具体金额: 追回欠薪 states it, in an amount of money; a campaign against 讨薪 counted in 场 states no
     * amount.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪些地方的报告写了帮农民工讨回欠薪的具体金额？
            哪几个地方写了农民工讨薪的金额？
            """)
    void should_find_the_amount_of_money_asked_of_a_mention(String question) {
        Answer a = mentions.answer(parser.parse(question)).orElseThrow();
        assertThat(a.answer()).contains("追回欠薪26.5万元").doesNotContain("宣传活动12场");
    }

    /** “一村一…法律顾问”: the words around the ellipsis, in order, a few characters apart. */
    @Test
    void should_read_an_ellipsis_in_a_quoted_mention_as_words_left_out() {
        Answer a = mentions.answer(parser.parse("哪几份报告提到了“一村一…法律顾问”这类机制？")).orElseThrow();
        assertThat(a.answer()).contains("一村一辅警一法律顾问");
    }
}
