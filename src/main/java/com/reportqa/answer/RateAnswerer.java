package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.RateResolver;
import com.reportqa.figures.RateResolver.Rate;
import com.reportqa.figures.RateWord;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Rate questions (调解成功率谁高, 江口镇信访化解率是多少): rates are compared with rates, never with counts; a place
 * that states none gets one computed from two counts it states for the same thing, marked as computed with both
 * counts cited, or 未报告.
 */
@Component
class RateAnswerer {

    /** A question the parser left as a fact that still compares places (各地的办结率比一比). */
    private static final Pattern COMPARES = Pattern.compile("比一比|比较|对比|谁高|谁低|哪个高|哪个低|哪里高|排名|排序|各地|各镇");

    private final RateResolver resolver;
    private final Corpus corpus;

    RateAnswerer(RateResolver resolver, Corpus corpus) {
        this.resolver = resolver;
        this.corpus = corpus;
    }

    /** A rate compared across places (各地的办结率比一比), answered here instead of ranking the counts near it. */
    Optional<Answer> comparison(Question q) {
        return compares(q) ? Optional.of(compare(q)) : Optional.empty();
    }

    /** Whether this is a comparison of a rate across places, to be answered here instead of ranking counts. */
    boolean compares(Question q) {
        if (q.scope().size() < 2 || q.asks().size() > 1 || rate(q).isEmpty()) {
            return false;
        }
        return q.kind() == QuestionKind.COMPARE
                || q.kind() == QuestionKind.FACT && COMPARES.matcher(q.text()).find();
    }

    /** A one-place rate question no stated percentage answered: a rate computed from two counts, if any. */
    Optional<Answer> single(Question q) {
        Optional<RateWord> rate = rate(q);
        // a rate of no countable action may still be said as 零 (零败诉 → 败诉率 0%)
        if (rate.isEmpty() || q.asks().size() > 1 || !rate.get().computable() && !rate.get().head().endsWith("率")) {
            return Optional.empty();
        }
        Ask ask = ask(q, rate.get());
        for (Report r : q.scope()) {
            Optional<Rate> found = resolver.resolve(rate.get(), ask, r, q.future());
            if (found.isPresent()) {
                Citations citations = new Citations();
                Rate x = found.get();
                int n = cite(citations, x);
                String text = "**" + x.raw() + "**。" + r.shortLabel() + "报告"
                        + (!x.computed() ? "原文：“" : x.inWords() ? "没有写出" + rate.get().head()
                                + "的数字，以上按原文所写的" + x.numerator().raw() + "得出：“"
                                : "没有直接写明" + rate.get().head() + "，以上按原文的两个数字计算：“")
                        + quote(x) + "”[" + n + "]";
                return Optional.of(new Answer(null, q.text(), text, Mode.NUMERIC, citations.list(),
                        List.of(figure(x, rate.get(), n)), null, null, null));
            }
        }
        return Optional.empty();
    }

    /** The comparison: stated and computed rates ranked, 未报告 for the rest; no answer when no place has one. */
    Answer compare(Question q) {
        RateWord rate = rate(q).orElseThrow();
        Ask ask = ask(q, rate);
        List<Rate> found = new ArrayList<>();
        List<Report> missing = new ArrayList<>();
        for (Report r : q.scope()) {
            resolver.resolve(rate, ask, r, q.future()).ifPresentOrElse(found::add, () -> missing.add(r));
        }
        if (found.isEmpty()) {
            return new Answer(null, q.text(), "报告中没有写明" + rate.phrase() + (rate.computable()
                    ? "，也没有同一句中可用于计算的受理数和" + rate.phrase().replaceFirst("率$", "") + "数" : "")
                    + "（已查阅 " + q.scope().size() + " 份报告）。", Mode.NO_ANSWER, List.of(), List.of(), null, null,
                    null);
        }
        // a stable sort: places with the same rate keep the question's order, and rank together
        found.sort(Comparator.comparing(Rate::percent).reversed());
        List<Rate> shown = found.subList(0, Math.min(found.size(), CompareAnswerer.SHOWN_ROWS));
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        StringBuilder table = new StringBuilder("| 排名 | 地方 | 年度 | " + rate.head() + " | 原文 |\n|---|---|---|---|---|\n");
        int rank = 0;
        for (int i = 0; i < shown.size(); i++) {
            Rate x = shown.get(i);
            rank = i > 0 && x.percent().compareTo(shown.get(i - 1).percent()) == 0 ? rank : i + 1;
            int n = cite(citations, x);
            figures.add(figure(x, rate, n));
            table.append("| ").append(rank).append(" | ").append(x.report().place().name()).append(" | ")
                    .append(x.report().year()).append(" | ").append(x.raw()).append(" | “").append(quote(x))
                    .append("”[").append(n).append("] |\n");
        }
        for (Report r : missing.size() <= CompareAnswerer.LISTED_MISSING ? missing : List.<Report>of()) {
            table.append("| — | ").append(r.place().name()).append(" | ").append(r.year())
                    .append(" | 未报告 | 报告中没有这一比率，也没有可据以计算的数字 |\n");
        }
        Rate top = shown.get(0);
        StringBuilder text = new StringBuilder();
        if (shown.size() > 1) {
            long tied = shown.stream().filter(x -> x.percent().compareTo(top.percent()) == 0).count();
            text.append(tied > 1 ? "按报告所载比率，" + tied + " 个地方并列最高（" + top.percent().toPlainString() + "%）。\n\n"
                    : "按报告所载比率，" + top.report().place().name() + "最高（" + top.percent().toPlainString()
                            + "%）。\n\n");
        }
        text.append(table);
        if (missing.size() > CompareAnswerer.LISTED_MISSING) {
            text.append("\n另有 ").append(missing.size()).append(" 个地方的报告中没有这一比率。");
        }
        if (shown.stream().anyMatch(x -> x.computed() && !x.inWords())) {
            text.append("\n注：标有“计算”的比率报告没有直接写明，由同一句中的两个数字相除得出，保留一位小数。");
        }
        if (shown.stream().anyMatch(Rate::inWords)) {
            text.append("\n注：标有“报告写明”的比率报告没有写出数字，由原文的文字（如“均已调解成功”“零败诉”）得出。");
        }
        if (shown.stream().map(x -> x.report().year()).distinct().count() > 1) {
            text.append("\n注意：各报告年度不同，比率不完全可比。");
        }
        return new Answer(null, q.text(), text.toString().strip(), Mode.NUMERIC, citations.list(), figures, null,
                null, null);
    }

    private static Optional<RateWord> rate(Question q) {
        return RateWord.of(q.topic()).or(() -> q.asks().isEmpty() ? Optional.empty()
                : RateWord.of(q.asks().get(0).metric()));
    }

    /** The question's ask, or for a question the parser gave no ask (各地的办结率比一比) the rate's own words. */
    private static Ask ask(Question q, RateWord rate) {
        return q.asks().isEmpty() ? new Ask(rate.phrase(), "", Set.of("%")) : q.asks().get(0);
    }

    private int cite(Citations citations, Rate x) {
        Figure f = x.computed() ? x.numerator() : x.stated().figure();
        Paragraph p = corpus.snapshot().paragraphs().get(f.paragraphId());
        // one quote holding both counts: the numerator's context runs from the sentence start over the denominator
        return citations.cite(x.report(), p, x.computed() ? quote(x) : f.raw());
    }

    private static String quote(Rate x) {
        return x.computed() ? x.numerator().context().strip() : FigureAnswers.quote(x.stated().figure());
    }

    private static AnswerFigure figure(Rate x, RateWord rate, int citation) {
        if (!x.computed()) {
            return FigureAnswers.figure(x.stated(), citation);
        }
        return new AnswerFigure(x.percent(), "%", null, x.raw(), rate.head(), x.report().place().display(),
                x.report().year(), citation, true);
    }
}
