package com.reportqa.export;

import com.reportqa.answer.Citation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cited report as a GB/T 7714-2015 reference to an electronic document:
 * {@code 主要责任者. 题名[EB/OL]. (发表日期)[引用日期]. 获取和访问路径.} Whatever the report's metadata does
 * not say is left out rather than guessed: no issuer → the entry starts with the title, no publication date →
 * only the access date, no URL → no address.
 */
record GbtReference(String key, String issuer, String title, String publishedOn, String url) {

    /** A full date as written in reports, sidecars and JSON: 2025-03-19, 2025/3/19, 2025年3月19日. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    static GbtReference of(Citation c) {
        String key = firstNonBlank(c.reportId(), c.file(), c.reportTitle());
        // a report always has a title in practice; the file name is the user's own name for it otherwise
        String title = firstNonBlank(c.reportTitle(), c.file());
        // several issuing bodies (a Party committee and a government) are separated by ", " in GB/T 7714
        String issuer = c.issuer() == null ? null : c.issuer().replaceAll("\\s*、\\s*", ", ");
        return new GbtReference(key, clean(issuer), clean(title), c.publishedOn(), clean(c.url()));
    }

    /** The reference text, accessed on {@code accessed} (the export date). */
    String format(LocalDate accessed) {
        StringBuilder sb = new StringBuilder();
        if (issuer != null) {
            sb.append(issuer).append(". ");
        }
        sb.append(title == null ? "" : title).append("[EB/OL]. ");
        date(publishedOn).ifPresent(d -> sb.append('(').append(d).append(')'));
        sb.append('[').append(accessed).append("].");
        if (url != null) {
            sb.append(' ').append(url).append('.');
        }
        return sb.toString();
    }

    /** YYYY-MM-DD, or nothing when the text is not a whole, valid date. */
    static Optional<LocalDate> date(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** One line, no trailing full stop (the format adds its own), null when empty. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String v = s.replaceAll("\\s+", " ").strip().replaceAll("[.。]+$", "");
        return v.isEmpty() ? null : v;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
