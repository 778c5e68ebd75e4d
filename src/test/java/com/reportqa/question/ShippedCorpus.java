package com.reportqa.question;

import com.reportqa.ingest.ReportIngester;
import java.nio.file.Path;

/** The question parser over the five shipped reports, for the rule tests. */
final class ShippedCorpus {

    private ShippedCorpus() {
    }

    static QuestionParser parser() {
        return new QuestionParser(new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports());
    }
}
