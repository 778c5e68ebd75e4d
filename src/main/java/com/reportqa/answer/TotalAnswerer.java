package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureIndex;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.TotalAsk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Answers a total asked together with its parts ({@link TotalAsk}: 处罚金额合计多少？简易程序和一般程序各多少？):
 * each part as the figure answerer would, and the total — the figure the report introduces as the total (共/合计
 * before it, 其中 after it) when it is not one of the parts, else the parts' sum marked as computed. A part's
 * figure is never given as the total. Tried before the plain figure answerer, which would match the total's ask
 * to whichever part reads most like it.
 */
@Component
class TotalAnswerer implements Answerer {

    /** The figures answering some asks of a question, one per ask, a figure for one ask at most. */
    @FunctionalInterface
    interface Finder {
        List<Optional<FigureMatch>> find(List<Ask> asks, Question q);
    }

    private static final Pattern TOTAL_WORDS = Pattern.compile("一共|总共|合计|共计|总计|总数|累计");

    private final Finder finder;
    private final Function<Report, List<Figure>> figures;
    private final Function<String, Paragraph> paragraphs;
    private final BiFunction<Question, Ask, Optional<BreakdownAnswerer.Listing>> listings;

    @Autowired
    TotalAnswerer(FigureFinder finder, FigureIndex index, Corpus corpus, CorpusReading reading) {
        this((asks, q) -> finder.find(asks, q.scope(), q.future(), q.statedYear()), index::of,
                id -> corpus.snapshot().paragraphs().get(id), (q, total) -> reading.current().forms().listing(q, total));
    }

    /**
     * @param listings the sentence listing a total's parts, for a question that leaves the parts to the report
     */
    TotalAnswerer(Finder finder, Function<Report, List<Figure>> figures, Function<String, Paragraph> paragraphs,
            BiFunction<Question, Ask, Optional<BreakdownAnswerer.Listing>> listings) {
        this.finder = finder;
        this.figures = figures;
        this.paragraphs = paragraphs;
        this.listings = listings;
    }

    @Override
    public Optional<Answer> answer(Question q) {
        if (q.kind() != QuestionKind.NUMERIC) {
            return Optional.empty();
        }
        TotalAsk t = TotalAsk.of(q.text(), q.asks()).orElse(null);
        if (t == null) {
            return Optional.empty();
        }
        List<Ask> asks = q.asks();
        Ask total = t.total() >= 0 ? asks.get(t.total()) : null;
        List<TotalReply.Part> parts = new ArrayList<>();
        List<TotalReply.Part> others = new ArrayList<>();
        Optional<TotalReply.Part> stated = Optional.empty();
        String sentence = null;
        if (t.named()) {
            // the parts without the total's ask, which would take the part that reads most like it (合计 → 简易程序)
            List<Integer> rest = new ArrayList<>(t.parts());
            rest.addAll(t.others());
            rest.sort(Integer::compare);
            List<Optional<FigureMatch>> found = finder.find(rest.stream().map(asks::get).toList(), q);
            Map<Integer, Optional<FigureMatch>> byAsk = new HashMap<>();
            for (int k = 0; k < rest.size(); k++) {
                byAsk.put(rest.get(k), found.get(k));
            }
            t.parts().forEach(i -> parts.add(part(asks.get(i), byAsk.get(i))));
            t.others().forEach(i -> others.add(part(asks.get(i), byAsk.get(i))));
            if (parts.stream().allMatch(p -> p.figure() == null)) {
                return Optional.empty();
            }
        } else {
            BreakdownAnswerer.Listing l = total == null ? null : listings.apply(q, total).orElse(null);
            if (l == null) {
                return Optional.empty();
            }
            sentence = l.sentence();
            // 共受理纠纷224件，其中调解类…: the listing's own total is no part
            stated = l.figures().stream()
                    .filter(f -> l.paragraph() != null && Totals.introducedAsTotal(l.paragraph().text(), f))
                    .findFirst().map(f -> new TotalReply.Part("", l.report(), f));
            Figure own = stated.map(TotalReply.Part::figure).orElse(null);
            l.figures().stream().filter(f -> f != own)
                    .forEach(f -> parts.add(new TotalReply.Part(f.metric().isBlank() ? "所列一项" : f.metric(),
                            l.report(), f)));
            List<Optional<FigureMatch>> found = finder.find(t.others().stream().map(asks::get).toList(), q);
            for (int k = 0; k < t.others().size(); k++) {
                others.add(part(asks.get(t.others().get(k)), found.get(k)));
            }
        }
        if (stated.isEmpty()) {
            stated = statedTotal(q, t, total, parts);
        }
        String label = total == null ? "" : label(total, t.clause());
        return Optional.of(TotalReply.build(q, label, t.explicit(), stated, parts, others, t.unit(), sentence,
                paragraphs));
    }

    /**
     * What the total counts, as the ask names it without 一共/合计; with the items listed before it in its clause
     * (人大、政协一共提了多少条 → 人大、政协 提 意见建议), which the ask keeps as its context.
     */
    private static String label(Ask total, String clause) {
        String metric = TOTAL_WORDS.matcher(total.metric()).replaceAll("").strip();
        String context = total.context().strip();
        String first = metric.split(" ")[0];
        if (!context.isEmpty() && !first.isEmpty() && clause.contains(context + "、" + first)) {
            return context + "、" + metric;
        }
        return metric;
    }

    /**
     * The figure the report gives the total with: the total ask's own figure, or a figure of the parts' sentence,
     * that is not a part and is introduced as the total (共159人, 全年执法806件，其中…). When the question names no
     * total (新建了多少个？场镇和农村各几个？) the ask's own figure is its answer as long as it is no part.
     */
    private Optional<TotalReply.Part> statedTotal(Question q, TotalAsk t, Ask total, List<TotalReply.Part> parts) {
        Set<String> partAt = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (TotalReply.Part p : parts) {
            if (p.figure() != null) {
                partAt.add(at(p.figure()));
                units.add(p.figure().unit());
            }
        }
        if (total != null) {
            Optional<FigureMatch> own = finder.find(List.of(total), q).get(0);
            if (own.isPresent() && !partAt.contains(at(own.get().figure()))
                    && ownIsTotal(t, own.get().figure(), parts)) {
                return Optional.of(new TotalReply.Part(total.metric(), own.get().report(), own.get().figure()));
            }
        }
        for (TotalReply.Part p : parts) {
            if (p.figure() == null) {
                continue;
            }
            String text = text(p.figure());
            if (text == null) {
                continue;
            }
            int[] span = Totals.sentence(text, p.figure().start());
            for (Figure f : figures.apply(p.report())) {
                if (f.paragraphId().equals(p.figure().paragraphId()) && f.start() >= span[0] && f.end() <= span[1]
                        && !partAt.contains(at(f)) && (units.isEmpty() || Totals.sameKind(f.unit(), units))
                        && f.plan() == q.future() && Totals.introducedAsTotal(text, f)) {
                    return Optional.of(new TotalReply.Part("", p.report(), f));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the figure the total's own ask found (and no part did) is the total: the report introduces it as
     * one (共…, …其中); or the question does not ask for a total in so many words, so that it is simply that ask's
     * answer; or the parts do not add up (立案3件，处分2人: no total of theirs to confuse it with); or it counts
     * their kind of thing and is no less than their sum (全年执法806件 before 249件、1件、13件).
     */
    private boolean ownIsTotal(TotalAsk t, Figure f, List<TotalReply.Part> parts) {
        if (!t.explicit() || Totals.introducedAsTotal(text(f), f)) {
            return true;
        }
        List<Figure> found = parts.stream().map(TotalReply.Part::figure).filter(Objects::nonNull).toList();
        if (found.size() < parts.size()) {
            return false;
        }
        Optional<Totals.Sum> sum = Totals.sum(found, t.unit());
        if (sum.isEmpty()) {
            return true;
        }
        return Totals.sameKind(f.unit(), Set.of(sum.get().unit()))
                && f.value().compareTo(sum.get().value()) >= 0;
    }

    private String text(Figure f) {
        Paragraph p = paragraphs.apply(f.paragraphId());
        return p == null ? null : p.text();
    }

    private static String at(Figure f) {
        return f.paragraphId() + "@" + f.start();
    }

    private static TotalReply.Part part(Ask ask, Optional<FigureMatch> m) {
        String label = ask.metric().isBlank() ? "所问数字" : ask.metric();
        return m.map(x -> new TotalReply.Part(label, x.report(), x.figure()))
                .orElseGet(() -> new TotalReply.Part(label, null, null));
    }
}
