package com.reportqa.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Lucene index on disk, lexical as the default build runs it: repairable. With embeddings it is tested
 * by {@code DenseIndexIT} in the dense build.
 */
class ParagraphIndexIT {

    @TempDir
    Path data;

    @Test
    void should_not_reindex_an_unchanged_corpus_after_a_restart() throws Exception {
        List<Report> reports = new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports();
        Path dir = data.resolve("index");
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            assertThat(index.sync(reports).added()).isEqualTo(5);
        }
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            assertThat(index.sync(reports).added()).isZero();
            // a removed report leaves the index, the others stay
            assertThat(index.sync(reports.subList(1, 5)).removed()).isEqualTo(1);
            assertThat(indexedReports(index)).isEqualTo(4);
        }
    }

    @Test
    void should_refuse_an_index_another_process_serves_and_leave_it_whole() throws Exception {
        List<Report> reports = new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports();
        Path dir = data.resolve("index");
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            index.sync(reports);
            assertThatThrownBy(() -> new ParagraphIndex(dir, new Chunker(240), null))
                    .isInstanceOf(IndexInUseException.class);
            assertThat(indexedReports(index)).isEqualTo(5);
        }
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            assertThat(index.sync(reports).added()).isZero();
        }
    }

    @Test
    void should_rebuild_a_damaged_index_from_the_corpus() throws Exception {
        List<Report> reports = new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports();
        Path dir = data.resolve("index");
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            index.sync(reports);
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            var stats = index.sync(reports);
            assertThat(stats.added()).isEqualTo(5);
            assertThat(indexedReports(index)).isEqualTo(5);
        }
    }

    @Test
    void should_rebuild_an_index_with_garbage_inside_a_segment_file() throws Exception {
        List<Report> reports = new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports();
        Path dir = data.resolve("index");
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            index.sync(reports);
        }
        // headers and the commit point stay intact: only the checksums can tell
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".cfs")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x5A;
                Files.write(f, bytes);
            }
        }
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            assertThat(index.sync(reports).added()).isEqualTo(5);
            assertThat(indexedReports(index)).isEqualTo(5);
        }
    }

    @Test
    void should_rebuild_a_deleted_index() throws Exception {
        List<Report> reports = new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports();
        Path dir = data.resolve("index");
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            index.sync(reports);
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
        try (ParagraphIndex index = new ParagraphIndex(dir, new Chunker(240), null)) {
            assertThat(index.sync(reports).added()).isEqualTo(5);
        }
    }

    private static long indexedReports(ParagraphIndex index) throws Exception {
        IndexSearcher searcher = index.acquire();
        try {
            return liveReports(searcher);
        } finally {
            index.release(searcher);
        }
    }

    private static long liveReports(IndexSearcher searcher) throws Exception {
        var collector = new java.util.HashSet<String>();
        var top = searcher.search(new org.apache.lucene.search.MatchAllDocsQuery(), 100_000);
        for (var sd : top.scoreDocs) {
            collector.add(searcher.storedFields().document(sd.doc).get(ParagraphIndex.REPORT_ID));
        }
        return collector.size();
    }
}
