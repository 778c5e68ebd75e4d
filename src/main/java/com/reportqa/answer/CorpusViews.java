package com.reportqa.answer;

import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Report;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The corpus as the UI and the API browse it: reports, their paragraphs and figures, example questions. */
@Component
class CorpusViews {

    private static final int SUGGESTIONS = 5;

    private final Corpus corpus;
    private final FigureIndex figureIndex;
    private final CorpusReading reading;
    private final AnswerRoute route;

    CorpusViews(Corpus corpus, FigureIndex figureIndex, CorpusReading reading, AnswerRoute route) {
        this.corpus = corpus;
        this.figureIndex = figureIndex;
        this.reading = reading;
        this.route = route;
    }

    List<ReportView.Summary> reports() {
        return corpus.reports().stream().map(this::summary).toList();
    }

    Optional<ReportView.Detail> report(String id) {
        return corpus.report(id).map(r -> new ReportView.Detail(summary(r),
                r.paragraphs().stream().map(ReportView.ParagraphView::of).toList()));
    }

    /** Figures filtered by place (any level, substring), year and words of the metric or clause. */
    List<ReportView.FigureRow> figures(String place, Integer year, String query) {
        return corpus.reports().stream()
                .filter(r -> place == null || place.isBlank() || r.place().display().contains(place.strip()))
                .filter(r -> year == null || r.year() == year)
                .flatMap(r -> figureIndex.of(r).stream()
                        .filter(f -> query == null || query.isBlank() || f.metric().contains(query.strip())
                                || f.clause().contains(query.strip()))
                        .map(f -> ReportView.FigureRow.of(r, f)))
                .toList();
    }

    /** Example questions made from the corpus and checked to be answerable; computed once per corpus version. */
    List<String> suggestions() {
        CorpusReading.Reading r = reading.current();
        List<String> cached = r.suggestions().get();
        if (cached == null) {
            cached = new Suggestions(text -> route.answer(r.parser().parse(text), token -> { }, false))
                    .of(r.snapshot().reports(), figureIndex::of, SUGGESTIONS);
            r.suggestions().set(cached);
        }
        return cached;
    }

    private ReportView.Summary summary(Report r) {
        return ReportView.Summary.of(r, figureIndex.of(r).size());
    }
}
