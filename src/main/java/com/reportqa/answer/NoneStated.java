package com.reportqa.answer;

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
                if (sentence.length() > ZERO_MAX_CHARS || !ZERO.matcher(sentence).find()
                        || COUNT.matcher(sentence).find()) {
                    continue;
                }
                double cov = scorer.coverage(wanted, sentence);
                if (cov >= ZERO_COVERAGE && (best == null || cov > best.score())) {
                    best = new ExtractiveAnswerer.Scored(report, p, s, e, cov);
                }
            }
        }
        return Optional.ofNullable(best);
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
                    Citations citations = new Citations();
                    ExtractiveAnswerer.Scored z = zero.get();
                    int n = citations.cite(r, z.paragraph(), z.text());
                    String text = "根据" + r.shortLabel() + "报告，报告写明：\n- " + z.text() + "[" + n + "]";
                    return Optional.of(new Answer(null, q.text(), text, Mode.EXTRACTIVE, citations.list(), List.of(),
                            null, null, null));
                }
            }
        }
        return Optional.empty();
    }
}
