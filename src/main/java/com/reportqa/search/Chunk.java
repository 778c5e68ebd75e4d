package com.reportqa.search;

import java.util.List;

/**
 * A sentence window of a paragraph, the unit that is indexed. {@code source} names where the window comes
 * from (place, year, the last two section headings); it prefixes the window in {@link #indexText()}, which
 * measurably helps retrieval on short windows. It is kept apart because it repeats across the windows of a
 * report: its words are analyzed once per report rather than once per window.
 */
record Chunk(String id, String paragraphId, String reportId, int start, int end, List<String> source,
        String text) {

    Chunk {
        source = List.copyOf(source);
    }

    String indexText() {
        return String.join(" ", source) + "：" + text;
    }
}
