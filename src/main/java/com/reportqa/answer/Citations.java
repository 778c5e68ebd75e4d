package com.reportqa.answer;

import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers cited paragraphs in the order an answer first uses them; a paragraph cited twice keeps one number. */
final class Citations {

    private final Map<String, Citation> byParagraph = new LinkedHashMap<>();

    int cite(Report report, Paragraph paragraph, String quote) {
        Citation existing = byParagraph.get(paragraph.id());
        if (existing != null) {
            return existing.n();
        }
        int n = byParagraph.size() + 1;
        byParagraph.put(paragraph.id(), new Citation(n, report.file(), report.id(), report.citedTitle(),
                report.issuer(), report.place().display(), report.year(),
                report.publishedOn() == null ? null : report.publishedOn().toString(), report.url(), paragraph.id(),
                String.join(" › ", paragraph.sectionPath()), paragraph.text(), quote));
        return n;
    }

    List<Citation> list() {
        return new ArrayList<>(byParagraph.values());
    }

    boolean isEmpty() {
        return byParagraph.isEmpty();
    }
}
