package com.reportqa.answer;

import com.reportqa.question.Question;
import java.util.Optional;

/**
 * One form of question (a figure, a rate compared, a duration, the report's own metadata …). {@link AnswerRoute}
 * asks its answerers in order and the first answer wins; an answerer that cannot answer returns empty, so the
 * question goes on to the next one. One method, as LangChain4j's {@code ContentRetriever}: each form is a
 * small class of its own that can be tested without the others.
 */
@FunctionalInterface
interface Answerer {

    Optional<Answer> answer(Question question);
}
