package com.reportqa.answer;

import com.reportqa.ingest.Corpus;
import com.reportqa.question.Question;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The first stop of every question: a place the question names that the corpus cannot settle — shared by
 * several places, written with a prefix that contradicts it, not in the corpus — or a place/year with no
 * report gets no_answer that says which, before any answerer could merge two places or answer from another.
 */
@Component
class PlaceScope implements Answerer {

    private final Corpus corpus;

    PlaceScope(Corpus corpus) {
        this.corpus = corpus;
    }

    @Override
    public Optional<Answer> answer(Question q) {
        if (!q.ambiguous().isEmpty()) {
            return none(q, "语料中有多个同名的地方：" + String.join("、", q.ambiguous()) + "。请写明所属区县后再问，例如“"
                    + q.ambiguous().get(0) + "”。");
        }
        if (!q.mismatched().isEmpty()) {
            return none(q, String.join("；", q.mismatched()) + "。请核对地名后再问。");
        }
        if (!q.unknownPlaces().isEmpty()) {
            return none(q, "语料中没有" + String.join("、", q.unknownPlaces()) + "的报告。现有报告的地方：" + placesInCorpus()
                    + "。");
        }
        if (q.scope().isEmpty()) {
            return none(q, q.missingYear() != null ? "报告中没有这一年度的数据：" + q.missingYear() + "。" : "语料中没有符合条件的报告。");
        }
        return Optional.empty();
    }

    private String placesInCorpus() {
        return corpus.reports().stream().map(r -> r.place().displayOrPending() + "（" + r.yearLabel() + "）").distinct()
                .collect(Collectors.joining("、"));
    }

    private static Optional<Answer> none(Question q, String message) {
        return Optional.of(Answer.none(q.text(), message));
    }
}
