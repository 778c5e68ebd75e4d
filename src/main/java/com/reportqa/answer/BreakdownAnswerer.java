package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.BreakdownAsk;
import com.reportqa.question.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Answers a total asked with its parts (新任命的干部几人宣誓？各是什么职务？) from the one sentence that lists the
 * parts with their figures (1名副镇长、7名二级机构负责人、1名公务员): every part with its figure, and the total only
 * when the report states it — otherwise 未写明, never a sum the report does not make.
 */
final class BreakdownAnswerer {

    /** The sentence must hold the rarest asked word (宣誓) and this share of the rest (新任命的干部 is 新当选的副镇长). */
    static final double COVERAGE = 0.3;
    private static final Pattern TOTAL = Pattern.compile("(?:共计?|合计|累计|总计)\\s*$");

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
        Set<String> wanted = scorer.words(total.metric()); // the context holds the parts asked (职务), not the total
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        // the rarest asked word the reports use at all (宣誓): 新任命, which they never write, cannot decide
        String rarest = RarestWord.of(wanted, q.scope(), scorer).orElse(null);
        if (rarest == null) {
            return Optional.empty();
        }
        List<Figure> best = List.of();
        Report from = null;
        double bestCov = COVERAGE;
        for (Report r : q.scope()) {
            Map<String, List<Figure>> bySentence = new LinkedHashMap<>();
            for (Figure f : figures.apply(r)) {
                if (f.plan() == q.future() && (total.units().isEmpty() || total.units().contains(f.unit()))) {
                    bySentence.computeIfAbsent(f.paragraphId() + "|" + f.sentence(), k -> new ArrayList<>()).add(f);
                }
            }
            for (List<Figure> parts : bySentence.values()) {
                double cov = scorer.coverage(wanted, parts.get(0).sentence());
                if (parts.size() >= 2 && cov >= bestCov
                        && scorer.coverage(Set.of(rarest), parts.get(0).sentence()) > 0) {
                    best = parts;
                    from = r;
                    bestCov = cov;
                }
            }
        }
        if (from == null) {
            return Optional.empty();
        }
        Figure first = best.get(0);
        Paragraph p = paragraphs.apply(first.paragraphId());
        Citations citations = new Citations();
        String sentence = first.sentence().strip();
        int n = citations.cite(from, p, sentence);
        StringBuilder text = new StringBuilder("根据" + from.shortLabel() + "报告：\n");
        Optional<Figure> stated = best.stream().filter(f -> TOTAL.matcher(before(p, f)).find()).findFirst();
        String label = total.metric().isBlank() ? "合计" : "合计（" + total.metric().replace(" ", "") + "）";
        text.append("- ").append(label).append("：")
                .append(stated.map(f -> "**" + f.raw() + "**").orElse("报告中未写明")).append("\n");
        for (Figure f : best) {
            if (stated.isPresent() && stated.get() == f) {
                continue;
            }
            text.append("- ").append(f.metric().isBlank() ? "所列一项" : f.metric()).append("：**").append(f.raw())
                    .append("**\n");
        }
        text.append("\n原文：“").append(sentence).append("”[").append(n).append("]");
        List<AnswerFigure> shown = List.of();
        return Optional.of(new Answer(null, q.text(), text.toString(), Mode.NUMERIC, citations.list(), shown, null,
                null, null));
    }

    /** The few characters before a figure in its paragraph: 共计 there marks the stated total. */
    private static String before(Paragraph p, Figure f) {
        return p == null ? "" : p.text().substring(Math.max(0, f.start() - 4), f.start());
    }
}
