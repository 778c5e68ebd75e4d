package com.reportqa.answer;

import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

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
}
