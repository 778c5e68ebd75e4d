package com.reportqa.answer;

import com.reportqa.figures.RateResolver;
import com.reportqa.figures.RateResolver.Rate;
import com.reportqa.figures.RateWord;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.ShortYears;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * One place's rate in two years (枫桥镇的化解比例，24年的和述法里说的23年的比，哪年高), when one of them comes from a later
 * report's sentence on that year: the rate of each year ranked, the difference said.
 */
@Component
class RateYearsCompared implements Answerer {

    private final RateResolver resolver;
    private final Corpus corpus;

    RateYearsCompared(RateResolver resolver, Corpus corpus) {
        this.resolver = resolver;
        this.corpus = corpus;
    }

    /**
     * 枫桥镇的化解比例，24年的和述法里说的23年的比，哪年高: one place's rate in two years, each from the report on that
     * year or, lacking one, stated of it in a later report's sentence that names the year; ranked, the difference said.
     */
    @Override
    public Optional<Answer> answer(Question q) {
        Optional<RateWord> rate = RateAnswerer.rate(q);
        if (q.kind() != QuestionKind.COMPARE || q.placeGroups().size() != 1 || rate.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        Matcher named = YEAR_NAMED.matcher(ShortYears.expand(q.text()));
        while (named.find()) {
            years.add(Integer.parseInt(named.group(1)));
        }
        if (years.size() != 2) {
            return Optional.empty();
        }
        List<Report> reports = q.placeGroups().get(0);
        Ask ask = RateAnswerer.ask(q, rate.get());
        List<Rate> found = new ArrayList<>();
        for (int year : years) {
            // the report's own rate, not the one its sentence on the other year states
            Pattern other = Pattern.compile(years.stream().filter(x -> x != year).findFirst().orElseThrow() + "\\s*年");
            Optional<Rate> x = reports.stream().filter(r -> r.year() == year).findFirst()
                    .map(r -> resolver.resolve(rate.get(), ask, r, false, false,
                            f -> !other.matcher(f.sentence()).find()))
                    .orElseGet(() -> reports.stream().filter(r -> r.year() > year)
                            .sorted(Comparator.comparing(Report::year))
                            .map(r -> resolver.statedOfYear(rate.get(), r, year))
                            .flatMap(Optional::stream).findFirst());
            if (x.isEmpty()) {
                return Optional.empty();
            }
            found.add(x.get());
        }
        List<Integer> asked = List.copyOf(years);
        // a report of each year: the comparison of two reports' rates, answered as any other
        if (found.get(0).report().year() == asked.get(0) && found.get(1).report().year() == asked.get(1)) {
            return Optional.empty();
        }
        return Optional.of(yearsTable(q, rate.get(), asked, found));
    }

    private static final Pattern YEAR_NAMED = Pattern.compile("(20\\d{2})\\s*年");

    private Answer yearsTable(Question q, RateWord rate, List<Integer> years, List<Rate> found) {
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        List<Integer> order = found.get(0).percent().compareTo(found.get(1).percent()) >= 0 ? List.of(0, 1)
                : List.of(1, 0);
        StringBuilder table = new StringBuilder("| 排名 | 年份 | " + rate.head() + " | 原文 |\n|---|---|---|---|\n");
        int rank = 0;
        for (int i : order) {
            Rate x = found.get(i);
            int n = RateAnswerer.cite(corpus, citations, x);
            AnswerFigure f = RateAnswerer.figure(x, rate, n);
            figures.add(new AnswerFigure(f.value(), f.unit(), f.qualifier(), f.raw(), f.metric(), f.place(),
                    years.get(i), n, f.computed()));
            rank = rank > 0 && x.percent().compareTo(found.get(order.get(0)).percent()) == 0 ? rank : rank + 1;
            table.append("| ").append(rank).append(" | ").append(years.get(i)).append("年 | ").append(x.raw())
                    .append(" | “").append(RateAnswerer.quote(x)).append("”[").append(n).append("]")
                    .append(x.report().year() != years.get(i) ? "（出自" + x.report().shortLabel() + "报告）" : "")
                    .append(" |\n");
        }
        BigDecimal change = found.get(0).percent().subtract(found.get(1).percent());
        String place = found.get(0).report().place().name();
        String said = place + years.get(0) + "年" + rate.head() + found.get(0).percent().toPlainString() + "%，"
                + (change.signum() == 0 ? "与" + years.get(1) + "年（" + found.get(1).percent().toPlainString() + "%）持平。"
                : "比" + years.get(1) + "年（" + found.get(1).percent().toPlainString() + "%）"
                + (change.signum() > 0 ? "高" : "低") + change.abs().stripTrailingZeros().toPlainString() + "个百分点。");
        String note = found.stream().anyMatch(x -> !x.computed() && !x.stated().figure().clause().contains(rate.head()))
                ? "\n注：两年所用的比率名称不完全相同（如化解率与调解成功率），均按原文所写列出。" : "";
        return new Answer(null, q.text(), said + "\n\n" + table + note, Mode.NUMERIC, citations.list(), figures, null,
                null, null);
    }
}
