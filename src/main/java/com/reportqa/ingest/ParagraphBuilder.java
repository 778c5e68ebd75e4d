package com.reportqa.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Turns body lines into paragraphs with section paths. One non-empty line is one paragraph; a heading (alone
 * on its line or glued to body text) opens a section that lasts until a heading of the same or a higher level.
 */
final class ParagraphBuilder {

    private static final int LEVELS = 4;

    private ParagraphBuilder() {
    }

    /**
     * @param reportId  prefix of the paragraph ids
     * @param title     the title paragraph's text (ordinal 0); null when the text has none, and then ordinals
     *                  start at 1 so that a title added later by an editor does not renumber the paragraphs
     * @param bodyLines body lines in document order, already split where a heading follows a sentence
     * @param pageLines the page's metadata lines (索引号, 发布日期 …), kept after the body as {@code 页面信息}
     * @param footer    the signature and date lines under the text, kept after the body as {@code 落款}
     */
    static List<Paragraph> build(String reportId, String title, List<String> bodyLines, List<String> pageLines,
            List<String> footer) {
        List<Paragraph> paragraphs = new ArrayList<>(bodyLines.size() + 1);
        if (title != null) {
            paragraphs.add(new Paragraph(id(reportId, 0), 0, ParagraphKind.TITLE, List.of(), title,
                    SentenceSplitter.starts(title)));
        }
        String[] open = new String[LEVELS];
        for (String line : bodyLines) {
            HeadingMatcher.Heading heading = HeadingMatcher.match(line);
            ParagraphKind kind = ParagraphKind.BODY;
            if (heading != null) {
                Arrays.fill(open, heading.level() - 1, LEVELS, null); // a new heading closes deeper sections
                open[heading.level() - 1] = heading.label();
                kind = heading.headingOnly() ? ParagraphKind.HEADING : ParagraphKind.BODY;
            }
            List<String> path = Arrays.stream(open).filter(Objects::nonNull).toList();
            int ordinal = paragraphs.size() + (title == null ? 1 : 0);
            paragraphs.add(new Paragraph(id(reportId, ordinal), ordinal, kind, path, line,
                    SentenceSplitter.starts(line)));
        }
        // the signature block is read and cited as one: who signed and when (纺织城街道办事处 / 2025年1月16日)
        addMeta(paragraphs, reportId, title == null, Paragraph.SIGNATURE,
                footer.isEmpty() ? List.of() : List.of(String.join(" ", footer)));
        addMeta(paragraphs, reportId, title == null, Paragraph.PAGE, pageLines);
        return paragraphs;
    }

    private static void addMeta(List<Paragraph> paragraphs, String reportId, boolean untitled, String section,
            List<String> lines) {
        for (String line : lines) {
            int ordinal = paragraphs.size() + (untitled ? 1 : 0);
            paragraphs.add(new Paragraph(id(reportId, ordinal), ordinal, ParagraphKind.META, List.of(section), line,
                    List.of(0)));
        }
    }

    private static String id(String reportId, int ordinal) {
        return reportId + "-p" + ordinal;
    }
}
