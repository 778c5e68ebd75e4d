package com.reportqa.ingest;

/** A report file that cannot be read; the message is a short Chinese reason shown to users. */
public final class UnreadableFileException extends Exception {
    public UnreadableFileException(String reason) {
        super(reason);
    }
}
