package com.reportqa.search;

/**
 * A sentence window of a paragraph, the unit that is indexed. {@code indexText} is the window prefixed
 * with its source (place, year, section), which measurably helps dense retrieval on short windows.
 */
record Chunk(String id, String paragraphId, String reportId, int start, int end, String indexText) {
}
