package com.reportqa.ingest;

import java.util.List;

/**
 * One paragraph of a report.
 *
 * @param id             reportId + "-p" + ordinal; stable for identical input
 * @param ordinal        0 for the title, then 1, 2, 3… in document order
 * @param kind           title, heading, body or meta (page and signature lines, after the body)
 * @param sectionPath    enclosing headings top-down (a heading's own path ends with itself)
 * @param text           the paragraph verbatim from the cleaned text (citations quote it exactly)
 * @param sentenceStarts char offsets into {@code text} where sentences start; the first is 0
 */
public record Paragraph(String id, int ordinal, ParagraphKind kind, List<String> sectionPath, String text,
                        List<Integer> sentenceStarts) {

    /** The section path of the signature and date lines under the text. */
    public static final String SIGNATURE = "落款";
    /** The section path of the page's own lines (索引号, 发布机构, 发布日期). */
    public static final String PAGE = "页面信息";

    public Paragraph {
        // Records are shared between threads and indexes: freeze the lists so nobody can edit them later.
        sectionPath = sectionPath == null ? List.of() : List.copyOf(sectionPath);
        sentenceStarts = sentenceStarts == null ? List.of() : List.copyOf(sentenceStarts);
    }

    /** A heading or body paragraph: what the report says, as opposed to its title and its page and signature lines. */
    public boolean content() {
        return kind == ParagraphKind.BODY || kind == ParagraphKind.HEADING;
    }

    /** By id only (see {@link Report#hashCode()}); equal paragraphs have equal ids. */
    @Override
    public int hashCode() {
        return id == null ? 0 : id.hashCode();
    }
}
