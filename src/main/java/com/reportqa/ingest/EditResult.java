package com.reportqa.ingest;

/**
 * The outcome of one corpus edit, for the UI, the REST API and the command line.
 *
 * @param ok      whether the corpus changed as asked
 * @param file    the file name in the corpus folder (after cleaning and de-duplication of names), or null
 * @param report  the report added or removed, or null
 * @param message a short Chinese sentence for the user: what happened, or why nothing changed
 */
public record EditResult(boolean ok, String file, Report report, String message) {

    static EditResult refused(String file, String reason) {
        return new EditResult(false, file, null, reason);
    }
}
