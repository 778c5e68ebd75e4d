package com.reportqa.llm;

/** The model server could not give an answer in time (down, erroring, too slow, endless, garbage). */
public final class LlmUnavailableException extends Exception {
    public LlmUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
