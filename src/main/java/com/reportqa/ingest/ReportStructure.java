package com.reportqa.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * The parsed structure of one annual report.
 *
 * @param title       the title, multi-line titles joined without separator
 * @param issuer      issuing organisation(s), joined with "、"; null when none is written
 * @param place       the place the report is about; null when no place is written
 * @param year        the year reported on (not the publication year)
 * @param publishedOn publication date when written unambiguously, else null
 * @param paragraphs  title paragraph first, then headings and body paragraphs in document order
 */
public record ReportStructure(String title, String issuer, Place place, Integer year, LocalDate publishedOn,
                              List<Paragraph> paragraphs) {

    public ReportStructure {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
