package com.reportqa.figures;

import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.Ask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Picks, deterministically, the figure that answers an ask: the one whose metric phrase covers the ask's
 * words (recall) without being about something else (precision), in a unit the question accepts. Below
 * {@link #MIN_SCORE} nothing is returned: a nearby wrong figure is worse than no answer.
 */
@Service
public class FigureFinder {

    public static final double MIN_SCORE = 0.5;
    private static final Pattern YEAR_BEFORE_FIGURE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*年(?!\\s*(?:以来|起|至|到|[—\\-~～]|\\d|[一二三四五六七八九十]+月))");
    /** 每村, 每个社区: a per-unit figure asked, which only a clause saying the same 每 answers. */
    private static final Pattern PER_UNIT = Pattern.compile("每(?:村|社区|镇|乡|街道|网格|户|单位|部门|站所)");
    /** The per-unit word matched is the strongest sign a figure is the one asked; its other words are few. */
    private static final double PER_UNIT_BONUS = 0.25;
    /** See {@link #loose}. */
    public static final double LOOSE_SCORE = 0.4;
    /** See {@link #loose}: a place the question itself names is worth its closest figure down to this. */
    public static final double NAMED_LOOSE_SCORE = 0.35;
    /** A figure right next to the one that answered the previous ask (一般程序12起，罚款9900元). */
    private static final double ADJACENT_BONUS = 0.15;
    private static final int ADJACENT_CHARS = 40;

    private final Function<Report, List<Figure>> index;
    private final MetricText metricText;
    private final Map<Figure, Grams> grams = new ConcurrentHashMap<>();

    @Autowired
    FigureFinder(FigureIndex index, Synonyms synonyms) {
        this(index::of, synonyms);
    }

    private FigureFinder(Function<Report, List<Figure>> figures, Synonyms synonyms) {
        this.index = figures;
        this.metricText = new MetricText(synonyms);
    }

    /** A finder over figures from elsewhere than the corpus index: reports read in a test, for instance. */
    public static FigureFinder over(Function<Report, List<Figure>> figures, Synonyms synonyms) {
        return new FigureFinder(figures, synonyms);
    }

    /**
     * The figure's bigrams with synonyms folded, and for recall also as written: 开展法治宣传活动 folds to 普法活动,
     * yet still says 宣传 to a question about 宣传活动.
     */
    private record Grams(Set<String> metric, Set<String> clause, Set<String> context, Set<String> sentence,
            Set<String> metricAsWritten, Set<String> clauseAsWritten, Set<String> lead, Set<String> head) {
    }

    private record AskGrams(Map<String, Double> wanted, Set<String> context) {
    }

    /** One match per ask (in ask order); a figure answers at most one ask. */
    public List<Optional<FigureMatch>> find(List<Ask> asks, List<Report> scope, boolean plan) {
        return find(asks, scope, plan, 0, null);
    }

    /**
     * Like {@link #find(List, List, boolean)}, only from sentences that name {@code statedYear} (a 2024 report's
     * 2023年全年受理…), when a question about that year is answered from the next year's report.
     */
    public List<Optional<FigureMatch>> find(List<Ask> asks, List<Report> scope, boolean plan, Integer statedYear) {
        return find(asks, scope, plan, 0, statedYear);
    }

    private List<Optional<FigureMatch>> find(List<Ask> asks, List<Report> scope, boolean plan, double loose,
            Integer statedYear) {

        List<Optional<FigureMatch>> result = new ArrayList<>();
        Set<Figure> used = new HashSet<>();
        FigureMatch previous = null;
        for (Ask ask : asks) {
            AskGrams ag = askGrams(ask);
            FigureMatch best = null;
            // 每村至少配几名: a figure per village answers, never the whole's (全乡培育66名)
            Matcher per = PER_UNIT.matcher(ask.metric());
            String perUnit = per.find() ? per.group() : null;
            for (Report report : scope) {
                for (Figure f : index.apply(report)) {
                    if (perUnit != null && !f.clause().contains(perUnit)) {
                        continue;
                    }
                    if (f.plan() != plan || used.contains(f) || !countsLike(ask, f)
                            || !(statedYear != null ? namesYear(f, statedYear) : ofYear(f, report.year()))
                            || loose > 0 && doubts(ag, ask, f) < 1.0) {
                        continue; // a loose match must raise none of the doubts (another action, not the new ones…)
                    }
                    double score = score(ag, ask, f) + adjacency(previous, f) + (perUnit != null ? PER_UNIT_BONUS : 0);
                    if (best == null || score > best.score()) {
                        best = new FigureMatch(ask, report, f, score);
                    }
                }
            }
            if (best != null && best.score() >= (loose > 0 ? loose : MIN_SCORE)) {
                result.add(Optional.of(best));
                used.add(best.figure());
                previous = best;
            } else {
                result.add(Optional.empty());
            }
        }
        return result;
    }

    /**
     * Whether a figure speaks of this year: the last year its sentence names before it (同比2023年全年办理的72件,
     * 2023年全年受理行政复议案件14件) must be that year; a figure with no year before it speaks of its report's year.
     * Periods (2019年以来, 2023年12月) name no single year.
     */
    static boolean ofYear(Figure f, int year) {
        Integer last = yearBefore(f);
        return last == null || last == year || year == 0;
    }

    /** Whether the last year the figure's sentence names before it is this one (not merely the report's year). */
    static boolean namesYear(Figure f, int year) {
        Integer last = yearBefore(f);
        return last != null && last == year;
    }

    private static Integer yearBefore(Figure f) {
        String sentence = f.sentence();
        int at = sentence.indexOf(f.raw());
        String before = at < 0 ? "" : sentence.substring(0, at);
        Matcher m = YEAR_BEFORE_FIGURE.matcher(before);
        Integer last = null;
        boolean base = false;
        while (m.find()) {
            last = Integer.valueOf(m.group(1));
            // 较2023年全年的862件增长53.9%: the year names the base; the change after the base's figure is this year's
            base = COMPARED_WITH.matcher(before.substring(0, m.start())).find()
                    && BASE_FIGURE.matcher(before.substring(m.end())).find();
        }
        return base ? null : last;
    }

    private static final Pattern COMPARED_WITH = Pattern.compile("(?:较|比|同比|相比|与)\\s*$");
    private static final Pattern BASE_FIGURE = Pattern.compile("\\d[\\d.,]*\\s*\\p{IsHan}");

    /**
     * Extracts the figures of these reports and analyses those in the ask's units on all cores, so that a question
     * across thousands of reports right after start-up does not do it one by one.
     */
    public void prepare(Ask ask, List<Report> scope) {
        if (scope.size() > 1) {
            scope.parallelStream().forEach(r -> index.apply(r).stream().filter(f -> countsLike(ask, f))
                    .forEach(this::grams));
        }
    }

    private static final double WRITTEN_UNIT_TIE = 0.0005;

    /**
     * A figure in a unit the question does not count in is not scored at all (it was weighed down to 0.35 and never
     * answered one of the question sets), so that a question across thousands of reports scores a part of them.
     */
    private static boolean countsLike(Ask ask, Figure f) {
        if (!ask.units().isEmpty() && !ask.units().contains(f.unit())) {
            return false;
        }
        // 涵盖18个村(社区): 个 before a place or a body counts those, never the 件 of cases asked about, nor the 项
        // of matters (向13个镇（街道）下放行政执法事项156项)
        if (f.unit().equals("个") && (ask.units().contains("件") || ask.units().contains("项"))) {
            Matcher noun = COUNTED_BODY.matcher(after(f));
            return !noun.lookingAt() || ask.metric().contains(noun.group());
        }
        return true;
    }

    /** Nouns that 个 counts as places or bodies, not as matters. */
    private static final Pattern COUNTED_BODY = Pattern.compile("村|社区|镇|乡|街道|部门|单位|科室|站所|站|所|网格|小组|组");

    /** The words right after a figure in its sentence. */
    private static String after(Figure f) {
        int at = f.sentence().indexOf(f.raw());
        return at < 0 ? "" : f.sentence().substring(at + f.raw().length());
    }

    /**
     * The figures of one report scoring within {@code margin} of its best for the ask (and good enough), best first:
     * a comparison's near ties, such as a district's 调处矛盾纠纷300余起 beside one station's 调处纠纷40余件.
     */
    public List<FigureMatch> close(Ask ask, Report report, boolean plan, double margin) {
        AskGrams ag = askGrams(ask);
        List<FigureMatch> all = new ArrayList<>();
        for (Figure f : index.apply(report)) {
            if (f.plan() == plan && countsLike(ask, f) && ofYear(f, report.year())) {
                all.add(new FigureMatch(ask, report, f, score(ag, ask, f)));
            }
        }
        double top = all.stream().mapToDouble(FigureMatch::score).max().orElse(0);
        return all.stream().filter(m -> m.score() >= Math.max(MIN_SCORE, top - margin))
                .sorted(Comparator.comparingDouble(FigureMatch::score).reversed()).toList();
    }

    /** The best figure for one ask in one report, if any is good enough. */
    public Optional<FigureMatch> best(Ask ask, Report report, boolean plan) {
        return find(List.of(ask), List.of(report), plan).get(0);
    }

    /**
     * Like {@link #best(Ask, Report, boolean)} down to {@link #LOOSE_SCORE}: for a comparison whose other places
     * matched well, where a report's own wording of the same thing (执法队伍专题培训 for 执法人员业务培训) is worth
     * a row the reader can check rather than 未报告.
     */
    public Optional<FigureMatch> loose(Ask ask, Report report, boolean plan, boolean named) {
        return find(List.of(ask), List.of(report), plan, named ? NAMED_LOOSE_SCORE : LOOSE_SCORE, null).get(0);
    }

    /** Figures of these reports closest to the ask, best first — for explaining what was found instead. */
    public List<FigureMatch> near(Ask ask, List<Report> scope, int limit) {
        AskGrams ag = askGrams(ask);
        List<FigureMatch> all = new ArrayList<>();
        for (Report report : scope) {
            for (Figure f : index.apply(report)) {
                all.add(new FigureMatch(ask, report, f, score(ag, ask, f)));
            }
        }
        return all.stream().filter(m -> m.score() > 0.2)
                .sorted(Comparator.comparingDouble(FigureMatch::score).reversed()).limit(limit).toList();
    }

    private AskGrams askGrams(Ask ask) {
        return new AskGrams(metricText.weightedBigrams(ask.metric()), metricText.bigrams(ask.context()));
    }

    private Grams grams(Figure f) {
        return grams.computeIfAbsent(f, k -> new Grams(metricText.bigrams(k.metric()), metricText.bigrams(k.clause()),
                metricText.bigrams(k.context()), metricText.bigrams(k.sentence()), metricText.rawBigrams(k.metric()),
                metricText.rawBigrams(k.clause()), metricText.bigrams(k.lead()), metricText.bigrams(head(k))));
    }

    /** 地灾防治、消防安全疏散等应急演练 → 应急演练: what a metric counts, after the examples it names. */
    private static final Pattern EXAMPLES = Pattern.compile("^.*(?<![平同对均])等(?![级次待于同])(?=\\p{IsHan}{2})");

    private static String head(Figure f) {
        Matcher m = EXAMPLES.matcher(f.metric());
        if (m.find()) {
            return f.metric().substring(m.end());
        }
        // 开展“法润江城·民权同行”系列普法活动46场: a campaign's quoted name narrows nothing asked; 系列普法活动 is what
        // it counts
        String named = f.metric();
        Matcher quoted = QUOTED_NAME.matcher(f.clause());
        while (quoted.find()) {
            named = named.replace(quoted.group(1), "");
        }
        return named.length() < f.metric().length() && named.codePoints().filter(Character::isIdeographic).count() >= 2
                ? named : "";
    }

    private static final Pattern QUOTED_NAME = Pattern.compile("[“\"「『]([^”\"」』]{2,20})[”\"」』]");

    /** A percentage answers only a question about a rate or share (化解率, 公开面, 百分之几): 受理数 is a count. */
    static double rateFactor(Ask ask, Figure f) {
        return "%".equals(f.unit()) && !asksRate(ask) ? 0.35 : 1.0;
    }

    private static final Pattern RATE_WORDS = Pattern.compile("率|比例|比重|百分|占|面|覆盖|度|规范化|好评|满意");

    private static boolean asksRate(Ask ask) {
        return RATE_WORDS.matcher(ask.metric() + " " + ask.context()).find();
    }

    private static double adjacency(FigureMatch previous, Figure f) {
        if (previous == null || !previous.figure().paragraphId().equals(f.paragraphId())) {
            return 0;
        }
        // asks follow the order of the report's own sentence: the next figure comes after the previous one
        int distance = f.start() - previous.figure().end();
        return distance >= 0 && distance <= ADJACENT_CHARS ? ADJACENT_BONUS : 0;
    }

    double score(AskGrams ag, Ask ask, Figure f) {
        Map<String, Double> weights = ag.wanted();
        Set<String> wanted = weights.keySet();
        if (wanted.isEmpty()) {
            return countsOneWord(ask, f) ? ONE_WORD_SCORE : 0;
        }
        Grams g = grams(f);
        // an elliptical clause (化解223件 after 受理各类矛盾纠纷224件) takes its object from the clauses before
        double contextWeight = g.metric().size() <= 2 ? 0.8 : 0.55;
        double recall = 0;
        double total = 0;
        for (var e : weights.entrySet()) {
            String b = e.getKey();
            recall += e.getValue() * (g.metric().contains(b) || g.metricAsWritten().contains(b) ? 1.0
                    : g.clause().contains(b) || g.clauseAsWritten().contains(b) ? 0.8
                    : g.context().contains(b) ? contextWeight
                    : g.sentence().contains(b) || g.lead().contains(b) ? 0.3 : 0);
            total += e.getValue();
        }
        recall /= total;
        double precision = 0.5;
        if (!g.metric().isEmpty()) {
            long covered = g.metric().stream().filter(b -> wanted.contains(b) || ag.context().contains(b)).count();
            precision = (double) covered / g.metric().size();
            if (!g.head().isEmpty()) {
                // the examples before 等 narrow nothing the question asks: 应急演练 is all it counts
                long headCovered = g.head().stream().filter(b -> wanted.contains(b) || ag.context().contains(b))
                        .count();
                precision = Math.max(precision, (double) headCovered / g.head().size());
            }
        }
        double contextBonus = 0;
        if (!ag.context().isEmpty()) {
            long hit = ag.context().stream().filter(b -> g.context().contains(b) || g.sentence().contains(b)).count();
            contextBonus = 0.15 * hit / ag.context().size();
        }
        double unit = ask.units().isEmpty() ? rateFactor(ask, f) : ask.units().contains(f.unit()) ? 1.1 : 0.35;
        // 多少项: 156项 before the 13个 of one sentence — the written measure word breaks a tie, and only a tie
        double written = !ask.written().isEmpty() && ask.written().equals(f.unit()) ? WRITTEN_UNIT_TIE : 0;
        return (0.72 * recall + 0.28 * precision + contextBonus) * unit * doubts(ag, ask, f) + written;
    }

    /**
     * 街道几个、镇几个: an ask of one character has no bigram to match; it is answered by a figure whose counted noun
     * is that character alone (8个街道、7个镇) or its level (1个县级中心), in the unit asked.
     */
    private static boolean countsOneWord(Ask ask, Figure f) {
        String word = ask.metric().strip();
        if (word.length() != 1 || !Character.isIdeographic(word.charAt(0))
                || !ask.units().isEmpty() && !ask.units().contains(f.unit())) {
            return false;
        }
        int at = f.sentence().indexOf(f.raw());
        String after = at < 0 ? "" : f.sentence().substring(at + f.raw().length());
        // 1个县级公共法律服务中心 asked 县: the level said with 级 is that word too
        return after.startsWith(word) && (after.length() == 1 || !Character.isIdeographic(after.charAt(1))
                || "和与及等级".indexOf(after.charAt(1)) >= 0);
    }

    private static final double ONE_WORD_SCORE = 0.8;

    /** The factors below 1 of a figure that looks like an answer but counts something else; 1 when none applies. */
    private double doubts(AskGrams ag, Ask ask, Figure f) {
        Map<String, Double> weights = ag.wanted();
        Grams g = grams(f);
        return MetricText.newness(ask.metric(), f) * MetricText.action(weights, g.metric(), g.clause(), g.context())
                * MetricText.askedHead(weights, g.sentence())
                * metricText.countedNoun(weights, g.metric(), g.metricAsWritten(), f)
                * MetricText.otherObject(weights, g.metric()) * MetricText.success(ask.metric(), f) * part(ask, f)
                * metricText.otherRate(ask.metric(), f);
    }

    /**
     * (其中21名…现场述法) after 473名…述法: a part the report breaks out of a figure is the answer only when the question
     * names what sets the part apart, which its other words then show; a plain question wants the whole.
     */
    static double part(Ask ask, Figure f) {
        String clause = f.clause();
        int at = clause.indexOf(f.raw());
        boolean brokenOut = at > 0 && PART.matcher(clause.substring(0, at)).find();
        return brokenOut && !ask.metric().contains("其中") ? PART_DOUBT : 1;
    }

    private static final Pattern PART = Pattern.compile("[（(]\\s*其中");
    private static final double PART_DOUBT = 0.9;
}
