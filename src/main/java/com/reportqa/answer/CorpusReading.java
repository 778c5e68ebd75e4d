package com.reportqa.answer;

import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Corpus.CorpusSnapshot;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionParser;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * What answering needs of one corpus version, built once per version and swapped whole: the question parser
 * (it knows the corpus' places), the sentence scorer (its word weights come from all reports) and the answerers
 * built on them. A question read with one version is never answered with half of another's.
 */
@Component
class CorpusReading {

    /** @param suggestions example questions of this version, computed on first use */
    record Reading(CorpusSnapshot snapshot, QuestionParser parser, ExtractiveAnswerer extractive, NoneStated none,
            FormAnswers forms, AtomicReference<List<String>> suggestions) {
    }

    private volatile Reading current;

    CorpusReading(Corpus corpus, Synonyms synonyms, FigureIndex figureIndex) {
        corpus.subscribe(snapshot -> {
            SentenceScorer scorer = new SentenceScorer(snapshot.reports(), synonyms);
            current = new Reading(snapshot, new QuestionParser(snapshot.reports(), corpus.divisions()),
                    new ExtractiveAnswerer(snapshot, scorer, synonyms), new NoneStated(scorer),
                    new FormAnswers(scorer, figureIndex::of, id -> snapshot.paragraphs().get(id)),
                    new AtomicReference<>());
        });
    }

    Reading current() {
        return current;
    }
}
