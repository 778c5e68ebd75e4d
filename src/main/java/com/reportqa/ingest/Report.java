package com.reportqa.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One ingested report. {@code id} is derived from the cleaned text, so the same content keeps the same
 * report and paragraph ids across runs, file renames and formats.
 */
public record Report(String id, String file, String format, String title, String issuer, Place place, int year,
        LocalDate publishedOn, String url, List<Paragraph> paragraphs) {

    public Report {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * By id only: reports are keys of the gazetteer's sets and maps, and the record's own hash would walk
     * every paragraph's text each time. Equal reports have equal ids, so this agrees with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(id);
    }

    /** "重庆市璧山区健龙镇 2024年度" — how answers name a report's place and year. */
    public String label() {
        return place.display() + " " + year + "年度";
    }

    public int textLength() {
        return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    }
}
