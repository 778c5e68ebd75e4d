package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.MeasureWords;
import com.reportqa.question.Question;
import com.reportqa.question.ShortYears;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 党委会议研究法治工作的次数，2024年跟2023年比是多了还是少了: one place's figure in two years, each from the report on
 * that year or, lacking one, from a later report's sentence that names the year (2023年全年…9次), ranked, with the
 * change worked out and said to be.
 */
@Component
class YearsCompared implements Answerer {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    /**
     * Both figures or the direction asked; 比2023年增加了多少 asks the change the report states (较上年增加38件) and is
     * left to the figures.
     */
    private static final Pattern COMPARES = Pattern.compile(
            "多了还是少了|少了还是多了|增加还是减少|减少还是增加|增了还是减了|升还是降|涨还是跌|高了还是低了|哪年|哪一年"
                    + "|有什么变化|变化(?:情况|如何|怎么样|大不大)|各\\p{IsHan}{0,10}?(?:多少|几)|分别(?:是|有|为)?(?:多少|几)"
                    // 2024年办了多少件？2023年是多少？: each year asked in a question of its own
                    + "|20\\d{2}\\s*年[^？?]{0,30}?(?:多少|几)[^？?]{0,12}[？?]"
                    + "[^？?\\d]{0,10}?20\\d{2}\\s*年[^？?]{0,12}?(?:多少|几)");
    /** 同比涨了多少, 增幅多少: an ask of the change itself, which names no thing of its own. */
    private static final Pattern CHANGE_ONLY = Pattern.compile(
            "^(?:同比|较上年|比上年|与上年相比)?\\s*(?:增长|增加|上涨|涨|增幅|下降|减少|降|变化)(?:幅度|率|了)?$");

    /** 比2023年多了多少件: the change asked, worked out when the report states none (受理量有所上升). */
    private static final Pattern CHANGE_ASKED = Pattern.compile(
            "比(?:20\\d{2}\\s*年度?|上一?年|去年)[^，,。？?]{0,12}?(?:增加|减少|多|少|涨|降)了?(?:多少|几)"
                    // 2024年多少件？2023年是多少件？多了几件: the change asked in a clause of its own
                    + "|(?<=[，,？?。]|^)\\s*(?:多|少|增加|减少)了?(?:多少|几)");
    /** 比23年多: the comparing words and the year compared with, no part of the thing counted. */
    private static final Pattern CHANGE_WORDS = Pattern.compile(
            "比(?:20)?\\d{2}\\s*年度?(?:[多少涨降]|增加|减少)?|比|增加|减少|(?<=\\s|^)[多少涨降](?=\\s|$)");
    /** 比23年多了百分之多少, 增幅多少: the change asked as a share of the earlier year's figure. */
    private static final Pattern PERCENT_ASKED = Pattern.compile(
            "(?:增加|减少|多|少|涨|降|增长|下降|提高|上升)了?(?:百分之多少|百分之几|多少个?百分点|几个百分点|多少%)"
                    + "|(?:增幅|降幅|涨幅|增长率|增长幅度|变化幅度)(?:是|为|有)?(?:多少|几)");
    /** A figure that is itself a change (较上年增加38件, 同比下降40%): the report states what is asked. */
    private static final Pattern STATED_CHANGE = Pattern.compile("(?:较|比|同比|相比)[^，,。；;]{0,12}(?:增|减|上升|下降|降|涨|多|少)");

    private final FigureFinder finder;
    private final Function<String, Paragraph> paragraphs;

    @Autowired
    YearsCompared(FigureFinder finder, Corpus corpus) {
        this(finder, id -> corpus.snapshot().paragraphs().get(id));
    }

    YearsCompared(FigureFinder finder, Function<String, Paragraph> paragraphs) {
        this.finder = finder;
        this.paragraphs = paragraphs;
    }

    private record InYear(int year, FigureMatch match) {
    }

    @Override
    public Optional<Answer> answer(Question q) {
        // 2024年受理、审结各多少？2023年受理了多少？: several things asked, each of its own year, are figures to list
        // 2024年受理矛盾纠纷多少件？2023年受理了多少: an ask whose words another ask holds is that thing again
        List<Ask> named = q.asks().stream().filter(YearsCompared::namesAThing).toList();
        long things = named.stream().filter(a -> named.stream().noneMatch(b -> holdsMore(b, a))).count();
        String said = ShortYears.expand(q.text());
        boolean percent = PERCENT_ASKED.matcher(said).find();
        boolean change = percent || CHANGE_ASKED.matcher(said).find();
        if (q.placeGroups().size() != 1 || things != 1 || !COMPARES.matcher(q.text()).find() && !change) {
            return Optional.empty();
        }
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        // 24年比23年: the years as officials shorten them
        Matcher y = YEAR.matcher(said);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        if (years.size() != 2) {
            return Optional.empty();
        }
        Ask asked = q.asks().stream().filter(YearsCompared::namesAThing).findFirst().orElseThrow();
        // 多了百分之多少: the two years' figures are counts, whatever unit the change is asked in
        Ask ask = change ? new Ask(CHANGE_WORDS.matcher(asked.metric()).replaceAll(" ").strip(), asked.context(),
                percent ? Set.of() : asked.units(), asked.written()) : asked;
        List<Report> reports = q.placeGroups().get(0);
        // 较上年增加38件: the change is stated, and answered as it is; asked in percent, it is worked out from the two
        // years' counts (a percentage of another thing, 行政复议同比增长50%, is no answer to it)
        if (change && !percent && reports.stream().map(r -> finder.find(List.of(asked), List.of(r), q.future()).get(0))
                .flatMap(Optional::stream).anyMatch(m -> STATED_CHANGE.matcher(m.figure().clause()).find())) {
            return Optional.empty();
        }

        List<InYear> found = new ArrayList<>();
        for (int year : years) {
            Optional<FigureMatch> m = of(ask, reports, year, q.future());
            if (!found.isEmpty() && (m.isEmpty() || m.get().figure() == found.get(0).match().figure())) {
                // the later figure's sentence naming the earlier year is no figure of that year; the one it is
                // measured against is
                Optional<FigureMatch> base = statedBase(ask, found.get(0).match(), year);
                m = base.isPresent() ? base : m;
            }
            if (m.isEmpty()) {
                return Optional.empty();
            }
            found.add(new InYear(year, m.get()));
        }
        // 街道和11个社区调委会全年受理矛盾纠纷508件 against 2023年受理439件: of a tie, the count in the other year's
        // measure word, not the count of the bodies that did the work
        String earlierUnit = found.get(1).match().figure().unit();
        if (ask.units().isEmpty() && !earlierUnit.isEmpty() && !MeasureWords.compatible(earlierUnit)
                .contains(found.get(0).match().figure().unit())) {
            Ask inUnit = new Ask(ask.metric(), ask.context(), MeasureWords.compatible(earlierUnit), ask.written());
            of(inUnit, reports, found.get(0).year(), q.future())
                    .ifPresent(m -> found.set(0, new InYear(found.get(0).year(), m)));
        }
        if (found.get(0).match().figure().value().compareTo(found.get(1).match().figure().value()) == 0
                && found.get(0).match().figure().paragraphId().equals(found.get(1).match().figure().paragraphId())
                && found.get(0).match().figure().start() == found.get(1).match().figure().start()) {
            return Optional.empty(); // one sentence taken for both years says nothing of the change
        }
        // 同比涨了多少 beside the two figures: the change the later report states of its own figure (同比增长34.7%)
        Optional<FigureMatch> stated = q.asks().stream().filter(a -> CHANGE_ONLY.matcher(a.metric().strip()).matches())
                .findFirst().flatMap(a -> finder.find(List.of(a), List.of(found.get(0).match().report()), q.future())
                        .get(0))
                .filter(m -> DerivedAnswerer.sameSentence(m.figure(), found.get(0).match().figure()));
        return Optional.of(answer(q, found, change, percent, stated));
    }

    /** Whether one ask's words hold all of the other's and more (受理矛盾纠纷 holds 受理). */
    static boolean holdsMore(Ask wider, Ask narrower) {
        String w = wider.metric().replace(" ", "");
        String n = narrower.metric().replace(" ", "");
        return w.contains(n) && !w.equals(n);
    }

    /** An ask that names a thing of two characters or more, not only a change (涨了多少). */
    static boolean namesAThing(Ask ask) {
        return ask.metric().codePoints().filter(Character::isIdeographic).count() >= 2
                && !CHANGE_ONLY.matcher(ask.metric().strip()).matches();
    }

    /** The figure of that year: the report on it, else a later report's sentence naming the year. */
    private Optional<FigureMatch> of(Ask ask, List<Report> reports, int year, boolean plan) {
        for (Report r : reports) {
            if (r.year() == year) {
                Optional<FigureMatch> m = finder.find(List.of(ask), List.of(r), plan).get(0);
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return reports.stream().filter(r -> r.year() > year).sorted(Comparator.comparing(Report::year))
                .map(r -> finder.find(List.of(ask), List.of(r), plan, year).get(0))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * 办理行政处罚案件97件…同比2023年全年办理的72件增长34.7%: the earlier year's figure that the later one is measured
     * against in its own sentence, though its own words (办理的) name the thing less well than the threshold wants.
     */
    private Optional<FigureMatch> statedBase(Ask ask, FigureMatch later, int year) {
        Figure f = later.figure();
        Paragraph p = paragraphs.apply(f.paragraphId());
        if (p == null) {
            return Optional.empty();
        }
        Pattern base = Pattern.compile("(?:同比|较|比|相比)\\s*" + year + "\\s*年[^，,。；;\\d]{0,10}?$");
        return finder.near(ask, List.of(later.report()), BASE_CANDIDATES).stream()
                .filter(m -> m.figure().paragraphId().equals(f.paragraphId()) && m.figure().start() > f.end()
                        && m.figure().unit().equals(f.unit()) && DerivedAnswerer.sameSentence(m.figure(), f)
                        && base.matcher(p.text().substring(f.end(), m.figure().start())).find())
                .findFirst();
    }

    private static final int BASE_CANDIDATES = 10;

    /**
     * @param changeAsked  多了多少: the change comes first, a figure of its own, marked computed
     * @param percentAsked 多了百分之多少, 增幅: the change over the earlier year's figure, in percent
     */
    private Answer answer(Question q, List<InYear> found, boolean changeAsked, boolean percentAsked,
            Optional<FigureMatch> stated) {
        List<InYear> ranked = found.stream()
                .sorted(Comparator.comparing((InYear x) -> x.match().figure().value()).reversed()).toList();
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        Report place = found.get(0).match().report();
        StringBuilder table = new StringBuilder("| 排名 | 年份 | 数字 | 原文 |\n|---|---|---|---|\n");
        int rank = 0;
        for (InYear x : ranked) {
            FigureMatch m = x.match();
            int n = citations.cite(m.report(), paragraphs.apply(m.figure().paragraphId()),
                    FigureAnswers.quote(m.figure()));
            AnswerFigure f = FigureAnswers.figure(m, n);
            figures.add(new AnswerFigure(f.value(), f.unit(), f.qualifier(), f.raw(), f.metric(), f.place(), x.year(),
                    n));
            table.append("| ").append(++rank).append(" | ").append(x.year()).append("年 | ").append(m.figure().raw())
                    .append(" | “").append(FigureAnswers.quote(m.figure())).append("”[").append(n).append("]")
                    .append(m.report().year() != x.year() ? "（出自" + m.report().shortLabel() + "报告）" : "")
                    .append(" |\n");
        }
        InYear later = found.get(0);
        InYear earlier = found.get(1);
        BigDecimal change = later.match().figure().value().subtract(earlier.match().figure().value());
        boolean about = later.match().figure().qualifier() != null || earlier.match().figure().qualifier() != null;
        String unit = later.match().figure().unit();
        BigDecimal base = earlier.match().figure().value();
        boolean inPercent = percentAsked && base.signum() > 0 && stated.isEmpty();
        BigDecimal percent = inPercent ? DerivedAnswerer.round(change.abs().multiply(BigDecimal.valueOf(100))
                .divide(base, 4, RoundingMode.HALF_UP)) : null;
        if (inPercent) {
            figures.addFirst(new AnswerFigure(percent, "%", null, percent.toPlainString() + "%", "变化幅度",
                    place.place().display(), later.year(), figures.get(0).citation(), true));
        } else if (changeAsked) {
            String raw = change.abs().toPlainString() + unit;
            figures.addFirst(new AnswerFigure(change.abs(), unit, null, raw, "变化", place.place().display(),
                    later.year(), figures.get(0).citation(), true));
        }
        int laterCited = figures.stream().filter(f -> f.year() != null && f.year() == later.year()).findFirst()
                .map(AnswerFigure::citation).orElse(figures.get(0).citation());
        String lead = inPercent ? "**" + (change.signum() >= 0 ? "增长" : "下降") + percent.toPlainString() + "%**（计算值："
                + (change.signum() >= 0 ? "多" : "少") + change.abs().toPlainString() + unit + "÷" + earlier.year() + "年的"
                + earlier.match().figure().raw() + "，保留一位小数）。"
                : changeAsked ? "**" + (change.signum() >= 0 ? "多" : "少") + change.abs().toPlainString() + unit
                + "**（计算值）。" : "";
        String text = lead + place.place().name() + later.year() + "年" + later.match().figure().raw() + "，"
                + earlier.year() + "年" + earlier.match().figure().raw() + "；" + later.year() + "年比" + earlier.year() + "年"
                + (change.signum() == 0 ? "持平" : (change.signum() > 0 ? "多" : "少") + (about ? "约" : "")
                        + change.abs().toPlainString() + unit)
                + "（" + later.match().figure().raw() + "−" + earlier.match().figure().raw() + "，按报告数字计算）"
                + stated.map(m -> "；报告写明的变化：" + m.figure().metric() + m.figure().raw() + "[" + laterCited + "]")
                        .orElse("") + "。\n\n" + table;
        stated.ifPresent(m -> figures.add(FigureAnswers.figure(m, laterCited)));
        return Answer.of(q.text(), text.strip(), Mode.NUMERIC, citations.list(), figures);
    }
}
