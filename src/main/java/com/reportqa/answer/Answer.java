package com.reportqa.answer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer contract, the same for CLI, REST and UI. {@code grounded} is false when an LLM answer
 * states something its citations do not; {@code notice} carries a visible Chinese note (e.g. the model
 * was unavailable and the extractive answer is shown instead).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(String id, String question, String answer, Mode mode, List<Citation> citations,
        List<AnswerFigure> figures, Boolean grounded, String notice, String conversationId) {

    public Answer {
        citations = List.copyOf(citations);
        figures = List.copyOf(figures);
    }

    /** An answer of the reports' own words or figures, before it has an id or a conversation. */
    static Answer of(String question, String text, Mode mode, List<Citation> citations, List<AnswerFigure> figures) {
        return new Answer(null, question, text, mode, citations, figures, null, null, null);
    }

    /** What the reports do not say, said in Chinese, with nothing cited. */
    static Answer none(String question, String message) {
        return of(question, message, Mode.NO_ANSWER, List.of(), List.of());
    }

    public Answer withNotice(String newNotice) {
        return new Answer(id, question, answer, mode, citations, figures, grounded, newNotice, conversationId);
    }

    public Answer withId(String newId) {
        return new Answer(newId, question, answer, mode, citations, figures, grounded, notice, conversationId);
    }

    public Answer withQuestion(String newQuestion) {
        return new Answer(id, newQuestion, answer, mode, citations, figures, grounded, notice, conversationId);
    }

    public Answer withConversation(String newConversationId) {
        return new Answer(id, question, answer, mode, citations, figures, grounded, notice, newConversationId);
    }
}
