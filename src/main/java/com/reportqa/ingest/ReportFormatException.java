package com.reportqa.ingest;

import java.io.Serial;

/** The text is not a usable report; {@link #getMessage()} is a short Chinese reason shown to users. */
public final class ReportFormatException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public ReportFormatException(String message) {
        super(message);
    }
}
