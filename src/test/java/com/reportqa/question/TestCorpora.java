package com.reportqa.question;

import com.reportqa.divisions.Divisions;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import com.reportqa.ingest.UnreadableFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The corpora the question rule tests parse against besides the shipped one ({@link ShippedCorpus}), built
 * here so that a test names the corpus it means and every test of that corpus reads it the same way.
 */
final class TestCorpora {

    private static final long MAX_FILE_BYTES = 20 << 20;

    private TestCorpora() {
    }

    /** The reports written in other real page forms, with the national list that names their places. */
    static QuestionParser elsewhere() {
        Divisions divisions = Divisions.load();
        List<Report> reports = new ReportIngester(MAX_FILE_BYTES, divisions)
                .ingestFolder(Path.of("src/test/resources/elsewhere/corpus")).reports();
        return new QuestionParser(reports, divisions);
    }

    /**
     * One short 2024 report per place, each with its own count of 矛盾纠纷 (100, 101, …), for rules that are
     * about place names alone.
     */
    static QuestionParser ofPlaces(String... places) {
        List<Report> reports = new ArrayList<>();
        ReportIngester ingester = new ReportIngester(MAX_FILE_BYTES);
        for (String place : places) {
            String text = place + "人民政府关于2024年度法治政府建设情况的报告\n\n一、主要成效\n\n(一)化解矛盾纠纷\n\n全年共受理各类矛盾纠纷"
                    + (100 + reports.size()) + "件。\n";
            try {
                reports.add(ingester.ingest(place + ".txt", text.getBytes(StandardCharsets.UTF_8), new Properties()));
            } catch (UnreadableFileException e) {
                throw new IllegalStateException("a generated report must read: " + place, e);
            }
        }
        return new QuestionParser(reports);
    }
}
