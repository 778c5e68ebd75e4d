package com.reportqa.answer;

/**
 * Answering a question failed unexpectedly. Carries the question's hash instead of its text, so that whoever
 * catches it at the top of a request can log which question failed without logging what was asked.
 */
public final class AnswerFailedException extends RuntimeException {

    private final String questionHash;

    AnswerFailedException(String questionHash, Throwable cause) {
        super("Answering failed for question " + questionHash, cause);
        this.questionHash = questionHash;
    }

    public String questionHash() {
        return questionHash;
    }
}
