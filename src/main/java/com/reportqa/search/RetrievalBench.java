package com.reportqa.search;

import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.TextNormalizer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench retrieval FILE}: recall@1, recall@5, MRR and latency of each method side by side, against
 * stock Lucene (StandardAnalyzer, BM25, whole paragraphs) built in the same run. A hit is a paragraph of
 * a gold report that contains one of the question's evidence strings.
 */
@Component
public class RetrievalBench {

    private final Corpus corpus;
    private final ParagraphSearch search;
    private final JsonMapper json;
    private final TextNormalizer normalizer = new TextNormalizer();

    RetrievalBench(Corpus corpus, ParagraphSearch search, JsonMapper json) {
        this.corpus = corpus;
        this.search = search;
        this.json = json;
    }

    record Row(String method, double recallAt1, double recallAt5, double mrr, double p50Ms, double p95Ms, int n) {
    }

    /** @param scope the reports a question is about (place/year filters), as report-qa resolves them */
    public List<Row> run(Path questionFile, PrintStream out, Function<String, Set<String>> scope) {
        List<JsonNode> questions = read(questionFile).stream()
                .filter(q -> !"none".equals(q.get("type").asString())).toList();
        Map<String, Function<String, List<String>>> methods = new LinkedHashMap<>();
        Baseline baseline = new Baseline(corpus.reports());
        methods.put("stock Lucene (StandardAnalyzer BM25)", baseline::search);
        methods.put("lexical (smartcn words + bigrams)", q -> ids(q, Set.of(), SearchMethod.LEXICAL));
        if (search.denseEnabled()) {
            methods.put("dense (bge-small-zh)", q -> ids(q, Set.of(), SearchMethod.DENSE));
            methods.put("hybrid (RRF)", q -> ids(q, Set.of(), SearchMethod.HYBRID));
        }
        SearchMethod used = search.defaultMethod();
        if (used != SearchMethod.LEXICAL) {
            methods.put("lexical + place/year filters", q -> ids(q, scope.apply(q), SearchMethod.LEXICAL));
        }
        methods.put("report-qa: " + used.name().toLowerCase() + " + place/year filters",
                q -> ids(q, scope.apply(q), used));
        List<Row> rows = new ArrayList<>();
        for (var m : methods.entrySet()) {
            rows.add(measure(m.getKey(), m.getValue(), questions));
        }
        out.printf("%-52s %9s %9s %7s %9s %9s%n", "method", "recall@1", "recall@5", "MRR", "p50 ms", "p95 ms");
        for (Row r : rows) {
            out.printf("%-52s %9.3f %9.3f %7.3f %9.2f %9.2f%n", r.method(), r.recallAt1(), r.recallAt5(), r.mrr(),
                    r.p50Ms(), r.p95Ms());
        }
        if (!search.denseEnabled()) {
            out.println(search.denseInBuild() ? "dense, hybrid: 未启用（reportqa.search.dense=false）"
                    : "dense, hybrid: 需要 dense 构建 / need the dense build: ./mvnw -B -Pdense package");
        }
        out.println("questions: " + questions.size() + " (type none skipped)");
        return rows;
    }

    private List<String> ids(String question, Set<String> reportIds, SearchMethod method) {
        return search.search(new SearchQuery(question, reportIds, 10, method)).stream()
                .map(ParagraphHit::paragraphId).toList();
    }

    private Row measure(String name, Function<String, List<String>> method, List<JsonNode> questions) {
        // warm-up, so the first questions do not pay for class loading and JIT
        questions.stream().limit(5).forEach(q -> method.apply(q.get("question").asString()));
        double r1 = 0;
        double r5 = 0;
        double mrr = 0;
        double[] ms = new double[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            long t0 = System.nanoTime();
            List<String> hits = method.apply(q.get("question").asString());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            int rank = firstRelevant(q, hits);
            if (rank == 1) {
                r1++;
            }
            if (rank >= 1 && rank <= 5) {
                r5++;
            }
            if (rank >= 1) {
                mrr += 1.0 / rank;
            }
        }
        Arrays.sort(ms);
        int n = questions.size();
        return new Row(name, r1 / n, r5 / n, mrr / n, percentile(ms, 0.5), percentile(ms, 0.95), n);
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private int firstRelevant(JsonNode q, List<String> hits) {
        List<String> docs = new ArrayList<>();
        q.get("doc").forEach(d -> docs.add(d.asString()));
        List<String> evidence = new ArrayList<>();
        q.get("evidence").forEach(e -> evidence.add(norm(e.asString())));
        var snapshot = corpus.snapshot();
        for (int i = 0; i < hits.size(); i++) {
            Paragraph p = snapshot.paragraphs().get(hits.get(i));
            Report r = snapshot.reportOfParagraph().get(hits.get(i));
            if (p != null && r != null && docs.contains(r.file())) {
                String text = norm(p.text());
                if (evidence.stream().anyMatch(text::contains)) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private String norm(String s) {
        return normalizer.normalize(s).replaceAll("\\s+", "");
    }

    private List<JsonNode> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(json::readTree).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a Java developer gets from stock Lucene: StandardAnalyzer, BM25, one document per paragraph. */
    static final class Baseline {
        private final IndexSearcher searcher;
        private final StandardAnalyzer analyzer = new StandardAnalyzer();

        Baseline(List<Report> reports) {
            try {
                ByteBuffersDirectory dir = new ByteBuffersDirectory();
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                    for (Report r : reports) {
                        for (Paragraph p : r.paragraphs()) {
                            if (p.kind() == ParagraphKind.META) {
                                continue;
                            }
                            Document d = new Document();
                            d.add(new StringField("id", p.id(), Field.Store.YES));
                            d.add(new TextField("text", p.text(), Field.Store.NO));
                            w.addDocument(d);
                        }
                    }
                }
                searcher = new IndexSearcher(DirectoryReader.open(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> search(String question) {
            try {
                var query = new QueryParser("text", analyzer).parse(QueryParser.escape(question));
                List<String> ids = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(query, 10).scoreDocs) {
                    ids.add(searcher.storedFields().document(sd.doc).get("id"));
                }
                return ids;
            } catch (Exception e) {
                return List.of();
            }
        }
    }
}
