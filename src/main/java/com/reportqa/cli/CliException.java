package com.reportqa.cli;

/** A command-line mistake; the message is shown as it is, without a stack trace. */
final class CliException extends RuntimeException {
    CliException(String message) {
        super(message);
    }
}
