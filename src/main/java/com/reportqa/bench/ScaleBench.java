package com.reportqa.bench;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerService;
import com.reportqa.bench.Column.Score;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Report;
import com.reportqa.search.ParagraphSearch;
import com.reportqa.search.SearchQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench scale}: report-qa on the shipped corpus and on generated corpora of the given sizes, each next
 * to stock Lucene measured in the same run, as one Markdown table. Every corpus gets its own application
 * context and data folder, so sizes do not share caches.
 */
@Component
public class ScaleBench {

    private final JsonMapper json;

    ScaleBench(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param sizes     "shipped" (the corpus folder with {@code shippedQuestions}) or a number of generated reports
     * @param freshJvm  time the warm start in a new JVM (the real thing); else in this JVM (tests, where the
     *                  class path cannot start the application)
     */
    public void run(List<String> sizes, long seed, Path work, Path shipped, Path shippedQuestions, int denseSample,
            PrintStream out) throws IOException, InterruptedException {
        run(sizes, seed, work, shipped, shippedQuestions, denseSample, true, out);
    }

    List<Column> run(List<String> sizes, long seed, Path work, Path shipped, Path shippedQuestions, int denseSample,
            boolean freshJvm, PrintStream out) throws IOException, InterruptedException {
        List<Column> columns = new ArrayList<>();
        Path largest = null;
        for (String size : sizes) {
            if (size.equals("shipped")) {
                columns.add(measure("shipped", shipped, shippedQuestions, work.resolve("shipped"), freshJvm, out));
                continue;
            }
            int n = Integer.parseInt(size);
            Path dir = work.resolve("g" + n);
            deleteTree(dir);
            long t0 = System.nanoTime();
            new CorpusGenerator().generate(n, seed).write(dir, json);
            out.printf("generated %d reports in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            columns.add(measure(String.format("%,d", n), dir.resolve("corpus"), dir.resolve("questions.jsonl"), dir,
                    freshJvm, out));
            largest = dir.resolve("corpus");
        }
        DenseRun dense = denseSample > 0
                ? DenseRun.measure(largest != null ? largest : shipped, denseSample, work.resolve("dense"))
                : null;
        BenchTable.print(columns, dense, out);
        return columns;
    }

    private Column measure(String label, Path corpus, Path questionFile, Path dir, boolean freshJvm, PrintStream out)
            throws IOException, InterruptedException {
        out.println("measuring " + label + " …");
        Path data = dir.resolve("data");
        deleteTree(data);
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        long t0 = System.nanoTime();
        AppRun.start(corpus, data, false).close();
        double ingest = (System.nanoTime() - t0) / 1e9;
        double warm = freshJvm ? AppRun.bestFreshJvmSeconds(corpus, data) : 0;
        long w0 = System.nanoTime();
        try (var ctx = AppRun.start(corpus, data, false); var stock = new StockLucene(dir.resolve("stock-index"))) {
            warm = freshJvm ? warm : (System.nanoTime() - w0) / 1e9;
            double heap = AppRun.heapAfterGcMb();
            int reports = ctx.getBean(Corpus.class).reports().size();
            long s0 = System.nanoTime();
            stock.build(corpus);
            double stockIngest = (System.nanoTime() - s0) / 1e9;
            s0 = System.nanoTime();
            stock.open();
            double stockOpen = (System.nanoTime() - s0) / 1e9;
            AnswerService answers = ctx.getBean(AnswerService.class);
            ParagraphSearch search = ctx.getBean(ParagraphSearch.class);
            List<JsonNode> questions = questionFile != null && Files.isRegularFile(questionFile) ? read(questionFile)
                    : List.of();
            List<String> texts = questions.stream().map(q -> q.get("question").asString()).toList();
            Latencies retrieval = time(texts, q -> search.search(new SearchQuery(q, answers.understand(q).scope()
                    .stream().map(Report::id).collect(Collectors.toSet()), 8,
                    search.defaultMethod())));
            Latencies stockRetrieval = time(texts, q -> stock.search(q, 10));
            Latencies numeric = time(of(questions, "numeric"), answers::ask);
            Latencies extractive = time(of(questions, "fact", "list"), answers::ask);
            Score[] s = new Score[11];
            Arrays.fill(s, new Score(0, 0));
            int merged = 0;
            for (JsonNode q : questions) {
                String type = q.get("type").asString();
                Answer a = answers.ask(q.get("question").asString());
                boolean ok = Judge.reportQa(q, a);
                boolean stockOk = Judge.stock(q, stock.search(q.get("question").asString(), 1));
                int slot = switch (type) {
                    case "numeric", "multi_numeric" -> 0;
                    case "compare" -> 2;
                    case "none" -> 4;
                    default -> 6;
                };
                if (q.has("ambiguous")) {
                    s[8] = s[8].plus(ok);
                    merged += Judge.merged(q, a) ? 1 : 0;
                    continue;
                }
                if (q.has("note") && q.get("note").asString().startsWith("near-duplicate")) {
                    s[9] = s[9].plus(ok);
                }
                s[slot] = s[slot].plus(ok);
                s[slot + 1] = s[slot + 1].plus(stockOk);
            }
            return new Column(label, reports, bytes / 1e6, ingest, stockIngest, search.indexSizeBytes(),
                    stock.sizeOnDisk(), warm, stockOpen, heap, retrieval, stockRetrieval, numeric, extractive, s[0],
                    s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], merged, s[9]);
        }
    }

    /** One warm-up pass over the questions, then one timed pass. */
    private static <T> Latencies time(List<String> questions, Function<String, T> call) {
        questions.forEach(call::apply);
        double[] ms = new double[questions.size()];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            call.apply(questions.get(i));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return Latencies.of(ms);
    }

    private static List<String> of(List<JsonNode> questions, String... types) {
        List<String> wanted = List.of(types);
        return questions.stream().filter(q -> wanted.contains(q.get("type").asString()))
                .map(q -> q.get("question").asString()).toList();
    }

    private List<JsonNode> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(json::readTree).toList();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
