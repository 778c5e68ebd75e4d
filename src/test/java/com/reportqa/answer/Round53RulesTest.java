package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionParser;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds iz and ja of session 24 found, each in wordings of our own over a made-up report. */
class Round53RulesTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            2024年，示例镇持续推进法治政府建设。
            一、主要成效
            (一)基层依法治理
            培育“法律明白人”60名，新创建省级民主法治示范村2个、市级民主法治示范社区1个。
            严格落实疫情防控后续措施，处置涉疫矛盾纠纷9件。
            设立“物业纠纷调解工作室”，调处物业纠纷21件。为商户提供免费法律体检15次。
            """;

    static QuestionParser parser;
    static MentionAnswerer mentions;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        mentions = new MentionAnswerer(TestReports.figures(), new Synonyms());
    }

    /**
     * 省级民主法治示范村: a sentence naming another level (全国, 区县级) or none states another honour; 疫情期间处理…:
     * the time frame sets nothing apart, and 处置 is how a report writes 处理; 调解室 is said in full 调解工作室; two
     * quoted phrases side by side are either; 示范村或社区 is 示范村 or 示范社区.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪些地方在报告年度里新创建了省级民主法治示范村？ | 6 份报告中有 1 份
            哪几个地方创建了市级民主法治示范社区？         | 6 份报告中有 1 份
            哪些地方创建了全国民主法治示范村？             | 6 份报告都没有提到
            哪些报告里写了疫情期间处理涉疫矛盾纠纷的？     | 6 份报告中有 1 份
            哪些地方设立了物业纠纷调解室？                 | 6 份报告中有 1 份
            哪些地方搞过“法治体检”“法律体检”这类服务？     | 6 份报告中有 1 份提到“法治体检”或“法律体检”
            哪些地方新创建了市级的民主法治示范村或社区？   | 6 份报告中有 1 份
            哪些地方新创建了国家级的民主法治示范村或社区？ | 6 份报告都没有提到
            """)
    void should_find_the_places_that_state_it(String question, String says) {
        Answer a = mentions.answer(parser.parse(question)).orElseThrow();
        assertThat(a.answer()).contains(says);
    }
}
