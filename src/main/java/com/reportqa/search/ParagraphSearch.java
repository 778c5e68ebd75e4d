package com.reportqa.search;

import com.reportqa.ingest.Corpus;
import com.reportqa.lexicon.Synonyms;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Finds report paragraphs for a question: the public face of the {@code search} feature. The index
 * follows the {@link Corpus}: it is brought up to date at start-up and on every corpus change.
 */
@Service
public class ParagraphSearch {

    private static final Logger log = LoggerFactory.getLogger(ParagraphSearch.class);
    private static final int CANDIDATE_CHUNKS = 60;
    private static final int RRF_K = 60;

    private final SearchSettings settings;
    private final Embedder embedder;
    private final ParagraphIndex index;
    private final Corpus corpus;
    private final Chunker chunker;
    private final QueryBuilder queries;
    private final double denseWeight;

    ParagraphSearch(SearchSettings settings, Corpus corpus, Optional<EmbeddingModel> model,
            Synonyms synonyms) throws IOException {
        this.settings = settings;
        this.denseWeight = settings.denseWeight();
        this.embedder = settings.dense() && model.isPresent()
                ? new Embedder(model.get(), new EmbeddingCache(settings.dataDir().resolve("embeddings.bin")))
                : null;
        if (settings.dense() && model.isEmpty()) {
            log.info("reportqa.search.dense=true, but this build has no bge-small-zh model (it comes with the"
                    + " dense build, ./mvnw -Pdense package): searching lexically");
        }
        this.corpus = corpus;
        this.chunker = new Chunker(settings.windowChars());
        this.index = new ParagraphIndex(settings.dataDir().resolve("index"), chunker, embedder);
        this.queries = new QueryBuilder(ChineseAnalysis.analyzer(), synonyms);
        corpus.subscribe(snapshot -> {
            try {
                long t0 = System.nanoTime();
                var stats = index.sync(snapshot.reports());
                log.info("Index synced in {} ms: {} reports indexed, {} removed, {} windows, {} embeddings computed",
                        (System.nanoTime() - t0) / 1_000_000, stats.added(), stats.removed(), stats.chunks(),
                        embeddingsComputed());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not update the index", e);
            }
        });
    }

    public List<ParagraphHit> search(SearchQuery query) {
        SearchMethod method = embedder == null && query.method() != SearchMethod.LEXICAL
                ? SearchMethod.LEXICAL : query.method();
        try {
            IndexSearcher searcher = index.acquire();
            try {
                return switch (method) {
                    case LEXICAL -> top(collect(searcher, lexical(searcher, query)), query.k());
                    case DENSE -> top(collect(searcher, dense(searcher, query)), query.k());
                    case HYBRID -> fuse(collect(searcher, lexical(searcher, query)),
                            collect(searcher, dense(searcher, query)), query.k());
                };
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every report of the corpus and of the index, with its window counts; see {@link IndexedReport}. */
    public List<IndexedReport> census() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        corpus.reports().forEach(r -> expected.put(r.id(), chunker.chunks(r).size()));
        try {
            IndexSearcher searcher = index.acquire();
            try {
                var counted = IndexCensus.count(searcher, expected);
                return counted.values().stream()
                        .sorted(Comparator.comparing(IndexedReport::reportId)).toList();
            } finally {
                index.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean denseEnabled() {
        return embedder != null;
    }

    /** Whether this build can embed at all: only the dense build ({@code -Pdense}) has bge-small-zh. */
    public boolean denseInBuild() {
        return EmbeddingConfig.modelInBuild();
    }

    public long embeddingsComputed() {
        return embedder == null ? 0 : embedder.computedCount();
    }

    public long indexSizeBytes() {
        try {
            return index.sizeOnDisk();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The method answers use, as configured (falls back to lexical when dense is off). */
    public SearchMethod defaultMethod() {
        return embedder == null ? SearchMethod.LEXICAL : settings.method();
    }

    public int defaultTopK() {
        return settings.topK();
    }

    private TopDocs lexical(IndexSearcher searcher, SearchQuery query) throws IOException {
        return searcher.search(queries.lexical(query.text(), query.reportIds()), CANDIDATE_CHUNKS);
    }

    private TopDocs dense(IndexSearcher searcher, SearchQuery query) throws IOException {
        float[] vector = embedder.embedQuery(query.text());
        Query filter = QueryBuilder.filter(query.reportIds());
        return searcher.search(new KnnFloatVectorQuery(ParagraphIndex.VECTOR, vector, CANDIDATE_CHUNKS, filter),
                CANDIDATE_CHUNKS);
    }

    /** Best window per paragraph, in rank order. */
    private static List<ParagraphHit> collect(IndexSearcher searcher, TopDocs top) throws IOException {
        Map<String, ParagraphHit> best = new LinkedHashMap<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = stored.document(sd.doc);
            String pid = doc.get(ParagraphIndex.PARAGRAPH_ID);
            best.putIfAbsent(pid, new ParagraphHit(pid, doc.get(ParagraphIndex.REPORT_ID), sd.score,
                    doc.getField(ParagraphIndex.START).numericValue().intValue(),
                    doc.getField(ParagraphIndex.END).numericValue().intValue()));
        }
        return new ArrayList<>(best.values());
    }

    private static List<ParagraphHit> top(List<ParagraphHit> hits, int k) {
        return List.copyOf(hits.subList(0, Math.min(k, hits.size())));
    }

    /** Reciprocal rank fusion: robust to the two scores living on different scales. */
    private List<ParagraphHit> fuse(List<ParagraphHit> lexical, List<ParagraphHit> dense, int k) {
        Map<String, Double> scores = new HashMap<>();
        Map<String, ParagraphHit> hits = new LinkedHashMap<>();
        List<List<ParagraphHit>> lists = List.of(lexical, dense);
        double[] weights = {1.0, denseWeight};
        for (int l = 0; l < 2; l++) {
            List<ParagraphHit> list = lists.get(l);
            for (int rank = 0; rank < list.size(); rank++) {
                ParagraphHit h = list.get(rank);
                scores.merge(h.paragraphId(), weights[l] / (RRF_K + rank + 1), Double::sum);
                hits.putIfAbsent(h.paragraphId(), h);
            }
        }
        return hits.values().stream()
                .sorted((a, b) -> Double.compare(scores.get(b.paragraphId()), scores.get(a.paragraphId())))
                .limit(k)
                .map(h -> new ParagraphHit(h.paragraphId(), h.reportId(), scores.get(h.paragraphId()), h.start(),
                        h.end()))
                .toList();
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
