package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 开展“法润江城·示例同行”系列普法活动46场: a campaign's quoted name narrows nothing the question asks, so the figure
 * scores as the same sentence without the name does.
 */
class QuotedNameTest {

    private static final String NAMED = """
            湖北省武汉市江汉区示例街道办事处关于2024年度法治政府建设情况的报告
            一、主要成效
            开展“法润江城·示例同行·邻里守望”系列普法活动46场，受众8700余人次。
            """;
    private static final String PLAIN = """
            湖北省武汉市江汉区样例街道办事处关于2024年度法治政府建设情况的报告
            一、主要成效
            开展系列普法活动46场，受众8700余人次。
            """;

    static QuestionParser parser;
    static FigureFinder finder;

    @BeforeAll
    static void corpus() throws Exception {
        ReportIngester ingester = new ReportIngester(1 << 20);
        List<Report> reports = List.of(
                ingester.ingest("901.txt", NAMED.getBytes(StandardCharsets.UTF_8), new Properties()),
                ingester.ingest("902.txt", PLAIN.getBytes(StandardCharsets.UTF_8), new Properties()));
        parser = new QuestionParser(reports);
        finder = FigureFinder.over(FigureIndex::extractFrom, new Synonyms());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            开展了多少场普法活动？
            系列普法活动一共搞了几场？
            """)
    void should_score_a_campaign_as_what_it_counts(String asked) {
        assertThat(score("示例街道" + asked)).isCloseTo(score("样例街道" + asked), within(0.05));
    }

    private static double score(String question) {
        Question q = parser.parse(question);
        return finder.find(q.asks(), q.scope(), false).get(0).map(m -> {
            assertThat(m.figure().raw()).isEqualTo("46场");
            return m.score();
        }).orElseThrow();
    }
}
