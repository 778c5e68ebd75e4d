package com.reportqa.ingest;

/** Role of a paragraph inside a report. */
public enum ParagraphKind {
    /** The report title (always ordinal 0). */
    TITLE,
    /** A line that is only a section heading such as "一、…" or "（二）…". */
    HEADING,
    /** Any other content line, including lines that start with a heading glued to body text. */
    BODY
}
