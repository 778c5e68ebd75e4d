package com.reportqa.answer;

import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Place;
import com.reportqa.ingest.Report;
import java.util.List;

/** The places of the corpus's reports, once each: what a row's place name must be told apart from (two 增福镇). */
final class CorpusPlaces {

    private CorpusPlaces() {
    }

    static List<Place> of(Corpus corpus) {
        return corpus.snapshot().reports().stream().map(Report::place).distinct().toList();
    }
}
