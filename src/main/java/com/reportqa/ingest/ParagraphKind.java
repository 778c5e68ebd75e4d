package com.reportqa.ingest;

/** Role of a paragraph inside a report. */
public enum ParagraphKind {
    /** The report title (always ordinal 0). */
    TITLE,
    /** A line that is only a section heading such as "一、…" or "（二）…". */
    HEADING,
    /** Any other content line, including lines that start with a heading glued to body text. */
    BODY,
    /**
     * What the page or the signature says about the report (索引号, 发布机构, 发布日期, the issuer and date under
     * the text): citable when a question asks about the report itself, never searched or counted as content.
     * These come after the body, so adding them never renumbers the title or the body.
     */
    META
}
