package com.reportqa.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a sidecar {@code NAME.properties} says about its report: url, and what an editor set or corrected
 * (title, place, year, issuer, publishedOn). A value that cannot be read is ignored with a log line, never a
 * skipped report.
 */
final class Sidecar {

    static final String TITLE = "title";
    static final String PLACE = "place";
    static final String YEAR = "year";
    static final String ISSUER = "issuer";
    static final String PUBLISHED_ON = "publishedOn";
    static final String URL = "url";

    private static final Logger log = LoggerFactory.getLogger(Sidecar.class);
    private static final Pattern YEAR_VALUE = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*(?:年度?)?\\s*$");

    private final PlaceParser parser = new PlaceParser();
    private final PlaceChains chains;

    Sidecar(PlaceChains chains) {
        this.chains = chains;
    }

    Report apply(Properties sidecar, Report r) {
        if (sidecar.isEmpty()) {
            return r;
        }
        String title = value(sidecar, TITLE, r.title());
        String issuer = value(sidecar, ISSUER, r.issuer());
        String url = value(sidecar, URL, r.url());
        Place place = r.place();
        String placeText = sidecar.getProperty(PLACE);
        if (placeText != null && !placeText.isBlank()) {
            place = parser.parse(placeText.strip()).map(p -> chains.complete(p, List.of(), w -> false))
                    .orElse(place);
        }
        int year = r.year();
        String yearText = sidecar.getProperty(YEAR);
        if (yearText != null) {
            Matcher m = YEAR_VALUE.matcher(yearText);
            if (m.matches()) {
                year = Integer.parseInt(m.group(1));
            } else {
                log.warn("{}: ignored sidecar year '{}'", r.file(), yearText);
            }
        }
        LocalDate published = r.publishedOn();
        String date = sidecar.getProperty(PUBLISHED_ON);
        if (date != null && !date.isBlank()) {
            try {
                published = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                log.warn("{}: ignored sidecar publishedOn '{}'", r.file(), date);
            }
        }
        return new Report(r.id(), r.file(), r.format(), title, issuer, place, year, published, url, r.paragraphs());
    }

    private static String value(Properties sidecar, String key, String fallback) {
        String v = sidecar.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
