package com.reportqa.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;

/** The one table of {@code bench scale}, in Markdown: per size a report-qa and a stock Lucene column. */
final class BenchTable {

    private BenchTable() {
    }

    static void print(List<Column> columns, DenseRun dense, PrintStream out) {
        StringBuilder head = new StringBuilder("| measure |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Column c : columns) {
            String size = c.label().equals("shipped") ? c.reports() + " (shipped)" : c.label();
            head.append(' ').append(size).append(" report-qa | ").append(size).append(" stock Lucene |");
            rule.append("---|---|");
        }
        out.println();
        out.println(head);
        out.println(rule);
        row(out, columns, "corpus MB", c -> String.format("%.1f", c.megabytes()),
                c -> String.format("%.1f", c.megabytes()));
        row(out, columns, "ingest, no embeddings: reports/s · MB/s",
                c -> rate(c.reports(), c.megabytes(), c.ingestSeconds()),
                c -> rate(c.reports(), c.megabytes(), c.stockIngestSeconds()));
        if (dense != null) {
            row(out, columns, "ingest with embeddings (extrapolated from " + dense.reports() + " reports: "
                    + String.format("%.2f", dense.reportsPerSecond()) + " reports/s)",
                    c -> String.format("~%.0f min", c.reports() / dense.reportsPerSecond() / 60), c -> "—");
            row(out, columns, "embeddings recomputed after deleting the index (cache kept)",
                    c -> dense.recomputed() + " of " + dense.computed(), c -> "—");
        }
        row(out, columns, "index on disk MB", c -> mb(c.indexBytes()), c -> mb(c.stockIndexBytes()));
        row(out, columns, "warm start s (fresh JVM · stock: open index)",
                c -> String.format("%.1f", c.warmStartSeconds()), c -> String.format("%.2f", c.stockOpenSeconds()));
        row(out, columns, "heap after load MB (after GC)", c -> String.format("%.0f", c.heapMb()), c -> "—");
        row(out, columns, "retrieval p50 / p95 / p99 ms", c -> c.retrieval().cell(), c -> c.stockRetrieval().cell());
        row(out, columns, "numeric answer p50 / p95 / p99 ms", c -> c.numeric().cell(),
                c -> c.stockRetrieval().cell());
        row(out, columns, "extractive answer p50 / p95 / p99 ms", c -> c.extractive().cell(),
                c -> c.stockRetrieval().cell());
        row(out, columns, "numeric questions exact", c -> c.numericExact().cell(), c -> c.stockNumeric().cell());
        row(out, columns, "compare questions exact", c -> c.compare().cell(), c -> c.stockCompare().cell());
        row(out, columns, "none questions → no_answer", c -> c.none().cell(), c -> c.stockNone().cell());
        row(out, columns, "fact questions (phrase in answer)", c -> c.fact().cell(), c -> c.stockFact().cell());
        row(out, columns, "shared town name alone → asks for the county", c -> c.clarified().cell(),
                c -> c.clarified().n() == 0 ? "—" : "0/" + c.clarified().n());
        row(out, columns, "… answered with a figure (merged places)",
                c -> c.clarified().n() == 0 ? "—" : String.valueOf(c.merged()), c -> "—");
        row(out, columns, "shared town name with its county → exact", c -> c.withCounty().cell(), c -> "—");
    }

    private static void row(PrintStream out, List<Column> columns, String name, Function<Column, String> qa,
            Function<Column, String> stock) {
        StringBuilder sb = new StringBuilder("| ").append(name).append(" |");
        for (Column c : columns) {
            sb.append(' ').append(qa.apply(c)).append(" | ").append(stock.apply(c)).append(" |");
        }
        out.println(sb);
    }

    private static String rate(int reports, double megabytes, double seconds) {
        return String.format("%.0f · %.2f", reports / seconds, megabytes / seconds);
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "—" : String.format("%.1f", bytes / 1e6);
    }
}
