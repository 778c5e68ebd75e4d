package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Place;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.MeasureWords;
import com.reportqa.question.PlaceOwnWords;
import com.reportqa.question.Question;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One figure across places: a ranked Markdown table, one row per place, places whose report does not
 * state the figure shown as 未报告 (never guessed), and differing years or units pointed out.
 */
@Component
class CompareAnswerer {

    /** How many of the closest figures propose a kind of thing counted. */
    private static final int CANDIDATE_KINDS = 8;
    /** A comparison weighs at most this many of the question's asks. */
    private static final int COMPARED_ASKS = 3;
    /** Other wordings and zeros in words are looked for among this many places at most: named places, a region. */
    static final int CHECKED_PLACES = 50;
    /** Rows of a ranking shown; a comparison across thousands of places lists its top and counts the rest. */
    static final int SHOWN_ROWS = 30;
    /** Places without the figure listed one by one up to this many, then counted. */
    static final int LISTED_MISSING = 10;

    /** A figure matched this well makes the question's metric clear enough to look for other wordings of it. */
    static final double CLEAR_MATCH = 0.75;

    private final FigureFinder finder;
    private final Corpus corpus;
    private final ListedParts listed;

    CompareAnswerer(FigureFinder finder, Corpus corpus, ListedParts listed) {
        this.finder = finder;
        this.corpus = corpus;
        this.listed = listed;
    }

    /**
     * 罚款总额哪个多: a place whose report lists the total's parts (简易程序…罚款133970元；一般程序…罚款9900元；…) without
     * adding them up is ranked on their sum, a figure worked out and marked so; the parts are kept to be shown.
     */
    private FigureMatch summed(Ask ask, FigureMatch m, Map<FigureMatch, List<Figure>> sums) {
        Paragraph p = corpus.snapshot().paragraphs().get(m.figure().paragraphId());
        if (p == null) {
            return m;
        }
        List<Figure> named = listed.total(ask, m.figure(), m.report(), p.text());
        // 三类处罚加起来 found by one item in its report's words: the clauses it is one of, in its unit, are summed;
        // so are they when the asker's word names only some of them (几种程序 finds 简易程序 and 一般程序, not 委托执法)
        List<Figure> clauses = listed.clauses(m.figure(), m.report(), p.text()).orElse(List.of());
        List<Figure> parts = named.isEmpty() || clauses.size() > named.size() && clauses.containsAll(named)
                ? clauses : named;
        Optional<Totals.Sum> sum = Totals.sum(parts, null);
        if (sum.isEmpty()) {
            return m;
        }
        Figure first = parts.get(0);
        Figure last = parts.get(parts.size() - 1);
        int[] span = Totals.sentence(p.text(), first.start());
        String sentence = p.text().substring(span[0], span[1]).strip();
        Figure total = new Figure(sum.get().value(), sum.get().unit(), sum.get().qualifier(), sum.get().raw(),
                first.metric(), sentence, sentence, sentence, first.paragraphId(), first.reportId(), first.plan(),
                first.start(), last.end());
        FigureMatch worked = new FigureMatch(m.ask(), m.report(), total, m.score());
        sums.put(worked, parts);
        return worked;
    }

    /** An ask with the kind of thing it counts settled, and how many places answer it how well. */
    private record Choice(Ask ask, int count, double sum) {
        boolean betterThan(Choice other) {
            return count > other.count || count == other.count && sum > other.sum;
        }
    }

    private Choice choose(Ask ask, Question q) {
        if (!ask.units().isEmpty()) {
            return measure(ask, q);
        }
        // without a unit in the question, the best match overall sets the kind of thing counted, so that
        // 件 and 起 are ranked together and 40余场次 or 18个村(社区) are not
        // and of the close matches' kinds, the one that most places report (then the best matched) wins:
        // 3次 of 讲座 in two reports, not 30份 of 审查合同 in one
        Choice chosen = new Choice(ask, -1, -1);
        Set<Set<String>> tried = new HashSet<>();
        for (FigureMatch near : finder.near(ask, q.scope(), CANDIDATE_KINDS)) {
            var family = MeasureWords.compatible(near.figure().unit());
            if (tried.add(family)) {
                Choice c = measure(new Ask(ask.metric(), ask.context(), family), q);
                if (c.betterThan(chosen)) {
                    chosen = c;
                }
            }
        }
        return chosen;
    }

    private Choice measure(Ask ask, Question q) {
        int count = 0;
        double sum = 0;
        for (Report report : q.scope()) {
            var m = finder.best(ask, report, q.future());
            if (m.isPresent()) {
                count++;
                sum += m.get().score();
            }
        }
        return new Choice(ask, count, sum);
    }

    /**
     * Of a place's figures matching the thing compared about equally well, the largest in the same kind of unit: the
     * whole place's 调处矛盾纠纷300余起, not one station's 调处纠纷40余件 (a part is rarely what places are ranked on).
     */
    private FigureMatch larger(Ask ask, FigureMatch best, boolean future) {
        Set<String> units = MeasureWords.compatible(best.figure().unit());
        return finder.close(ask, best.report(), future, NEAR_TIE).stream()
                .filter(c -> units.contains(c.figure().unit()) && c.figure().value().compareTo(best.figure().value()) > 0)
                .max(Comparator.comparing((FigureMatch c) -> c.figure().value())).orElse(best);
    }

    /** How close a figure's match must come to the best one's to count as equally good. */
    static final double NEAR_TIE = 0.08;

    /** 几倍: the question wants one place's figure as a multiple of the other's. */
    private static final Pattern RATIO = Pattern.compile("几倍|多少倍");

    private String place(AnswerFigure f) {
        return corpus.snapshot().reports().stream().filter(r -> r.place().display().equals(f.place()))
                .map(r -> r.place().name()).findFirst().orElse(f.place());
    }

    private static String said(AnswerFigure f) {
        return f.raw().matches(".*\\d.*") ? f.raw() : "0";
    }

    /** 差几条, 相差多少, 多多少: the question wants the gap between two places' figures too. */
    private static final Pattern DIFFERENCE = Pattern.compile(
            "差多少|差几|相差|差了多少|差距|多多少|少多少|多几|少几|高多少|低多少|高出多少");

    /** @param none where a report states in words that there was none of the thing compared */
    Optional<Answer> answer(Question q, NoneStated none) {
        // 法律顾问给干部开法律培训、讲座各几次: 各 is about the places, and the report counts 培训、讲座 together —
        // of the question's asks, the one most places answer (then the best matched) is compared
        Choice best = null;
        for (Ask candidate : q.asks().subList(0, Math.min(q.asks().size(), COMPARED_ASKS))) {
            finder.prepare(candidate, q.scope());
            Choice c = choose(candidate, q);
            if (best == null || c.betterThan(best)) {
                best = c;
            }
        }
        Ask ask = best.ask();
        List<FigureMatch> found = new ArrayList<>();
        List<Report> missing = new ArrayList<>();
        // 行政复议案件4件，无行政应诉案件: asked 应诉, the stated none ranks, not the neighbouring count
        Set<Report> statedNone = new HashSet<>();
        for (Report report : q.scope()) {
            Optional<FigureMatch> m = finder.best(ask, report, q.future()).map(b -> larger(ask, b, q.future()));
            if (m.isPresent() && q.scope().size() <= CHECKED_PLACES && none.over(ask, m.get(), q.future()).isPresent()) {
                statedNone.add(report);
                m = Optional.empty();
            }
            m.ifPresentOrElse(found::add, () -> missing.add(report));
        }
        ownWords(q, ask, found, missing, statedNone);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // places whose reports word the thing differently: once another place matched it clearly, their closest
        // figure of the same kind is shown, marked for checking, instead of 未报告
        Set<FigureMatch> loose = new HashSet<>();
        boolean fewPlaces = q.scope().size() <= CHECKED_PLACES;
        // places the question names itself (江口镇和健龙镇…) are worth their closest figure once any of them matched
        double clear = q.places().size() >= 2 ? FigureFinder.MIN_SCORE : CLEAR_MATCH;
        if (fewPlaces && found.stream().anyMatch(m -> m.score() >= clear)) {
            Ask same = ask.units().isEmpty() ? new Ask(ask.metric(), ask.context(),
                    MeasureWords.compatible(found.get(0).figure().unit())) : ask;
            for (Report r : missing.stream().filter(r -> !statedNone.contains(r)).toList()) {
                finder.loose(same, r, q.future(), q.places().size() >= 2).ifPresent(m -> {
                    found.add(m);
                    loose.add(m);
                    missing.remove(r);
                });
            }
        }
        Map<FigureMatch, List<Figure>> sums = new HashMap<>();
        if (ListedParts.TOTAL_WORDS.matcher(q.text()).find()) {
            found.replaceAll(m -> {
                FigureMatch worked = summed(ask, m, sums);
                if (loose.contains(m)) {
                    loose.add(worked); // summed or not, a figure found in other words is still marked for checking
                }
                return worked;
            });
        }
        RankOrder order = RankOrder.of(q.text());
        Comparator<FigureMatch> byValue = Comparator.comparing((FigureMatch m) -> m.figure().value());
        found.sort(order.fewestFirst() ? byValue : byValue.reversed());
        List<FigureMatch> shown = found.size() > SHOWN_ROWS ? found.subList(0, SHOWN_ROWS) : found;
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        // two 增福镇 in the corpus: a row says which one, even when the other is not compared
        List<Place> places = CorpusPlaces.of(corpus);
        StringBuilder table = new StringBuilder("| 排名 | 地方 | 年度 | 数字 | 原文 |\n|---|---|---|---|---|\n");
        int rank = 0;
        // 2024年健龙镇未颁布规范性文件: none, said in words, is 0 — last of the most, first of the fewest
        List<Report> zeros = new ArrayList<>();
        List<ExtractiveAnswerer.Scored> zeroSentences = new ArrayList<>();
        for (Report r : fewPlaces ? missing : List.<Report>of()) {
            none.find(ask, r, q.future()).ifPresent(z -> {
                zeros.add(r);
                zeroSentences.add(z);
            });
        }
        if (order.fewestFirst()) {
            rank = zeroRows(zeros, zeroSentences, shown, ask, citations, figures, table, places, rank);
        }
        for (FigureMatch m : shown) {
            int n = citations.cite(m.report(), corpus.snapshot().paragraphs().get(m.figure().paragraphId()),
                    m.figure().raw());
            List<Figure> parts = sums.get(m);
            AnswerFigure shownFigure = FigureAnswers.figure(m, n);
            figures.add(parts == null ? shownFigure : new AnswerFigure(shownFigure.value(), shownFigure.unit(),
                    shownFigure.qualifier(), shownFigure.raw(), shownFigure.metric(), shownFigure.place(),
                    shownFigure.year(), n, true));
            String said = parts == null ? m.figure().raw() : m.figure().raw() + "（计算值："
                    + parts.stream().map(Figure::raw).collect(Collectors.joining("＋")) + "，报告未直接写明合计）";
            table.append("| ").append(++rank).append(" | ").append(m.report().place().nameAmong(places)).append(" | ")
                    .append(m.report().year()).append(" | ").append(said).append(" | “")
                    .append(FigureAnswers.quote(m.figure())).append("”[").append(n).append("]")
                    .append(loose.contains(m) ? "（表述不同，请核对原文）" : "").append(" |\n");
        }
        if (!order.fewestFirst()) {
            zeroRows(zeros, zeroSentences, shown, ask, citations, figures, table, places, rank);
        }
        List<Report> unreported = missing.stream().filter(r -> figures.stream()
                .noneMatch(f -> f.place().equals(r.place().display()) && f.year() == r.year())).toList();
        if (unreported.size() <= LISTED_MISSING) {
            for (Report r : unreported) {
                table.append("| — | ").append(r.place().nameAmong(places)).append(" | ").append(r.year())
                        .append(" | 未报告 | 报告中没有这一数字 |\n");
            }
        }
        // 哪家最少: the place named is the fewest, wherever the ranking puts it
        FigureMatch top = order.asksFewest() != order.fewestFirst() ? shown.get(shown.size() - 1) : shown.get(0);
        StringBuilder text = new StringBuilder();
        if (figures.size() > 1) {
            text.append("按报告所载数字，").append(top.report().place().nameAmong(places))
                    // 8% is the highest, not the most
                    .append("%".equals(top.figure().unit()) ? order.namedOfRates() : order.namedOfCounts()).append("（")
                    .append(top.figure().raw()).append("）。\n\n");
        }
        text.append(table);
        if (DIFFERENCE.matcher(q.text()).find() && figures.size() == 2) {
            // 差几条: the gap, worked out from the two figures shown and said to be worked out
            AnswerFigure a = figures.get(0);
            AnswerFigure b = figures.get(1);
            boolean about = a.qualifier() != null || b.qualifier() != null;
            text.append("\n两者相差").append(about ? "约" : "").append(a.value().subtract(b.value()).abs().toPlainString())
                    .append(a.unit()).append("（").append(said(a)).append("−").append(said(b)).append("，按报告数字计算")
                    .append(about ? "；原文为约数" : "").append("）。\n");
        }
        if (RATIO.matcher(q.text()).find() && figures.size() == 2 && figures.get(1).value().signum() > 0) {
            // 雁峰是洪口的几倍: the larger over the smaller, worked out and said so
            AnswerFigure a = figures.get(0);
            AnswerFigure b = figures.get(1);
            text.append("\n").append(place(a)).append("是").append(place(b)).append("的")
                    .append(a.value().divide(b.value(), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
                    .append("倍（").append(a.raw()).append("÷").append(b.raw()).append("，按报告数字计算）。\n");
        }
        if (found.size() > shown.size()) {
            text.append("\n共 ").append(found.size()).append(" 个地方的报告有这一数字，上表列出前 ").append(shown.size())
                    .append(" 个；要看某地，请在问题中写明地方，或在“数字”页按指标筛选。");
        }
        if (unreported.size() > LISTED_MISSING) {
            text.append("\n另有 ").append(unreported.size()).append(" 个地方的报告中没有这一数字。");
        }
        List<Integer> years = shown.stream().map(m -> m.report().year()).distinct().sorted().toList();
        if (years.size() > 1) {
            text.append("\n注意：各报告年度不同（").append(shown.stream()
                    .map(m -> m.report().shortLabel())
                    .collect(Collectors.joining("、"))).append("），数字不完全可比。");
        }
        List<String> units = shown.stream().map(m -> m.figure().unit()).distinct().toList();
        if (units.size() > 1) {
            text.append("\n注意：各报告的计量单位不同（").append(String.join("、", units)).append("），按数值排序。");
        }
        return Optional.of(new Answer(null, q.text(), text.toString().strip(), Mode.NUMERIC, citations.list(),
                figures, null, null, null));
    }

    /**
     * 江口镇…三类处罚加起来，跟黄溪镇全年执法件数比: a place the shared words do not find is looked for in the words
     * the question says of it alone.
     */
    private void ownWords(Question q, Ask ask, List<FigureMatch> found, List<Report> missing, Set<Report> statedNone) {
        if (q.places().size() < 2 || q.places().size() != q.placeGroups().size()) {
            return;
        }
        for (int i = 0; i < q.places().size(); i++) {
            List<Ask> own = PlaceStretches.of(q.text(), q.places(), i).stream().map(PlaceOwnWords::ask)
                    .flatMap(Optional::stream).map(a -> ask.units().isEmpty() ? a
                            : new Ask(a.metric(), a.context(), ask.units())).toList();
            // 行政复议案件量对比一下：雁峰区审结了多少件，江口镇有几件: a place said nothing of its own is asked the topic
            if (own.isEmpty() && ask.context().codePoints().filter(Character::isIdeographic).count() >= 2) {
                own = List.of(new Ask(ask.context(), "", ask.units()));
            }
            for (Report r : q.placeGroups().get(i)) {
                if (!missing.contains(r) || statedNone.contains(r)) {
                    continue;
                }
                own.stream().map(a -> finder.best(a, r, q.future())).flatMap(Optional::stream)
                        .max(Comparator.comparingDouble(FigureMatch::score)).ifPresent(m -> {
                            found.add(m);
                            missing.remove(r);
                        });
            }
        }
    }

    /** The rows of places whose reports say in words they had none: 0, cited to that sentence, from rank + 1. */
    private static int zeroRows(List<Report> zeros, List<ExtractiveAnswerer.Scored> sentences, List<FigureMatch> shown,
            Ask ask, Citations citations, List<AnswerFigure> figures, StringBuilder table, List<Place> places,
            int rank) {
        for (int i = 0; i < zeros.size(); i++) {
            Report r = zeros.get(i);
            String sentence = sentences.get(i).text().replaceAll("[。；;，,]$", "");
            int n = citations.cite(r, sentences.get(i).paragraph(), sentence);
            figures.add(new AnswerFigure(BigDecimal.ZERO, shown.get(0).figure().unit(), null, sentence,
                    ask.metric(), r.place().display(), r.year(), n));
            table.append("| ").append(++rank).append(" | ").append(r.place().nameAmong(places)).append(" | ")
                    .append(r.year()).append(" | 0 | “").append(sentence).append("”[").append(n).append("] |\n");
        }
        return rank;
    }
}
