package com.reportqa.search;

/**
 * One report as the index holds it: a diagnostic after a crash or a damaged disk.
 *
 * @param reportId        the report id
 * @param expectedWindows the windows the report's current text gives (0: the report is not in the corpus)
 * @param windows         the live documents of the report in the index
 * @param distinctWindows the distinct window ids among them (fewer than {@code windows}: duplicates)
 */
public record IndexedReport(String reportId, int expectedWindows, int windows, int distinctWindows) {

    /** Indexed exactly once, complete, and wanted. */
    public boolean consistent() {
        return expectedWindows > 0 && windows == expectedWindows && distinctWindows == windows;
    }
}
