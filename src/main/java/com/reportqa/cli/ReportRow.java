package com.reportqa.cli;

import com.reportqa.ingest.Report;
import java.util.List;

/** One line of {@code reports}: what a user needs to recognise a report. */
record ReportRow(String id, String file, String title, String issuer, String place, List<String> placeLevels,
        int year, String publishedOn, int paragraphs) {

    static ReportRow of(Report r) {
        return new ReportRow(r.id(), r.file(), r.titleOrPending(), r.issuer(), r.place().displayOrPending(), r.place().levels(),
                r.year(), r.publishedOn() == null ? null : r.publishedOn().toString(), r.paragraphs().size());
    }
}
