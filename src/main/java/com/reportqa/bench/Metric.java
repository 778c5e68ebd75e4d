package com.reportqa.bench;

import java.util.List;

/**
 * One figure-bearing passage of a report template: its text with slots ({@code {a}}), how each slot's
 * figure is drawn and written, and the questions a user would ask about it.
 *
 * @param section index of the report section it belongs to (see {@link ReportWriter})
 * @param text    the passage; {@code {x}} is replaced by slot x written with its unit and qualifier
 * @param probes  slot → question template; {@code {P}} is the place as asked, {@code {Y}} the year (2024年)
 */
record Metric(String id, int section, String text, List<Slot> slots, List<Probe> probes) {

    enum Style {
        /** 224件 */
        PLAIN,
        /** 40余件: a round number with 余 */
        ABOUT,
        /** 10万余件: value × 10000 with 余 */
        WAN_ABOUT,
        /** 近400名 */
        NEARLY,
        /** 80%–99% of the slot named in {@code of}, same unit */
        PART,
        /** 99%: part/whole of the two slots named in {@code of} ("b/a") */
        RATE
    }

    record Slot(String name, String unit, Style style, int min, int max, String of) {
        static Slot plain(String name, String unit, int min, int max) {
            return new Slot(name, unit, Style.PLAIN, min, max, null);
        }

        static Slot of(String name, String unit, Style style, int min, int max) {
            return new Slot(name, unit, style, min, max, null);
        }

        static Slot part(String name, String unit, String whole) {
            return new Slot(name, unit, Style.PART, 0, 0, whole);
        }

        static Slot rate(String name, String partOverWhole) {
            return new Slot(name, "%", Style.RATE, 0, 0, partOverWhole);
        }
    }

    record Probe(String slot, String question) {
    }
}
