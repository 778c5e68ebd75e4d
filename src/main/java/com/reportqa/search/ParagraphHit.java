package com.reportqa.search;

/** A found paragraph; {@code start}/{@code end} delimit the best-matching sentence window in it. */
public record ParagraphHit(String paragraphId, String reportId, double score, int start, int end) {
}
