package com.reportqa.cli;

import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Report;
import com.reportqa.search.IndexedReport;
import com.reportqa.search.ParagraphSearch;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code check-index [--json]}: every report of the corpus and of the index with its window counts, so a
 * crash or a damaged disk can be checked: each report exactly once, complete, and nothing else. Exit code 1
 * when the index is not consistent.
 */
@Component
class IndexCheckCommand {

    private final Corpus corpus;
    private final ParagraphSearch search;
    private final JsonMapper json;

    IndexCheckCommand(Corpus corpus, ParagraphSearch search, JsonMapper json) {
        this.corpus = corpus;
        this.search = search;
        this.json = json;
    }

    record Row(String reportId, String file, int expectedWindows, int windows, int distinctWindows,
            boolean consistent) {
    }

    int run(CliOptions options, PrintStream out) {
        Map<String, Report> reports = corpus.reports().stream()
                .collect(Collectors.toMap(Report::id, Function.identity()));
        List<IndexedReport> census = search.census();
        if (!options.flag("--json")) {
            out.println("reportId\tfile\texpected\twindows\tdistinct\tok");
        }
        int bad = 0;
        for (IndexedReport r : census) {
            Report report = reports.get(r.reportId());
            Row row = new Row(r.reportId(), report == null ? null : report.file(), r.expectedWindows(), r.windows(),
                    r.distinctWindows(), r.consistent());
            bad += row.consistent() ? 0 : 1;
            out.println(options.flag("--json") ? json.writeValueAsString(row)
                    : String.join("\t", row.reportId(), Cells.of(row.file()), String.valueOf(row.expectedWindows()),
                            String.valueOf(row.windows()), String.valueOf(row.distinctWindows()),
                            row.consistent() ? "ok" : "BAD"));
        }
        System.err.println(bad == 0 ? "索引一致：" + census.size() + " 份报告，每份恰好一次"
                : "索引不一致：" + bad + " 份报告有缺失、重复或多余的索引内容");
        return bad == 0 ? 0 : 1;
    }
}
