package com.reportqa.cli;

import com.reportqa.answer.AnswerService;
import com.reportqa.bench.CorpusGenerator;
import com.reportqa.bench.ScaleBench;
import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Report;
import com.reportqa.search.ParagraphSearch;
import com.reportqa.search.RetrievalBench;
import com.reportqa.search.SearchMethod;
import com.reportqa.search.SearchQuery;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The {@code search}, {@code figures} and {@code bench} commands. */
@Component
class CliSearch {

    private final Corpus corpus;
    private final ParagraphSearch search;
    private final FigureIndex figures;
    private final RetrievalBench retrievalBench;
    private final JsonMapper json;
    private final AnswerService answers;
    private final ScaleBench scaleBench;

    private final IndexCheckCommand indexCheck;
    private final LoadCommand load;

    CliSearch(Corpus corpus, ParagraphSearch search, FigureIndex figures, RetrievalBench retrievalBench,
            JsonMapper json, AnswerService answers, ScaleBench scaleBench,
            IndexCheckCommand indexCheck, LoadCommand load) {
        this.indexCheck = indexCheck;
        this.load = load;
        this.answers = answers;
        this.scaleBench = scaleBench;
        this.corpus = corpus;
        this.search = search;
        this.figures = figures;
        this.retrievalBench = retrievalBench;
        this.json = json;
    }

    int search(CliOptions options, PrintStream out) {
        String query = String.join(" ", options.positional());
        if (query.isBlank()) {
            throw new CliException("用法：search 关键词 [--k N] [--json]");
        }
        var method = options.value("--method") == null ? SearchMethod.HYBRID
                : SearchMethod.valueOf(options.value("--method").toUpperCase(Locale.ROOT));
        var hits = search.search(new SearchQuery(query, Set.of(), options.intValue("--k", 5), method));
        var snapshot = corpus.snapshot();
        for (var h : hits) {
            var p = snapshot.paragraphs().get(h.paragraphId());
            Report r = snapshot.reportOfParagraph().get(h.paragraphId());
            if (options.flag("--json")) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("score", h.score());
                row.put("paragraphId", h.paragraphId());
                row.put("report", r.title());
                row.put("place", r.place().display());
                row.put("year", r.year());
                row.put("section", String.join(" › ", p.sectionPath()));
                row.put("text", p.text());
                out.println(json.writeValueAsString(row));
            } else {
                out.printf("%.4f  %s  %s %d年度  %s%n        %s%n", h.score(), h.paragraphId(), r.place().display(),
                        r.year(), String.join(" › ", p.sectionPath()), p.text());
            }
        }
        return 0;
    }

    int figures(CliOptions options, PrintStream out) {
        String place = options.value("--place");
        String year = options.value("--year");
        boolean csv = options.flag("--csv");
        boolean asJson = options.flag("--json");
        if (!asJson) {
            out.println(csv ? "\uFEFFplace,year,metric,value,unit,qualifier,raw,paragraphId,file"
                    : "place\tyear\tmetric\tvalue\tunit\tqualifier\traw\tparagraphId\tfile");
        }
        for (Report r : corpus.reports()) {
            if (place != null && !r.place().display().contains(place)) {
                continue;
            }
            if (year != null && !String.valueOf(r.year()).equals(year)) {
                continue;
            }
            for (Figure f : figures.of(r)) {
                Object[] cells = {r.place().display(), r.year(), f.metric(), f.value().toPlainString(), f.unit(),
                        f.qualifier() == null ? "" : f.qualifier(), f.raw(), f.paragraphId(), r.file()};
                if (asJson) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    String[] names = {"place", "year", "metric", "value", "unit", "qualifier", "raw", "paragraphId",
                        "file"};
                    for (int i = 0; i < names.length; i++) {
                        row.put(names[i], i == 3 ? f.value() : cells[i]);
                    }
                    out.println(json.writeValueAsString(row));
                } else if (csv) {
                    out.println(String.join(",", Arrays.stream(cells).map(c -> csvCell(c == null ? "" : String.valueOf(c)))
                            .toList()));
                } else {
                    out.println(String.join("\t", Arrays.stream(cells).map(Cells::of).toList()));
                }
            }
        }
        return 0;
    }

    int bench(CliOptions options, PrintStream out) {
        var args = options.positional();
        if (!args.isEmpty() && args.get(0).equals("load")) {
            return load.run(options, out);
        }
        if (args.size() >= 2 && args.get(0).equals("retrieval")) {
            retrievalBench.run(Path.of(args.get(1)), out, q -> answers.understand(q).scope().stream()
                    .map(Report::id).collect(Collectors.toSet()));
            return 0;
        }
        if (args.size() == 1 && args.get(0).equals("generate")) {
            String dir = options.value("--out");
            if (dir == null) {
                throw new CliException("用法：bench generate --reports N --out DIR [--seed S]");
            }
            var generated = new CorpusGenerator().generate(options.intValue("--reports", 1000),
                    options.intValue("--seed", 1));
            try {
                generated.write(Path.of(dir), json);
            } catch (IOException e) {
                throw new CliException("无法写入 " + dir + "：" + e.getMessage());
            }
            out.printf("%d reports (%.1f MB) in %s/corpus, %d questions in %s/questions.jsonl%n",
                    generated.reports().size(), generated.bytes() / 1e6, dir, generated.questions().size(), dir);
            return 0;
        }
        if (args.size() == 1 && args.get(0).equals("scale")) {
            String questions = options.value("--questions");
            int denseSample = options.intValue("--dense-sample", 20);
            if (denseSample > 0 && !search.denseInBuild()) {
                out.println("ingest with embeddings: 需要 dense 构建 / need the dense build: ./mvnw -B -Pdense package");
                denseSample = 0;
            }
            Path shippedQuestions = questions != null ? Path.of(questions) : Path.of("../shared/eval/questions.jsonl");
            try {
                scaleBench.run(List.of(Objects.requireNonNullElse(options.value("--sizes"), "shipped,1000,10000")
                        .split(",")), options.intValue("--seed", 1),
                        Path.of(Objects.requireNonNullElse(options.value("--work"), "data/bench")), corpus.dir(),
                        shippedQuestions, denseSample, out);
            } catch (IOException e) {
                throw new CliException("基准测试失败：" + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException("基准测试被中断");
            }
            return 0;
        }
        throw new CliException("用法：bench retrieval FILE | bench generate --reports N --out DIR [--seed S]"
                + " | bench scale [--sizes shipped,1000,10000] [--seed S] [--questions FILE] [--dense-sample N]"
                + " | bench load [--clients N] [--seconds S]");
    }

    int checkIndex(CliOptions options, PrintStream out) {
        return indexCheck.run(options, out);
    }

    /** Quotes a CSV cell, and defuses spreadsheet formulas (cells starting with = + - @). */
    static String csvCell(String value) {
        String v = value;
        // a cell starting with one of these is a formula to Excel and LibreOffice (tab and CR included: they
        // are skipped before the formula is read), and report text is untrusted
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
