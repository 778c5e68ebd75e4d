package com.reportqa.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One ingested report. {@code id} is derived from the cleaned text, so the same content keeps the same
 * report and paragraph ids across runs, file renames and formats.
 */
public record Report(String id, String file, String format, String title, String issuer, Place place, int year,
        LocalDate publishedOn, String url, List<Paragraph> paragraphs) {

    /** The year of a report whose text names none, until an editor sets it. */
    public static final int UNKNOWN_YEAR = 0;

    public Report {
        paragraphs = List.copyOf(paragraphs);
        place = place == null ? Place.UNKNOWN : place;
    }

    /** The metadata the text did not reveal (标题, 地区, 年度), shown as 待补充 until an editor sets it. */
    public List<String> pending() {
        List<String> pending = new ArrayList<>(3);
        if (title == null || title.isBlank()) {
            pending.add("标题");
        }
        if (!place.known()) {
            pending.add("地区");
        }
        if (year == UNKNOWN_YEAR) {
            pending.add("年度");
        }
        return List.copyOf(pending);
    }

    /** "健龙镇2024年度" — how answers name the report they quote. */
    public String shortLabel() {
        return (place.known() ? place.name() : "地区" + Place.PENDING) + yearLabel();
    }

    /** The title, or 待补充. */
    /** How citations name a report: its title, or for an untitled page its place and year (标题待补充). */
    public String citedTitle() {
        return title == null || title.isBlank() ? place.displayOrPending() + yearLabel() + "报告（标题待补充）" : title;
    }

    public String titleOrPending() {
        return title == null || title.isBlank() ? Place.PENDING : title;
    }

    /** "2024年度", or 年度待补充. */
    public String yearLabel() {
        return year == UNKNOWN_YEAR ? "年度" + Place.PENDING : year + "年度";
    }

    /**
     * By id only: reports are keys of the gazetteer's sets and maps, and the record's own hash would walk
     * every paragraph's text each time. Equal reports have equal ids, so this agrees with {@link #equals}.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /** "重庆市璧山区健龙镇 2024年度" — how answers name a report's place and year. */
    public String label() {
        return (place.known() ? place.display() : "地区" + Place.PENDING) + " " + yearLabel();
    }

    public int textLength() {
        return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    }
}
