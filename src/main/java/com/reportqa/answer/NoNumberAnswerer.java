package com.reportqa.answer;

import com.reportqa.ingest.Corpus;
import com.reportqa.question.Question;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The last stop of a numeric question no figure, rate, count or stated "none" answered: no_answer naming the
 * metric and the reports read — never a figure of something else, never the model guessing a number.
 */
@Component
class NoNumberAnswerer implements Answerer {

    private final Corpus corpus;

    NoNumberAnswerer(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public Optional<Answer> answer(Question q) {
        String metric = q.asks().isEmpty() ? q.topic() : q.asks().get(0).metric();
        return Optional.of(Answer.none(q.text(), "报告中没有写明" + ScopeNote.of(q, corpus.reports().size()) + "“"
                + metric.replace(" ", "") + "”的数字。"));
    }
}
