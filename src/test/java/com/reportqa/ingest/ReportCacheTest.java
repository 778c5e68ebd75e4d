package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unchanged corpus comes back from the cache as it was parsed; a changed file is parsed again. */
class ReportCacheTest {

    @TempDir
    Path dir;

    @Test
    void should_return_cached_reports_equal_to_parsed_ones_and_reparse_changed_files() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path cacheFile = dir.resolve("data/reports.bin");
        Files.writeString(corpus.resolve("a.txt"), ReportIngesterTest.REPORT, StandardCharsets.UTF_8);
        Files.copy(Path.of("corpus").resolve("000_a11ebd4c0f3e8d67.txt"), corpus.resolve("b.txt"));
        ReportIngester ingester = new ReportIngester(20 << 20);

        IngestResult parsed = ingester.ingestFolder(corpus, new ReportCache(cacheFile));
        assertThat(cacheFile).exists();
        IngestResult cached = ingester.ingestFolder(corpus, new ReportCache(cacheFile));
        assertThat(cached.reports()).isEqualTo(parsed.reports());

        Files.writeString(corpus.resolve("a.txt"), ReportIngesterTest.REPORT.replace("120件", "121件"),
                StandardCharsets.UTF_8);
        IngestResult changed = ingester.ingestFolder(corpus, new ReportCache(cacheFile));
        assertThat(changed.reports().get(0).paragraphs().toString()).contains("121件");
        assertThat(changed.reports().get(1)).isEqualTo(parsed.reports().get(1));
    }

    @Test
    void should_ignore_a_damaged_cache() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), ReportIngesterTest.REPORT, StandardCharsets.UTF_8);
        Path cacheFile = dir.resolve("reports.bin");
        Files.write(cacheFile, new byte[] {0, 5, 'r', 'e', 'p', 'o', 'r'});
        assertThat(new ReportIngester(20 << 20).ingestFolder(corpus, new ReportCache(cacheFile)).reports())
                .hasSize(1);
    }
}
