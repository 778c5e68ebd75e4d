package com.reportqa.bench;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One synthetic report and what is true in it.
 *
 * @param city    may be null (titles often omit it)
 * @param county  always written, so near-duplicate towns can be told apart
 * @param town    null for a county's own report
 * @param figures "metricId.slot" → the figure as written
 * @param lawFirm the firm named as legal adviser, or null when the report names none
 */
record GeneratedReport(String file, String text, String city, String county, String town, int year,
        Map<String, Gold> figures, String lawFirm) {

    /** The lowest level: what the report is about (健龙镇, or 雁峰区 for a district's own report). */
    String name() {
        return town != null ? town : county;
    }

    /** A figure as the report writes it and as an exact answer must give it: 10万余件 = 100000 件 余. */
    record Gold(BigDecimal value, String unit, String qualifier, String raw) {
    }
}
