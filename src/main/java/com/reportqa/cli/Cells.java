package com.reportqa.cli;

/** Cells of the tab-separated tables the commands print: what is not known shows as a dash, never as "null". */
final class Cells {

    static final String UNKNOWN = "—";

    private Cells() {
    }

    static String of(Object value) {
        return value == null ? UNKNOWN : String.valueOf(value);
    }
}
