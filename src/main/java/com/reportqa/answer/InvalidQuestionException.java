package com.reportqa.answer;

/** A question that cannot be asked as it is (empty, too long); the message is Chinese, for the user. */
public final class InvalidQuestionException extends RuntimeException {
    public InvalidQuestionException(String message) {
        super(message);
    }
}
