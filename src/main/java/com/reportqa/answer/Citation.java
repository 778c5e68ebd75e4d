package com.reportqa.answer;

/**
 * One cited paragraph. {@code n} is the marker used in the answer ({@code [1]}); {@code text} is the whole
 * paragraph verbatim; {@code quote} is the sentence or figure the answer relies on (for highlighting).
 */
public record Citation(int n, String file, String reportId, String reportTitle, String issuer, String place,
        int year, String publishedOn, String url, String paragraphId, String section, String text, String quote) {
}
