package com.reportqa.ingest;

import com.reportqa.lexicon.ChineseScript;

/**
 * Folds text for matching and figure extraction; never use the result for display or citations.
 *
 * <p>{@link #normalize(String)} is a strict char-for-char mapping: the result always has the same length as
 * the input, so an offset found in the normalized text is the same offset in the original. That is why it
 * does <em>not</em> collapse whitespace runs or remove spaces between CJK characters; {@link #compact(String)}
 * does that for callers (e.g. query matching) that do not need offsets.
 */
public final class TextNormalizer {

    private static final char FULLWIDTH_FIRST = '\uFF01';
    private static final char FULLWIDTH_LAST = '\uFF5E';
    /** Distance between a full-width ASCII form (U+FF01..U+FF5E) and its ASCII counterpart. */
    private static final int FULLWIDTH_OFFSET = 0xFEE0;

    /**
     * Length-preserving fold.
     * <ul>
     *   <li>full-width ASCII forms (０-９, Ａ-Ｚ, ，？（）：；！．％ …) become ASCII; this covers the Chinese
     *       punctuation ，；：（）！？ because those are exactly the full-width forms</li>
     *   <li>every whitespace character except line breaks (incl. U+3000 and no-break spaces) becomes ' '</li>
     *   <li>traditional characters become simplified ones (東城區 → 东城区, see {@link ChineseScript})</li>
     *   <li>everything else, including “”‘’、。《》, is kept</li>
     * </ul>
     *
     * @param s any text; null gives ""
     * @return the folded text, {@code result.length() == s.length()}
     */
    public String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /**
     * Length-changing fold for search keys: {@link #normalize(String)}, then whitespace runs (incl. line breaks)
     * become one space, spaces next to a CJK character are removed ("2024 年" → "2024年") and the ends are
     * trimmed. Offsets into the result do not map back to the original.
     *
     * @param s any text; null gives ""
     * @return the compacted text
     */
    public String compact(String s) {
        String folded = normalize(s);
        StringBuilder out = new StringBuilder(folded.length());
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < folded.length() && Character.isWhitespace(folded.charAt(end))) {
                end++;
            }
            boolean edge = out.isEmpty() || end == folded.length();
            boolean nextToCjk = (!out.isEmpty() && isCjk(out.charAt(out.length() - 1)))
                    || (end < folded.length() && isCjk(folded.charAt(end)));
            if (!edge && !nextToCjk) {
                out.append(' ');
            }
            i = end;
        }
        return out.toString();
    }

    private static char fold(char c) {
        if (c >= FULLWIDTH_FIRST && c <= FULLWIDTH_LAST) {
            return (char) (c - FULLWIDTH_OFFSET);
        }
        if (c == '\n' || c == '\r') {
            return c; // keep line structure so callers can still split lines
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return ChineseScript.simplified(c);
    }

    private static boolean isCjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') // CJK punctuation such as 、。《》
                || (c >= '\uFF00' && c <= '\uFFEF');
    }
}
