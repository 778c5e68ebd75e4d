package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureMatch;

/** Shared wording for figures in answers. */
final class FigureAnswers {

    private FigureAnswers() {
    }

    static AnswerFigure figure(FigureMatch m, int citation) {
        Figure f = m.figure();
        return new AnswerFigure(f.value(), f.unit(), f.qualifier(), f.raw(), f.metric(),
                m.report().place().display(), m.report().year(), citation);
    }

    /** The words of the sentence up to and including the figure's clause: what the report says, verbatim. */
    static String quote(Figure f) {
        String context = f.context() == null || f.context().isBlank() ? f.clause() : f.context();
        return context.strip();
    }
}
