package com.reportqa.search;

import java.nio.file.Path;

/** The index's directory is locked by another running report-qa: this one cannot start on the same data. */
public final class IndexInUseException extends RuntimeException {

    private final Path dir;

    IndexInUseException(Path dir, Throwable cause) {
        super("Index " + dir + " is in use by another process", cause);
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }
}
