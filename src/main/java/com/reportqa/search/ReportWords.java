package com.reportqa.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The smartcn words of one report's windows. Every window repeats the report's place and year and the headings
 * above it, and a heading paragraph's text is the last of those headings: each such text is segmented once per
 * report and replayed afterwards — smartcn is most of the cost of indexing.
 */
final class ReportWords {

    private final Analyzer analyzer;
    private final Map<String, List<String>> segmented = new HashMap<>();

    ReportWords(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The words of the window's source, and of its text when that text is one already segmented. */
    Known known(Chunk chunk) {
        List<String> words = new ArrayList<>();
        for (String part : chunk.source()) {
            words.addAll(segmented.computeIfAbsent(part, this::segment));
        }
        List<String> text = segmented.get(chunk.text());
        if (text != null) {
            words.addAll(text);
        }
        return new Known(words, text != null);
    }

    private List<String> segment(String text) {
        return List.copyOf(ChineseAnalysis.terms(analyzer, ChineseAnalysis.WORDS, text));
    }

    /** Words to replay; {@code includesText} false means the window's text is still to be analyzed. */
    record Known(List<String> words, boolean includesText) {
    }
}
