package com.reportqa.answer;

import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.Sections;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a report states there was none of, in words (2024年健龙镇未颁布规范性文件): a zero a comparison can rank and
 * a numeric question can be answered with — only for the thing asked, never any sentence with a 无 or 未.
 */
final class NoneStated {

    /** A negation right before a word: 未颁布, 没有发生, 无…案件. */
    private static final Pattern ZERO = Pattern.compile("(未|没有|无)(?=\\p{IsHan})");
    /** Digits other than a year: a sentence stating a count is not a statement of none. */
    private static final Pattern COUNT = Pattern.compile("\\d+(?![\\d.]*\\s*年)");
    /** A zero stated in words must cover the thing compared this well (IDF-weighted words, synonyms counted). */
    static final double ZERO_COVERAGE = 0.75;
    private static final int ZERO_MAX_CHARS = 80;
    /** A clause of a sentence that also states counts (行政复议案件4件，无行政应诉案件): short, opening with the negation. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;。]");
    private static final Pattern CLAUSE_ZERO = Pattern.compile("^[均全并且也]{0,2}(未|没有|无)(?=\\p{IsHan})");
    private static final int CLAUSE_MAX_CHARS = 30;
    /** How much better a stated none must cover the ask than a figure found for it to replace that figure. */
    static final double CLEARLY_BETTER = 0.2;

    private final SentenceScorer scorer;

    NoneStated(SentenceScorer scorer) {
        this.scorer = scorer;
    }

    /**
     * A short sentence of the report stating that there was none of what is asked (2024年健龙镇未颁布规范性文件),
     * for a comparison that would otherwise say 未报告 and a numeric question no figure answers.
     */
    Optional<ExtractiveAnswerer.Scored> find(Ask ask, Report report, boolean future) {
        Set<String> wanted = scorer.words(ask.metric());
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        ExtractiveAnswerer.Scored best = null;
        for (Paragraph p : report.paragraphs()) {
            if (!p.content() || Sections.isPlan(report, p) != future) {
                continue;
            }
            for (int[] span : ExtractiveAnswerer.sentences(p)) {
                int s = span[0];
                int e = span[1];
                String sentence = p.text().substring(s, e);
                if (!ZERO.matcher(sentence).find()) {
                    continue;
                }
                if (sentence.length() <= ZERO_MAX_CHARS && !COUNT.matcher(sentence).find()) {
                    best = better(best, new ExtractiveAnswerer.Scored(report, p, s, e,
                            scorer.coverage(wanted, sentence)));
                    continue;
                }
                // 2023年我镇行政复议案件4件，无行政应诉案件: the none is one clause of a sentence stating counts
                int from = s;
                var end = CLAUSE_END.matcher(p.text()).region(s, e);
                while (from < e) {
                    int to = end.find() ? end.end() : e;
                    String clause = p.text().substring(from, to);
                    if (clause.length() <= CLAUSE_MAX_CHARS && CLAUSE_ZERO.matcher(clause.strip()).find()
                            && !COUNT.matcher(clause).find()) {
                        best = better(best, new ExtractiveAnswerer.Scored(report, p, from, to,
                                scorer.coverage(wanted, clause)));
                    }
                    from = to;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static ExtractiveAnswerer.Scored better(ExtractiveAnswerer.Scored best, ExtractiveAnswerer.Scored next) {
        // equal cover: the shorter statement adds no other thing (无行政应诉案件, not 无行政诉讼败诉案件)
        return next.score() >= ZERO_COVERAGE && (best == null || next.score() > best.score()
                || next.score() == best.score() && next.text().length() < best.text().length()) ? next : best;
    }

    /**
     * The report's statement of none that covers the ask clearly better than the figure found for it: asked
     * 行政应诉案件, the sentence 行政复议案件4件，无行政应诉案件 answers 0, not 4.
     */
    Optional<ExtractiveAnswerer.Scored> over(Ask ask, FigureMatch found, boolean future) {
        Optional<ExtractiveAnswerer.Scored> zero = find(ask, found.report(), future);
        if (zero.isEmpty()) {
            return zero;
        }
        double figure = scorer.coverage(scorer.words(ask.metric()), FigureAnswers.quote(found.figure()));
        return zero.filter(z -> z.score() >= figure + CLEARLY_BETTER);
    }

    /** The answer a stated none gives: the sentence or clause, cited. */
    static Answer answer(Question q, ExtractiveAnswerer.Scored z) {
        Citations citations = new Citations();
        int n = citations.cite(z.report(), z.paragraph(), z.text());
        String text = "根据" + z.report().shortLabel() + "报告，报告写明：\n- " + z.text() + "[" + n + "]";
        return new Answer(null, q.text(), text, Mode.EXTRACTIVE, citations.list(), List.of(), null, null, null);
    }

    /**
     * A numeric question no figure answers, answered by the report's own statement that there was none
     * (2024年健龙镇未颁布规范性文件) — and only by such a statement about the thing asked.
     */
    Optional<Answer> answer(Question q) {
        for (Ask ask : q.asks()) {
            for (Report r : q.scope().subList(0, Math.min(q.scope().size(), CompareAnswerer.CHECKED_PLACES))) {
                Optional<ExtractiveAnswerer.Scored> zero = find(ask, r, q.future());
                if (zero.isPresent()) {
                    return Optional.of(answer(q, zero.get()));
                }
            }
        }
        return Optional.empty();
    }
}
