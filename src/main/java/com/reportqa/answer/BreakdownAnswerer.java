package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.BreakdownAsk;
import com.reportqa.question.Question;
import com.reportqa.question.TotalAsk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Answers a total asked with its parts (新任命的干部几人宣誓？各是什么职务？) from the one sentence that lists the
 * parts with their figures (1名副镇长、7名二级机构负责人、1名公务员): every part with its figure, and the total the
 * report states, or else their sum marked as computed (see {@link TotalReply}).
 */
final class BreakdownAnswerer {

    /** The sentence must hold the rarest asked word (宣誓) and this share of the rest (新任命的干部 is 新当选的副镇长). */
    static final double COVERAGE = 0.3;

    /** The sentence of a report that lists a total's parts, and its figures in the counted unit, in order. */
    record Listing(Report report, Paragraph paragraph, String sentence, List<Figure> figures) {
    }

    private final SentenceScorer scorer;
    private final Function<Report, List<Figure>> figures;
    private final Function<String, Paragraph> paragraphs;

    BreakdownAnswerer(SentenceScorer scorer, Function<Report, List<Figure>> figures,
            Function<String, Paragraph> paragraphs) {
        this.scorer = scorer;
        this.figures = figures;
        this.paragraphs = paragraphs;
    }

    Optional<Answer> answer(Question q) {
        if (!BreakdownAsk.asks(q.text()) || q.asks().isEmpty()) {
            return Optional.empty();
        }
        Ask total = q.asks().get(0);
        return listing(q, total).map(l -> answer(q, total, l));
    }

    private Answer answer(Question q, Ask total, Listing l) {
        Optional<Figure> stated = l.figures().stream()
                .filter(f -> l.paragraph() != null && Totals.introducedAsTotal(l.paragraph().text(), f)).findFirst();
        List<TotalReply.Part> parts = l.figures().stream().filter(f -> stated.isEmpty() || stated.get() != f)
                .map(f -> new TotalReply.Part(f.metric().isBlank() ? "所列一项" : f.metric(), l.report(), f)).toList();
        return TotalReply.build(q, total.metric().replace(" ", ""), true,
                stated.map(f -> new TotalReply.Part("", l.report(), f)), parts, List.of(),
                TotalAsk.askedUnit(q.text()), l.sentence(), paragraphs);
    }

    /**
     * The sentence (to its 。, across ；) that lists two or more figures in the total's units and holds the total's
     * rarest word and enough of the others: 精心组织新当选的1名副镇长、7名…以及1名新录用公务员进行宪法宣誓仪式.
     */
    Optional<Listing> listing(Question q, Ask total) {
        Set<String> wanted = scorer.words(total.metric()); // the context holds the parts asked (职务), not the total
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        // the rarest asked word the reports use at all (宣誓): 新任命, which they never write, cannot decide
        String rarest = RarestWord.of(wanted, q.scope(), scorer).orElse(null);
        if (rarest == null) {
            return Optional.empty();
        }
        Listing best = null;
        double bestCov = COVERAGE;
        for (Report r : q.scope()) {
            Map<String, List<Figure>> bySentence = new LinkedHashMap<>();
            Map<String, String> sentences = new LinkedHashMap<>();
            for (Figure f : figures.apply(r)) {
                if (f.plan() == q.future() && (total.units().isEmpty() || total.units().contains(f.unit()))) {
                    Paragraph p = paragraphs.apply(f.paragraphId());
                    String sentence = f.sentence();
                    if (p != null) {
                        int[] span = Totals.sentence(p.text(), f.start());
                        sentence = p.text().substring(span[0], span[1]);
                    }
                    String key = f.paragraphId() + "|" + sentence;
                    sentences.put(key, sentence);
                    bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                }
            }
            for (var e : bySentence.entrySet()) {
                List<Figure> parts = e.getValue();
                String sentence = sentences.get(e.getKey());
                double cov = scorer.coverage(wanted, sentence);
                if (parts.size() >= 2 && cov >= bestCov && scorer.coverage(Set.of(rarest), sentence) > 0) {
                    best = new Listing(r, paragraphs.apply(parts.get(0).paragraphId()), sentence, parts);
                    bestCov = cov;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
