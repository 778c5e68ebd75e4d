package com.reportqa.bench;

import com.reportqa.search.IndexFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline: what a Java developer gets from stock Lucene in an afternoon. Each non-empty line of each file
 * is a document (StandardAnalyzer, BM25, on disk); the answer is the top line. No place, year or figure
 * understanding, so it can never say "the reports do not state this".
 */
final class StockLucene implements AutoCloseable {

    record Hit(String file, String text) {
    }

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final FSDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    StockLucene(Path indexDir) throws IOException {
        this.directory = FSDirectory.open(indexDir);
    }

    /** Indexes every file of {@code corpus} from scratch. */
    void build(Path corpus) throws IOException {
        try (IndexWriter w = new IndexWriter(directory,
                new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
                Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        Document d = new Document();
                        d.add(new StoredField("file", name));
                        d.add(new TextField("text", line, Field.Store.YES));
                        w.addDocument(d);
                    }
                }
            }
        }
    }

    void open() throws IOException {
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    List<Hit> search(String question, int k) {
        try {
            var query = new QueryParser("text", analyzer).parse(QueryParser.escape(question));
            List<Hit> hits = new ArrayList<>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(query, k).scoreDocs) {
                Document d = stored.document(sd.doc);
                hits.add(new Hit(d.get("file"), d.get("text")));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            return List.of();
        }
    }

    long sizeOnDisk() throws IOException {
        return IndexFiles.sizeOnDisk(directory);
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }
}
