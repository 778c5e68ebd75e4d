package com.reportqa.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxQuestionChars        longer questions are refused (HTTP 400)
 * @param maxConversations        conversations kept in memory; the least recently used goes first
 * @param maxTurns                turns kept per conversation
 * @param conversationTtlMinutes  idle conversations expire after this
 */
@ConfigurationProperties("reportqa.answer")
record AnswerSettings(@DefaultValue("2000") int maxQuestionChars, @DefaultValue("1000") int maxConversations,
        @DefaultValue("50") int maxTurns, @DefaultValue("120") int conversationTtlMinutes) {
}
