package com.reportqa.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the numbered headings of Chinese official documents: "一、" (level 1), "（一）" (2), "1." / "1、" (3)
 * and "（1）" (4), and tells a heading-only line from a heading glued to body text.
 */
final class HeadingMatcher {

    /** A heading found at the start of a line. {@code label} is the heading as written, without end punctuation. */
    record Heading(int level, String label, boolean headingOnly) { }

    private static final String CN_NUM = "[一二三四五六七八九十]{1,3}";
    /** "一、" and the less formal "一．"/"一."; a Chinese numeral never starts a sentence with a dot otherwise. */
    private static final Pattern LEVEL1 = Pattern.compile("^" + CN_NUM + "[、．.]");
    private static final Pattern LEVEL2 = Pattern.compile("^[(（]" + CN_NUM + "[)）]");
    /** "1." but not "1.5万" or "2024年": one or two digits, then a separator not followed by a digit. */
    private static final Pattern LEVEL3 = Pattern.compile("^\\d{1,2}[.．、](?!\\d)");
    private static final Pattern LEVEL4 = Pattern.compile("^[(（]\\d{1,2}[)）]");
    private static final Pattern[] LEVELS = {LEVEL1, LEVEL2, LEVEL3, LEVEL4};

    /** A lower-level item glued into a heading, e.g. "(四)全面推进社会法治1.加强法治宣传教育". */
    private static final Pattern INLINE_ITEM = Pattern.compile(
            "(?<!\\d)\\d{1,2}[.．、](?!\\d)|[(（](?:\\d{1,2}|" + CN_NUM + ")[)）]");
    /** A level 1-3 heading that starts a new paragraph after whitespace inside a line: "…100%。   (九)数字赋能…". */
    private static final Pattern GLUED_NEXT_HEADING = Pattern.compile(
            "(?<=[。！？!?；;])[ \\t\\u3000]+(?=(?:" + CN_NUM + "[、．.]|[(（]" + CN_NUM + "[)）]|\\d{1,2}[.．、](?!\\d))\\S)");
    private static final String SENTENCE_END = "。！？!?；;";
    private static final String LABEL_CUT = SENTENCE_END + "：:";
    private static final String TRAILING_PUNCTUATION = "。.！!？?；;，,：:、 ";

    /** Longest heading-only line without any sentence punctuation. */
    private static final int MAX_BARE_HEADING = 80;
    /** Longest heading-only line that ends with one sentence mark, and longest label cut from a glued heading. */
    private static final int MAX_SENTENCE_HEADING = 50;
    /** A heading text needs at least this many characters after its marker before an inline item may cut it. */
    private static final int MIN_LABEL_TEXT = 2;

    private HeadingMatcher() {
    }

    /** The heading this line starts with, or null when the line does not start with a heading marker. */
    static Heading match(String line) {
        for (int i = 0; i < LEVELS.length; i++) {
            Matcher m = LEVELS[i].matcher(line);
            if (m.lookingAt()) {
                return classify(line, i + 1, m.end());
            }
        }
        return null;
    }

    /** True when the line starts with any heading marker (used to keep headings out of the title area). */
    static boolean startsWithMarker(String line) {
        return match(line) != null;
    }

    /**
     * Splits a line where a whitespace gap after a sentence end is followed by a new heading. Each piece is a
     * verbatim substring of the line, so citations still match the source.
     */
    static List<String> splitGluedHeadings(String line) {
        List<String> pieces = new ArrayList<>(2);
        Matcher m = GLUED_NEXT_HEADING.matcher(line);
        int start = 0;
        while (m.find()) {
            pieces.add(line.substring(start, m.start()));
            start = m.end();
        }
        pieces.add(line.substring(start));
        return pieces;
    }

    private static Heading classify(String line, int level, int markerEnd) {
        String rest = line.substring(markerEnd);
        int firstEnd = indexOfAny(rest, SENTENCE_END, 0);
        boolean noSentenceMark = firstEnd < 0;
        boolean oneFinalMark = firstEnd == rest.length() - 1;
        if ((noSentenceMark && line.length() <= MAX_BARE_HEADING)
                || (oneFinalMark && line.length() <= MAX_SENTENCE_HEADING)) {
            return new Heading(level, trimTrailing(line), true);
        }
        return new Heading(level, gluedLabel(line, markerEnd), false);
    }

    /**
     * The heading part of a line that continues with body text: its first clause up to the first sentence mark
     * or colon, cut before an inline lower-level item; when still too long, up to the first comma; finally
     * capped so a label never swallows a whole paragraph.
     */
    private static String gluedLabel(String line, int markerEnd) {
        int cut = indexOfAny(line, LABEL_CUT, markerEnd);
        String label = cut < 0 ? line : line.substring(0, cut);
        Matcher inline = INLINE_ITEM.matcher(label);
        int searchFrom = markerEnd + MIN_LABEL_TEXT;
        if (searchFrom < label.length() && inline.find(searchFrom)) {
            label = label.substring(0, inline.start());
        }
        if (label.length() > MAX_SENTENCE_HEADING) {
            int comma = indexOfAny(label, "，,", markerEnd + MIN_LABEL_TEXT);
            label = comma > 0 ? label.substring(0, comma) : label;
        }
        if (label.length() > MAX_SENTENCE_HEADING) {
            label = label.substring(0, MAX_SENTENCE_HEADING);
        }
        return trimTrailing(label);
    }

    static String trimTrailing(String s) {
        int end = s.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == 0 ? s : s.substring(0, end);
    }

    private static int indexOfAny(String s, String chars, int from) {
        for (int i = Math.max(0, from); i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
