package com.reportqa.ingest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the report files live and how large one may be. */
@ConfigurationProperties("reportqa.corpus")
record CorpusSettings(@DefaultValue("./corpus") Path dir, @DefaultValue("20971520") long maxFileBytes) {
}
