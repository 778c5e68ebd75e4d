package com.reportqa.question;

import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import java.nio.file.Path;
import java.util.List;

/** The question parser over the five shipped reports, read once for all the rule tests that extend this. */
abstract class ShippedCorpus {

    static final List<Report> reports = new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports();
    static final QuestionParser parser = new QuestionParser(reports);

    /** 健龙镇 2024: a report as the rule tests name it. */
    static String placeYear(Report report) {
        return report.place().name() + " " + report.year();
    }
}
