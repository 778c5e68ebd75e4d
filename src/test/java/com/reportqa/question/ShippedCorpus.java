package com.reportqa.question;

import com.reportqa.ingest.ReportIngester;
import java.nio.file.Path;

/** The question parser over the five shipped reports, read once for all the rule tests that extend this. */
abstract class ShippedCorpus {

    static final QuestionParser parser =
            new QuestionParser(new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports());
}
