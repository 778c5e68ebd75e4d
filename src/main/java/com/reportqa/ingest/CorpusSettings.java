package com.reportqa.ingest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the report files live and how large one may be.
 *
 * @param cache the reports as parsed at the last start, so an unchanged corpus is not parsed again
 */
@ConfigurationProperties("reportqa.corpus")
record CorpusSettings(@DefaultValue("./corpus") Path dir, @DefaultValue("20971520") long maxFileBytes,
        @DefaultValue("./data/reports.bin") Path cache) {
}
