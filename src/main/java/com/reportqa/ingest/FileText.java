package com.reportqa.ingest;

/** Plain text read from a report file, with the format it was read as (txt, html, docx, pdf). */
record FileText(String text, String format) {
}
