package com.reportqa.export;

/** An export that cannot be made as asked (unknown format, nothing to export); the message is Chinese. */
public final class ExportException extends RuntimeException {
    public ExportException(String message) {
        super(message);
    }
}
