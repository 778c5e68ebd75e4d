package com.reportqa.answer;

import com.reportqa.figures.TimeSpans;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.DurationAsk;
import com.reportqa.question.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers 多久/多长时间/几个工作日 questions with the span or frequency stated in the sentence about the thing
 * asked (法治工作例会 … 每季度召开), cited — never with a count of 件 or 人 from the same sentence.
 */
final class DurationAnswerer {

    /** The sentence must be about the thing asked this well (IDF-weighted words) to answer for it. */
    static final double COVERAGE = 0.5;
    static final double WEAK_COVERAGE = 0.9;
    private static final int MAX_REPORTS = 5;

    private final SentenceScorer scorer;

    DurationAnswerer(SentenceScorer scorer) {
        this.scorer = scorer;
    }

    Optional<Answer> answer(Question q) {
        if (!DurationAsk.asks(q.text())) {
            return Optional.empty();
        }
        Set<String> wanted = scorer.words(DurationAsk.subject(stripPlaces(q)));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        // the rarest word names the thing asked (例会, 到场): a sentence without it is about something else
        String rarest = RarestWord.of(wanted, q.scope(), scorer).orElse(null);
        if (rarest == null) {
            return Optional.empty();
        }
        Found best = null;
        for (ScopedSentence candidate : ScopedSentence.of(q, MAX_REPORTS)) {
            String sentence = candidate.text();
            List<TimeSpans.Span> spans = TimeSpans.find(sentence);
            if (spans.isEmpty() || scorer.coverage(Set.of(rarest), sentence) == 0) {
                continue;
            }
            double cov = scorer.coverage(wanted, sentence);
            boolean precise = spans.stream().anyMatch(s -> !s.weak());
            // a precise span beats 定期 at the same coverage
            double score = cov + (precise ? 0.01 : 0);
            // 定期/常态化 alone names no period: only from a sentence squarely about the thing
            if (cov >= (precise ? COVERAGE : WEAK_COVERAGE) && (best == null || score > best.score)) {
                best = new Found(candidate.report(), candidate.paragraph(), candidate.start(), candidate.end(), spans,
                        score);
            }
        }
        return Optional.ofNullable(best).map(f -> f.answer(q));
    }

    /** Places were blanked out when the question was parsed; the raw text still has them, which match no sentence. */
    private static String stripPlaces(Question q) {
        String text = q.text();
        for (String place : q.places()) {
            text = text.replace(place, " ");
        }
        return text.replaceAll("20\\d{2}\\s*年度?|去年|今年|前年", " ");
    }

    private record Found(Report report, Paragraph paragraph, int start, int end, List<TimeSpans.Span> spans,
            double score) {

        Answer answer(Question q) {
            Citations citations = new Citations();
            String sentence = paragraph.text().substring(start, end).strip();
            int n = citations.cite(report, paragraph, sentence);
            List<String> stated = spans.stream().filter(s -> !s.weak()).map(TimeSpans.Span::text).distinct().toList();
            if (stated.isEmpty()) {
                // 定期 names no period: the honest answer to 多久一次 is that the report does not say, with what it does
                String vague = String.join("、", spans.stream().map(TimeSpans.Span::text).distinct().toList());
                String text = "报告没有写明具体的时间或频次，只说“" + vague + "”。" + report.shortLabel() + "报告原文：“"
                        + sentence + "”[" + n + "]";
                return new Answer(null, q.text(), text, Mode.NO_ANSWER, citations.list(), List.of(), null, null, null);
            }
            String text = "**" + String.join("、", stated) + "**。" + report.shortLabel() + "报告原文：“" + sentence
                    + "”[" + n + "]";
            return new Answer(null, q.text(), text, Mode.EXTRACTIVE, citations.list(), List.of(), null, null, null);
        }
    }
}
