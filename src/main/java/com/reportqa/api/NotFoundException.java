package com.reportqa.api;

/** A requested report or conversation that does not exist. */
final class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
