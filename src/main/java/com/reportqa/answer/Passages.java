package com.reportqa.answer;

import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The numbered passages a model answers from, each with its source. A passage is data: the delimiters that
 * wrap the passages in {@code answer.md} are taken out of the report text, so a paragraph cannot close the
 * data block early and speak as the user.
 */
final class Passages {

    private static final Pattern DELIMITER = Pattern.compile("<{3,}|>{3,}");

    record Passage(Report report, Paragraph paragraph) {
    }

    private Passages() {
    }

    static String format(List<Passage> passages) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Report r = passages.get(i).report();
            Paragraph p = passages.get(i).paragraph();
            out.append('[').append(i + 1).append("]（").append(r.place().displayOrPending()).append(r.yearLabel()).append("报告");
            if (!p.sectionPath().isEmpty()) {
                out.append(" · ").append(asData(p.sectionPath().get(p.sectionPath().size() - 1)));
            }
            out.append("）").append(asData(p.text())).append("\n\n");
        }
        return out.toString().strip();
    }

    static String asData(String text) {
        return DELIMITER.matcher(text).replaceAll("");
    }
}
