package com.reportqa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index with real bge-small-zh embeddings: only the dense build ({@code -Pdense}) has the model, so this
 * test lives in {@code src/test-dense/java}, which only that build compiles and runs.
 */
class DenseIndexIT {

    @TempDir
    Path data;

    @Test
    void should_not_reembed_or_reindex_an_unchanged_corpus_after_a_restart() throws Exception {
        List<Report> reports = new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports();
        var model = new BgeSmallZhV15QuantizedEmbeddingModel();
        Chunker chunker = new Chunker(240);

        Embedder first = new Embedder(model, new EmbeddingCache(data.resolve("embeddings.bin")));
        try (ParagraphIndex index = new ParagraphIndex(data.resolve("index"), chunker, first)) {
            var stats = index.sync(reports);
            assertThat(stats.added()).isEqualTo(5);
            assertThat(first.computedCount()).isEqualTo(stats.chunks());
        }

        Embedder second = new Embedder(model, new EmbeddingCache(data.resolve("embeddings.bin")));
        try (ParagraphIndex index = new ParagraphIndex(data.resolve("index"), chunker, second)) {
            var stats = index.sync(reports);
            assertThat(stats.added()).isZero();
            assertThat(second.computedCount()).isZero();
            // a removed report leaves the index, the others stay
            stats = index.sync(reports.subList(1, 5));
            assertThat(stats.removed()).isEqualTo(1);
            assertThat(liveReports(index)).isEqualTo(4);
        }
    }

    private static long liveReports(ParagraphIndex index) throws Exception {
        IndexSearcher searcher = index.acquire();
        try {
            var reportIds = new java.util.HashSet<String>();
            for (var sd : searcher.search(new MatchAllDocsQuery(), 100_000).scoreDocs) {
                reportIds.add(searcher.storedFields().document(sd.doc).get(ParagraphIndex.REPORT_ID));
            }
            return reportIds.size();
        } finally {
            index.release(searcher);
        }
    }
}
