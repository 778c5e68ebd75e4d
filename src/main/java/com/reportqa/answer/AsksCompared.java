package com.reportqa.answer;

import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.question.Ask;
import com.reportqa.question.MeasureWords;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.RankingWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 一网通办累计办件多少、“高效办成一件事”办理业务多少？两个哪个多: measures of one place, each asked in its own words
 * and stated in its own sentence, ranked by their figures — only when they count in one family of measure words.
 */
@Component
class AsksCompared implements Answerer {


    private final FigureFinder finder;
    private final Function<String, Paragraph> paragraphs;

    @Autowired
    AsksCompared(FigureFinder finder, Corpus corpus) {
        this(finder, id -> corpus.snapshot().paragraphs().get(id));
    }

    AsksCompared(FigureFinder finder, Function<String, Paragraph> paragraphs) {
        this.finder = finder;
        this.paragraphs = paragraphs;
    }

    @Override
    public Optional<Answer> answer(Question q) {
        List<Ask> asks = q.asks();
        if (q.kind() != QuestionKind.COMPARE || q.placeGroups().size() != 1 || asks.size() < 2
                || !RankingWords.ASKED.matcher(q.text()).find()
                || asks.stream().anyMatch(a -> !YearsCompared.namesAThing(a))
                || asks.stream().anyMatch(a -> asks.stream().anyMatch(b -> b != a && holds(b, a)))) {
            return Optional.empty();
        }
        List<Optional<FigureMatch>> found = finder.find(asks, q.scope(), q.future(), q.statedYear());
        if (found.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        List<FigureMatch> matches = found.stream().map(Optional::get).toList();
        Set<String> family = MeasureWords.compatible(matches.getFirst().figure().unit());
        // 化解率和信访化解率: percentages are the rate comparison's; 件 against 元 ranks nothing
        if (matches.stream().map(m -> m.figure()).distinct().count() < matches.size()
                || matches.stream().anyMatch(m -> "%".equals(m.figure().unit()) || !family.contains(m.figure().unit()))) {
            return Optional.empty();
        }
        RankOrder order = RankOrder.of(q.text());
        Comparator<Integer> byValue = Comparator.comparing(i -> matches.get(i).figure().value());
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            ranked.add(i);
        }
        ranked.sort(order.fewestFirst() ? byValue : byValue.reversed());
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        StringBuilder table = new StringBuilder("| 排名 | 所问 | 数字 | 原文 |\n|---|---|---|---|\n");
        int rank = 0;
        for (int i : ranked) {
            FigureMatch m = matches.get(i);
            int n = citations.cite(m.report(), paragraphs.apply(m.figure().paragraphId()),
                    FigureAnswers.quote(m.figure()));
            figures.add(FigureAnswers.figure(m, n));
            table.append("| ").append(++rank).append(" | ").append(label(asks.get(i))).append(" | ")
                    .append(m.figure().raw()).append(" | “").append(FigureAnswers.quote(m.figure())).append("”[")
                    .append(n).append("] |\n");
        }
        FigureMatch named = order.asksFewest() && !order.fewestFirst() ? matches.get(ranked.getLast())
                : matches.get(ranked.getFirst());
        String which = order.namedOfCounts();
        String text = "按" + named.report().shortLabel() + "报告所载数字，"
                + label(asks.get(matches.indexOf(named))) + which + "（" + named.figure().raw() + "）。\n\n" + table;
        return Optional.of(Answer.of(q.text(), text.strip(), Mode.NUMERIC, citations.list(), figures));
    }

    /** The ask as the question words it, without the spaces the parser leaves. */
    private static String label(Ask ask) {
        return ask.metric().replaceAll("\\s+", "");
    }

    /** 受理矛盾纠纷 holds 受理, and an ask asked twice is itself again: no second measure to rank. */
    private static boolean holds(Ask wider, Ask narrower) {
        return YearsCompared.holdsMore(wider, narrower)
                || wider.metric().replace(" ", "").equals(narrower.metric().replace(" ", ""));
    }
}
