package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

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

/** 每村至少配几名: a figure per village answers, never the whole's beside it. */
class PerUnitFigureTest {

    private static final String REPORT = """
            青海省海东市互助土族自治县示例乡人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            全乡培育“法律明白人”66名，每村至少配备6名。
            全乡共有网格员120名。
            """;

    static QuestionParser parser;
    static FigureFinder finder;
    static List<Report> reports;

    @BeforeAll
    static void corpus() throws Exception {
        reports = List.of(new ReportIngester(1 << 20).ingest("900.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                new Properties()));
        parser = new QuestionParser(reports);
        finder = FigureFinder.over(FigureIndex::extractFrom, new Synonyms());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            示例乡法律明白人要求每个村至少配几名？ | 6名
            示例乡每村配备几名法律明白人？         | 6名
            示例乡一共培育了多少名法律明白人？     | 66名
            示例乡每个社区配了几名网格员？         | -
            """)
    void should_answer_a_per_unit_figure_only_with_one(String question, String raw) {
        Question q = parser.parse(question);
        var found = finder.find(q.asks(), q.scope(), false).get(0);
        assertThat(found.map(m -> m.figure().raw()).orElse(null)).isEqualTo(raw);
    }
}
