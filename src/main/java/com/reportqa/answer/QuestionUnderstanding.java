package com.reportqa.answer;

import com.reportqa.figures.FigureFinder;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionParser;
import org.springframework.stereotype.Component;

/**
 * How a question is read with the current corpus version, and — for {@code ask --explain} — which figures and
 * sentences came close to answering it.
 */
@Component
class QuestionUnderstanding {

    private static final int SHOWN = 6;

    private final CorpusReading reading;
    private final FigureFinder finder;
    private final TextAnswerer text;

    QuestionUnderstanding(CorpusReading reading, FigureFinder finder, TextAnswerer text) {
        this.reading = reading;
        this.finder = finder;
        this.text = text;
    }

    QuestionParser parser() {
        return reading.current().parser();
    }

    Question understand(String question) {
        return parser().parse(question);
    }

    String explain(String question) {
        CorpusReading.Reading r = reading.current();
        Question q = r.parser().parse(question);
        StringBuilder sb = new StringBuilder();
        sb.append("kind=").append(q.kind()).append(" places=").append(q.places()).append(" year=").append(q.year())
                .append(" future=").append(q.future()).append(" unknown=").append(q.unknownPlaces())
                .append(" topic=").append(q.topic()).append('\n');
        sb.append("scope=").append(q.scope().stream().map(rep -> rep.label()).toList()).append('\n');
        for (Ask ask : q.asks()) {
            sb.append("ask metric=").append(ask.metric()).append(" | context=").append(ask.context())
                    .append(" | units=").append(ask.units()).append('\n');
            for (var m : finder.near(ask, q.scope(), SHOWN)) {
                sb.append(String.format("  %.3f %s %s metric=%s | ctx=%s%n", m.score(), m.report().place().name(),
                        m.figure().raw(), m.figure().metric(), m.figure().context()));
            }
        }
        sb.append("words=").append(r.extractive().words(q)).append('\n');
        for (var sc : r.extractive().rank(q, text.hits(q)).stream().limit(5).toList()) {
            sb.append(String.format("  %.3f %s %s%n", sc.score(), sc.paragraph().id(), sc.text()));
        }
        for (var m : finder.find(q.asks(), q.scope(), q.future())) {
            m.ifPresent(x -> sb.append(String.format("chosen %.3f %s [%d,%d] %s%n", x.score(), x.figure().raw(),
                    x.figure().start(), x.figure().end(), x.figure().paragraphId())));
        }
        return sb.toString();
    }
}
