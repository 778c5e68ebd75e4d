package com.reportqa.search;

import com.reportqa.ingest.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index on disk: one document per sentence window, with the window's paragraph and report.
 * Indexing is incremental by report id (a content hash): unchanged reports are left alone, so a restart
 * with an unchanged corpus neither re-analyzes nor re-embeds anything. Every change ends in a commit,
 * so a crash leaves the last committed index, never a half-written one.
 */
final class ParagraphIndex implements Closeable {

    static final String CHUNK_ID = "chunk_id";
    static final String PARAGRAPH_ID = "paragraph_id";
    static final String REPORT_ID = "report_id";
    static final String YEAR = "year";
    static final String START = "start";
    static final String END = "end";
    static final String VECTOR = "vector";
    /** Bump when what is indexed changes: an index of another schema is rebuilt at start-up. */
    private static final String SCHEMA = "3";
    /** Scores need term frequencies and lengths only: no query reads positions, so none are written. */
    private static final FieldType TERMS_ONLY = termsOnly();
    private static final int BATCH = 50;
    /** A crash during a large first indexing loses at most this much work. */
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(15);

    private static final Logger log = LoggerFactory.getLogger(ParagraphIndex.class);

    private final Path dir;
    private final Chunker chunker;
    private final Embedder embedder;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    ParagraphIndex(Path dir, Chunker chunker, Embedder embedder) throws IOException {
        this.dir = dir;
        this.chunker = chunker;
        this.embedder = embedder;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        this.writer = openWriter();
        this.searchers = new SearcherManager(writer, null);
    }

    private IndexWriter openWriter() throws IOException {
        String expected = schema();
        try {
            if (DirectoryReader.indexExists(directory)) {
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    // opening reads only headers; checksums over every file find garbage anywhere in them
                    for (var leaf : reader.leaves()) {
                        leaf.reader().checkIntegrity();
                    }
                    String found = reader.getIndexCommit().getUserData().get("schema");
                    if (!expected.equals(found)) {
                        log.info("Index {} has schema {} instead of {}: rebuilding", dir, found, expected);
                        return newWriter(IndexWriterConfig.OpenMode.CREATE);
                    }
                }
            }
            return newWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (LockObtainFailedException e) {
            // another process serves this index: it is whole, and clearing it would pull it from under that process
            throw new IndexInUseException(dir, e);
        } catch (IOException | RuntimeException e) {
            log.warn("Index {} is damaged ({}): rebuilding it from the corpus", dir, e.toString());
            clearDirectory();
            return newWriter(IndexWriterConfig.OpenMode.CREATE);
        }
    }

    private IndexWriter newWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ChineseAnalysis.analyzer());
        config.setOpenMode(mode);
        config.setSimilarity(new BM25Similarity());
        config.setCommitOnClose(true);
        // fewer, larger flushed segments: indexing thousands of reports merges less on two cores
        config.setRAMBufferSizeMB(64);
        IndexWriter w = new IndexWriter(directory, config);
        w.setLiveCommitData(Map.of("schema", schema()).entrySet());
        return w;
    }

    private static FieldType termsOnly() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private String schema() {
        return SCHEMA + (embedder == null ? "-lexical" : "-dense" + embedder.dimension());
    }

    private void clearDirectory() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Makes the index hold exactly these reports; returns how many reports were (re)indexed. */
    synchronized SyncStats sync(Collection<Report> reports) throws IOException {
        Set<String> indexed = indexedReportIds();
        Set<String> wanted = new HashSet<>();
        List<Report> missing = new ArrayList<>();
        for (Report report : reports) {
            if (wanted.add(report.id()) && !indexed.contains(report.id())) {
                missing.add(report);
            }
        }
        int added = missing.size();
        int chunks = 0;
        int committed = 0;
        long lastCommit = System.nanoTime();
        for (int from = 0; from < added; from += BATCH) {
            List<Report> batch = missing.subList(from, Math.min(added, from + BATCH));
            // IndexWriter takes documents from several threads; analysis (smartcn) is most of the indexing
            // time. With embeddings the model already uses every core, so reports are embedded one by one.
            chunks += (embedder == null ? batch.parallelStream() : batch.stream()).mapToInt(r -> {
                try {
                    return add(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
            int done = from + batch.size();
            // a large first indexing keeps its progress if the process dies (searchers still see the old state
            // until the sync ends): after the first batch, then at most every COMMIT_INTERVAL — each commit flushes
            // small segments that are merged again, which cost 10-15 % of indexing 10,000 reports when commits
            // followed the count of reports
            if (done < added && (committed == 0 || System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos())) {
                writer.commit();
                committed = done;
                lastCommit = System.nanoTime();
                log.info("Index {}: {} new reports committed so far", dir, done);
            }
        }
        int removed = 0;
        for (String id : indexed) {
            if (!wanted.contains(id)) {
                writer.deleteDocuments(new Term(REPORT_ID, id));
                removed++;
            }
        }
        if (added > 0 || removed > 0) {
            writer.commit();
        }
        searchers.maybeRefreshBlocking();
        return new SyncStats(added, removed, chunks);
    }

    private int add(Report report) throws IOException {
        List<Chunk> chunks = chunker.chunks(report);
        List<float[]> vectors = embedder == null ? null
                : embedder.embedPassages(chunks.stream().map(Chunk::indexText).toList());
        // replace, never duplicate, if a report is indexed again after an interrupted run
        writer.deleteDocuments(new Term(REPORT_ID, report.id()));
        // segments a report's place, year and headings once; must run before addDocuments, which reuses the
        // analyzer's per-thread token streams
        ReportWords reportWords = new ReportWords(writer.getAnalyzer());
        List<ReportWords.Known> known = chunks.stream().map(reportWords::known).toList();
        List<Document> docs = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            Document doc = new Document();
            doc.add(new StringField(CHUNK_ID, c.id(), Field.Store.YES));
            doc.add(new StringField(PARAGRAPH_ID, c.paragraphId(), Field.Store.YES));
            doc.add(new StringField(REPORT_ID, c.reportId(), Field.Store.YES));
            doc.add(new IntField(YEAR, report.year(), Field.Store.YES));
            doc.add(new StoredField(START, c.start()));
            doc.add(new StoredField(END, c.end()));
            if (!known.get(i).includesText()) {
                doc.add(new Field(ChineseAnalysis.WORDS, c.text(), TERMS_ONLY));
            }
            doc.add(new Field(ChineseAnalysis.WORDS, new TermList(known.get(i).words()), TERMS_ONLY));
            doc.add(new Field(ChineseAnalysis.GRAMS, c.indexText(), TERMS_ONLY));
            if (vectors != null) {
                doc.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.COSINE));
            }
            docs.add(doc);
        }
        writer.addDocuments(docs);
        return chunks.size();
    }

    private Set<String> indexedReportIds() throws IOException {
        Set<String> ids = new HashSet<>();
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            var terms = MultiTerms.getTerms(searcher.getIndexReader(), REPORT_ID);
            // without deletions every term has a live document: 10,000 reports need no 10,000 count queries
            boolean deletions = searcher.getIndexReader().numDeletedDocs() > 0;
            if (terms != null) {
                var it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    if (it.docFreq() > 0 && (!deletions || hasLiveDoc(searcher, t))) {
                        ids.add(t.utf8ToString());
                    }
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return ids;
    }

    private static boolean hasLiveDoc(IndexSearcher searcher, BytesRef term) throws IOException {
        return searcher.count(new TermQuery(new Term(REPORT_ID, term))) > 0;
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    long sizeOnDisk() throws IOException {
        return IndexFiles.sizeOnDisk(directory);
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    record SyncStats(int added, int removed, int chunks) {
    }
}
