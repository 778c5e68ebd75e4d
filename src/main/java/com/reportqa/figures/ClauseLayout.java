package com.reportqa.figures;

/**
 * Clause and sentence boundaries of a paragraph. Both half-width and full-width punctuation
 * occur verbatim in reports, so both are boundaries; a comma or colon between digits
 * (1,234 / 13:09) belongs to the number and is not.
 */
final class ClauseLayout {

    private static final String SENTENCE_ENDS = "。！？!?；;\n\r";
    /** 、 separates list items, each of which is its own counted thing. */
    private static final String CLAUSE_ENDS = SENTENCE_ENDS + "，,：:、";

    private ClauseLayout() {
    }

    static boolean isSentenceBoundary(String text, int k) {
        return SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0;
    }

    static boolean isClauseBoundary(String text, int k) {
        char c = text.charAt(k);
        if (CLAUSE_ENDS.indexOf(c) < 0) {
            return false;
        }
        return !(isInsideNumber(text, k) && (c == ',' || c == ':' || c == '：'));
    }

    static int clauseStart(String text, int pos) {
        int k = pos;
        while (k > 0 && !isClauseBoundary(text, k - 1)) {
            k--;
        }
        return k;
    }

    static int clauseEnd(String text, int pos) {
        int k = pos;
        while (k < text.length() && !isClauseBoundary(text, k)) {
            k++;
        }
        return k;
    }

    static int sentenceStart(String text, int pos) {
        int k = pos;
        while (k > 0 && !isSentenceBoundary(text, k - 1)) {
            k--;
        }
        return k;
    }

    /** Index of the first non-blank character at or after start (bounded by end). */
    static int skipBlank(String text, int start, int end) {
        int k = start;
        while (k < end && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Index just after the last non-blank character before end (bounded by start). */
    static int trimBlankEnd(String text, int start, int end) {
        int k = end;
        while (k > start && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean isInsideNumber(String text, int k) {
        return k > 0 && k + 1 < text.length()
                && ChineseNumbers.isAsciiDigit(text.charAt(k - 1))
                && ChineseNumbers.isAsciiDigit(text.charAt(k + 1));
    }
}
