package com.reportqa.ui;

/** Answers are Markdown; text from reports and users must never become HTML, so angle brackets are escaped. */
final class MarkdownText {

    private MarkdownText() {
    }

    static String escape(String markdown) {
        return markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
