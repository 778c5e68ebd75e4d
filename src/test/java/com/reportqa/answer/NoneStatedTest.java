package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.Ask;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "未颁布规范性文件" states a zero a comparison can rank; a count or another thing does not. */
class NoneStatedTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            (一)规范性文件管理
            严格执行规范性文件管理要求,对镇里制定、实施的文件进行全面梳理。2024年示例镇未颁布规范性文件。
            (二)行政复议
            全年共办理行政复议案件5件,无行政诉讼败诉案件。
            (四)行政应诉
            2024年示例镇行政复议案件4件，无行政应诉案件。
            (三)普法
            开展法治宣传活动12次,没有发生因普法不到位引发的群体性事件。
            """;

    static Report report;
    static NoneStated none;

    @BeforeAll
    static void report() throws Exception {
        report = new ReportIngester(1 << 20).ingest("001.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                new Properties());
        none = new NoneStated(new SentenceScorer(List.of(report), new Synonyms()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            出台 规范性文件   | 2024年示例镇未颁布规范性文件。
            制定 规范性文件   | 2024年示例镇未颁布规范性文件。
            办理 行政复议案件 | -
            法律顾问 审查合同 | -
            行政应诉案件      | 无行政应诉案件。
            """)
    void should_find_a_zero_stated_in_words_only_for_the_thing_asked(String metric, String expected) {
        var found = none.find(new Ask(metric, "", Set.of("件")), report, false);
        if ("-".equals(expected)) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).get().extracting(ExtractiveAnswerer.Scored::text).isEqualTo(expected);
        }
    }

    /** A figure for a neighbouring kind (行政复议案件4件) yields to the none stated for the kind asked, and only then. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            行政应诉案件 | 4件 | true
            行政复议案件 | 4件 | false
            行政复议案件 | 5件 | false
            """)
    void should_prefer_a_stated_none_over_a_figure_of_another_kind(String metric, String raw, boolean none) {
        Figure f = FigureIndex.extractFrom(report).stream().filter(x -> x.raw().equals(raw)).findFirst().orElseThrow();
        Ask ask = new Ask(metric, "", Set.of("件"));
        assertThat(NoneStatedTest.none.over(ask, new FigureMatch(ask, report, f, 0.6), false).isPresent()).isEqualTo(none);
    }
}
