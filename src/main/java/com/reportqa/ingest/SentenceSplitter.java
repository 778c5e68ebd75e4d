package com.reportqa.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds sentence starts inside a paragraph: after 。！？!?；; (plus any closing quotes or brackets that belong to
 * the sentence) and before a new "一是/二是…" item, which reports use as sentence-like list items.
 */
final class SentenceSplitter {

    private static final String SENTENCE_END = "。！？!?；;";
    /** Characters that close the sentence just ended, e.g. the ” in "…建设。”". */
    private static final String CLOSERS = "”’」』）)】》〕\"'";
    private static final String ITEM_NUMERALS = "一二三四五六七八九十";
    /** An "X是" item only starts a sentence after punctuation, so "统一是" or "这一是" are left alone. */
    private static final String ITEM_PRECEDERS = "：:，,；;。！？!?、”\"";

    private SentenceSplitter() {
    }

    static List<Integer> starts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (SENTENCE_END.indexOf(c) >= 0) {
                int next = i + 1;
                while (next < n && (SENTENCE_END.indexOf(text.charAt(next)) >= 0
                        || CLOSERS.indexOf(text.charAt(next)) >= 0)) {
                    next++;
                }
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                addStart(starts, next, n);
                i = next;
                continue;
            }
            if (isItemStart(text, i)) {
                addStart(starts, i, n);
            }
            i++;
        }
        return starts;
    }

    /** "一是", "二是", … "十是", "十一是" preceded by punctuation. */
    private static boolean isItemStart(String text, int i) {
        if (i == 0 || ITEM_NUMERALS.indexOf(text.charAt(i)) < 0) {
            return false;
        }
        char before = text.charAt(i - 1);
        if (ITEM_PRECEDERS.indexOf(before) < 0) {
            return false;
        }
        int j = i;
        while (j < text.length() && j - i < 2 && ITEM_NUMERALS.indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j > i && j < text.length() && text.charAt(j) == '是';
    }

    private static void addStart(List<Integer> starts, int pos, int length) {
        if (pos < length && pos > starts.get(starts.size() - 1)) {
            starts.add(pos);
        }
    }
}
