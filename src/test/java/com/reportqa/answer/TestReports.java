package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import com.reportqa.lexicon.Synonyms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The five shipped reports plus one made-up report written in a test, as the answerers' unit tests read them. */
final class TestReports {

    private TestReports() {
    }

    static List<Report> shippedWith(String madeUpReport) throws Exception {
        List<Report> reports = new ArrayList<>(new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports());
        reports.add(new ReportIngester(1 << 20).ingest("900.txt", madeUpReport.getBytes(StandardCharsets.UTF_8),
                new Properties()));
        return reports;
    }

    /** The answers of their own form (durations, slogans, section items) over these reports, without figures. */
    static FormAnswers forms(List<Report> reports) {
        return new FormAnswers(new SentenceScorer(reports, new Synonyms()), r -> List.of(), id -> null);
    }

    /** Every paragraph of these reports by its id, as the corpus snapshot serves them. */
    static Map<String, Paragraph> paragraphs(List<Report> reports) {
        Map<String, Paragraph> paragraphs = new HashMap<>();
        reports.forEach(r -> r.paragraphs().forEach(p -> paragraphs.put(p.id(), p)));
        return paragraphs;
    }

    /** The figures of a report, extracted once, as the figure index serves them. */
    static Function<Report, List<Figure>> figures() {
        Map<String, List<Figure>> figures = new ConcurrentHashMap<>();
        return r -> figures.computeIfAbsent(r.id(), id -> FigureIndex.extractFrom(r));
    }
}
