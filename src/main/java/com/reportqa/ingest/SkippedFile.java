package com.reportqa.ingest;

/** A corpus file that was not ingested, with the Chinese reason shown to users. */
public record SkippedFile(String file, String reason) {
    @Override
    public String toString() {
        return file + "（" + reason + "）";
    }
}
