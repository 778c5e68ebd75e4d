package com.reportqa.answer;

import com.reportqa.figures.TimeSpans;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.AskerPreamble;
import com.reportqa.question.DurationAsk;
import com.reportqa.question.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Answers 多久/多长时间/几个工作日 questions with the span or frequency stated in the sentence about the thing
 * asked (法治工作例会 … 每季度召开), cited — never with a count of 件 or 人 from the same sentence.
 */
final class DurationAnswerer {

    /** The sentence must be about the thing asked this well (IDF-weighted words) to answer for it. */
    static final double COVERAGE = 0.5;
    static final double WEAK_COVERAGE = 0.9;
    private static final int MAX_REPORTS = 5;

    private static final Pattern OBJECT_AFTER = Pattern.compile(
            "(?:多久|多长时间|多长的?时间)(?:要|会)?(?:开|召开|搞|组织|举行|举办|开展)(?:一次|一回)(\\p{IsHan}{2,})");

    private final SentenceScorer scorer;

    DurationAnswerer(SentenceScorer scorer) {
        this.scorer = scorer;
    }

    Optional<Answer> answer(Question q) {
        if (!DurationAsk.asks(q.text())) {
            return Optional.empty();
        }
        Optional<Answer> several = several(q);
        if (several.isPresent()) {
            return several;
        }
        Set<String> wanted = scorer.words(DurationAsk.subject(stripPlaces(q)));
        // 党政主要负责人多长时间开一次法治政府建设专题会: what recurs is named after the verb; who holds it before
        Matcher object = OBJECT_AFTER.matcher(stripPlaces(q));
        Set<String> recurring = object.find() ? scorer.words(object.group(1)) : Set.of();
        wanted = recurring.size() >= 2 ? recurring : wanted;
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        // 纪律作风、职业操守这类培训: the examples only say which 培训; the report may give others
        Set<String> examples = scorer.words(examples(DurationAsk.subject(stripPlaces(q))));
        Set<String> core = new LinkedHashSet<>(wanted);
        core.removeAll(examples);
        if (!examples.isEmpty() && !core.isEmpty()) {
            wanted = core;
        } else {
            examples = Set.of();
        }
        // 党政主要负责人抓法治政府建设，专题会多长时间开一次: the clause that asks names the thing that recurs; the
        // clauses before it only say whose it is
        String asking = Arrays.stream(stripPlaces(q).split("[，,：:；;]")).filter(DurationAsk::asks).findFirst()
                .map(DurationAsk::subject).orElse("");
        Set<String> own = scorer.words(asking).stream().filter(wanted::contains)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        // 研判会，多久开一回: an asking clause of one word (开一回) names nothing; the whole question does
        boolean named = own.size() >= 2;
        own = named ? own : wanted;
        AskingClause clause = new AskingClause(own, named ? head(asking) : "");
        // the rarest word names the thing asked (例会, 到场): a sentence without it is about something else
        String rarest = RarestWord.of(own, q.scope(), scorer).orElse(null);
        if (rarest == null) {
            return Optional.empty();
        }
        List<Set<String>> items = examples.isEmpty() ? items(DurationAsk.subject(stripPlaces(q))) : List.of();
        Found best = best(ScopedSentence.of(q, MAX_REPORTS), wanted, rarest, items, examples, clause);
        if (best == null) {
            // 建设目标里…多长时间内 reads as a plan question, yet the period is stated among what was done
            best = best(ScopedSentence.ofOtherTense(q, MAX_REPORTS), wanted, rarest, items, examples, clause);
            if (best != null) {
                return Optional.of(best.answer(q, q.future() ? "（报告的下一步安排中没有写明，以下是已开展工作中的表述）"
                        : "（以下是报告中下一步安排的表述）"));
            }
        }
        return Optional.ofNullable(best).map(f -> f.answer(q, ""));
    }

    /**
     * 啥时候听汇报，企业多久走访一次: a message asking the time of two things answers each from its own sentence;
     * empty unless at least two of them are found.
     */
    private Optional<Answer> several(Question q) {
        List<String> parts = Arrays.stream(stripPlaces(q).split("[？?，,；;]")).filter(DurationAsk::asks).toList();
        if (parts.size() < 2) {
            return Optional.empty();
        }
        List<Found> found = new ArrayList<>();
        for (String part : parts) {
            Set<String> wanted = scorer.words(DurationAsk.subject(part));
            String rarest = wanted.isEmpty() ? null : RarestWord.of(wanted, q.scope(), scorer).orElse(null);
            Found f = rarest == null ? null
                    : best(ScopedSentence.of(q, MAX_REPORTS), wanted, rarest, List.of(), Set.of(),
                            new AskingClause(wanted, head(DurationAsk.subject(part))));
            if (f != null && found.stream().noneMatch(x -> x.paragraph() == f.paragraph() && x.start() == f.start())) {
                found.add(f);
            }
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        Citations citations = new Citations();
        StringBuilder text = new StringBuilder("根据" + found.get(0).report().shortLabel() + "报告：\n");
        for (Found f : found) {
            String sentence = f.paragraph().text().substring(f.start(), f.end()).strip();
            int n = citations.cite(f.report(), f.paragraph(), sentence);
            String spans = String.join("、", f.spans().stream().map(DurationAnswerer::said).distinct().toList());
            text.append("- **").append(spans).append("**。原文：“").append(sentence).append("”[").append(n).append("]\n");
        }
        return Optional.of(new Answer(null, q.text(), text.toString().strip(), Mode.EXTRACTIVE, citations.list(),
                List.of(), null, null, null));
    }

    private static final int FIRST_ITEM_CHARS = 4;

    /** 预警、响应、行动处置各要多长时间: the words of each thing the question lists, when it lists two or more. */
    private List<Set<String>> items(String subject) {
        for (String clause : subject.split("[，,；;：:？?\\s]")) {
            String[] pieces = clause.split("、");
            if (pieces.length >= 2 && pieces[0].length() > FIRST_ITEM_CHARS) {
                // 智慧平台预警、响应: what comes before the first item is the subject they share
                pieces[0] = pieces[0].substring(pieces[0].length() - FIRST_ITEM_CHARS / 2);
            }
            List<Set<String>> items = Arrays.stream(pieces).map(scorer::words).filter(w -> !w.isEmpty()).toList();
            if (items.size() >= 2) {
                return items;
            }
        }
        return List.of();
    }

    /** What the question gives as examples of the thing: the 、-list before 这类/之类 (纪律作风、职业操守这类培训). */
    private static final Pattern EXAMPLES = Pattern.compile(
            "([\\p{IsHan}、]+、[\\p{IsHan}]+)(?:这类|这一类|这些|这种|之类的?|一类的?|等)");

    private static String examples(String subject) {
        Matcher m = EXAMPLES.matcher(subject);
        if (!m.find()) {
            return "";
        }
        String[] pieces = m.group(1).split("、");
        // 给执法队伍上纪律作风: the words before the first example are the subject they share
        pieces[0] = pieces[0].substring(Math.max(0, pieces[0].length() - FIRST_ITEM_CHARS));
        return String.join(" ", pieces);
    }

    /**
     * @param examples words the question gave as examples: they rank sentences about the thing, never exclude one
     * @param asking   the clause that asks: a vague 定期 answers only from a sentence holding all its words, and a
     *                 sentence naming its thing verbatim (法治政府建设专题会) comes first
     */
    private Found best(List<ScopedSentence> sentences, Set<String> wanted, String rarest, List<Set<String>> items,
            Set<String> examples, AskingClause asking) {
        Found best = null;
        for (ScopedSentence candidate : sentences) {
            String sentence = candidate.text();
            List<TimeSpans.Span> spans = TimeSpans.find(sentence);
            if (spans.isEmpty() || scorer.coverage(Set.of(rarest), sentence) == 0) {
                continue;
            }
            double cov = scorer.coverage(wanted, sentence);
            boolean precise = spans.stream().anyMatch(s -> !s.weak());
            // a precise span beats 定期 at the same coverage
            double score = cov + (precise ? 0.01 : 0) + (asking.named(sentence) ? HEAD_BONUS : 0)
                    + (examples.isEmpty() ? 0 : 0.05 * scorer.coverage(examples, sentence));
            // 定期/常态化 alone names no period: only from a sentence squarely about the thing
            // the thing the asking clause names, verbatim and whole, is what the sentence is about
            boolean named = asking.named(sentence) && scorer.coverage(asking.words(), sentence) >= 1.0;
            boolean about = precise ? cov >= COVERAGE || named : cov >= WEAK_COVERAGE && named;
            if (about && (best == null || score > best.score)) {
                best = new Found(candidate.report(), candidate.paragraph(), candidate.start(), candidate.end(),
                        attached(spans, sentence, wanted, items), score);
            }
        }
        return best;
    }

    /**
     * The spans whose own clause is about the thing asked: 一分钟应急预警,十分钟应急响应,半小时行动处置 answers
     * 多长时间内行动处置 with 半小时 alone. A clause is the span and the words around it up to a pause; spans whose
     * clause shares clearly fewer of the question's words than the best one are dropped. When no clause names the
     * thing, the sentence as a whole is about it and every span stays. A question listing the things (预警、响应、
     * 行动处置各要多长时间) keeps every span whose clause names one of them.
     */
    private List<TimeSpans.Span> attached(List<TimeSpans.Span> spans, String sentence, Set<String> wanted,
            List<Set<String>> items) {
        if (spans.size() < 2) {
            return spans;
        }
        // the question lists what it asks the spans of: each span whose clause names one of them is an answer
        List<TimeSpans.Span> listed = spans.stream().filter(span -> items.stream()
                .anyMatch(item -> scorer.coverage(item, clauseOf(span, sentence)) >= COVERAGE)).toList();
        if (listed.size() >= 2) {
            return listed;
        }
        double[] cov = new double[spans.size()];
        double max = 0;
        for (int i = 0; i < spans.size(); i++) {
            cov[i] = scorer.coverage(wanted, clauseOf(spans.get(i), sentence));
            max = Math.max(max, cov[i]);
        }
        if (max == 0) {
            return spans;
        }
        List<TimeSpans.Span> kept = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (cov[i] > max / 2) {
                kept.add(spans.get(i));
            }
        }
        return kept;
    }

    /** 每季度 is said with what it counts, 每季度（1次/季度）, so that the times per period are read, not guessed. */
    private static String said(TimeSpans.Span span) {
        return span.amount().filter(a -> a.unit().startsWith("次/"))
                .map(a -> span.text() + "（" + (a.qualifier() == null ? "" : a.qualifier())
                        + a.value().stripTrailingZeros().toPlainString() + a.unit() + "）")
                .orElse(span.text());
    }

    private static String clauseOf(TimeSpans.Span span, String sentence) {
        int from = span.start();
        while (from > 0 && PAUSES.indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        int to = span.end();
        while (to < sentence.length() && PAUSES.indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        return sentence.substring(from, to);
    }

    /** The words of the clause that asks, and the last three characters of the thing it names (专题会). */
    private record AskingClause(Set<String> words, String head) {
        boolean named(String sentence) {
            return head.length() == HEAD_CHARS && sentence.contains(head);
        }
    }

    private static final int HEAD_CHARS = 3;
    private static final double HEAD_BONUS = 0.3;

    private static String head(String subject) {
        String han = subject.replaceAll("[^\\p{IsHan}]", "");
        return han.substring(Math.max(0, han.length() - HEAD_CHARS));
    }

    private static final String PAUSES = ",，;；。、:：!！?？";

    /** Places were blanked out when the question was parsed; the raw text still has them, which match no sentence. */
    private static String stripPlaces(Question q) {
        String text = AskerPreamble.strip(q.text());
        for (String place : q.places()) {
            text = text.replace(place, " ");
        }
        return text.replaceAll("20\\d{2}\\s*年度?|去年|今年|前年", " ");
    }

    private record Found(Report report, Paragraph paragraph, int start, int end, List<TimeSpans.Span> spans,
            double score) {

        /** @param tenseNote said first when the sentence is of the other tense than the question */
        Answer answer(Question q, String tenseNote) {
            Citations citations = new Citations();
            String sentence = paragraph.text().substring(start, end).strip();
            int n = citations.cite(report, paragraph, sentence);
            List<String> stated = spans.stream().filter(s -> !s.weak()).map(DurationAnswerer::said).distinct().toList();
            if (stated.isEmpty()) {
                // 定期 names no period: the honest answer to 多久一次 is that the report does not say, with what it does
                String vague = String.join("、", spans.stream().map(TimeSpans.Span::text).distinct().toList());
                String text = "报告没有写明具体的时间或频次，只说“" + vague + "”。" + report.shortLabel() + "报告原文：“"
                        + sentence + "”[" + n + "]";
                return new Answer(null, q.text(), text, Mode.NO_ANSWER, citations.list(), List.of(), null, null, null);
            }
            String text = "**" + String.join("、", stated) + "**" + tenseNote + "。" + report.shortLabel() + "报告原文：“" + sentence
                    + "”[" + n + "]";
            // a span (30分钟内, 半小时) is a figure like any other, and so is a frequency (每季度: once a quarter)
            List<AnswerFigure> figures = new ArrayList<>();
            for (TimeSpans.Span span : spans) {
                span.amount().ifPresent(a -> figures.add(new AnswerFigure(a.value(), a.unit(), a.qualifier(),
                        span.text(), clauseOf(span, sentence), report.place().displayOrPending(), report.year(), n)));
            }
            Mode mode = figures.isEmpty() ? Mode.EXTRACTIVE : Mode.NUMERIC;
            return new Answer(null, q.text(), text, mode, citations.list(), figures, null, null, null);
        }
    }
}
