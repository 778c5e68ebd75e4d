package com.reportqa.api;

/** The body of {@code POST /api/ask}. */
record AskRequest(String question, String conversationId) {
}
