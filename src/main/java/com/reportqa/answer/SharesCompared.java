package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Place;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 江口镇新增的市场主体里企业占几成，健龙镇走访的对象里小微企业占几成，哪个高 / 个体户数是企业数的几倍，哪边大: a share
 * or a ratio no report states, worked out for each place from two counts of one sentence. The whole of a share is
 * the count the sentence gives before the part (新增市场主体1005个，其中企业402个) or, when it gives none, the sum of
 * the list the part stands in (小微企业216家、个体工商户611家). Each place's own words are read from the stretch of the
 * question after its name; what a place leaves out it shares with the others. Ranked, computed, sentences cited.
 */
@Component
class SharesCompared implements Answerer {

    /** 比例, 几成; 网上办理的占比 (占 taken before it). */
    private static final String SHARE_ASKED = "(?:多大|多少|几)?的?(?:比例|比重|百分之几|百分比|几成|(?<=占)比)";
    private static final String INSIDE = "(?:里面|里头|里|当中|之中|中)";
    /** 山林、土地这类纠纷在全部调解纠纷里占多大比重: the part before 在, the whole between 在 and 里. */
    private static final Pattern PART_IN_WHOLE = Pattern.compile(
            "([^，,。？?]{2,20}?)在([^，,。？?]{2,16}?)" + INSIDE + "(?:各自|各)?(?:大概|大约|大致)?所?占(?:了|到)?"
                    + SHARE_ASKED);
    /** 新增的市场主体里企业占几成, 办的事里头网上办理的比例: the whole before 里, the part after it. */
    private static final Pattern WITHIN = Pattern.compile("([^，,。？?、]{2,20}?)" + INSIDE + "[，,、]?(?:其中)?"
            + "([^，,。？?]{0,16}?)的?(?:(?:各自|各)?所?占(?:了|到)?)?" + SHARE_ASKED);
    /** 新增的市场主体里、: a whole named with no part, which the part of another place's words completes. */
    private static final Pattern WHOLE_ONLY = Pattern.compile("([^，,。？?、]{2,20}?)(?:里面|里|当中|之中|中)[，,、]?\\s*$");
    /** 企业占新增市场主体的比例. */
    private static final Pattern OF = Pattern.compile(
            "([^，,。？?]{2,16}?)(?:各自|各)?占(?:了|到)?([^，,。？?]{2,16}?)的?(?:多大|多少|几)?的?(?:比例|比重|百分比)");
    /** 个体户数是企业数的几倍. */
    private static final Pattern TIMES = Pattern.compile("([^，,。？?]{2,16}?)是([^，,。？?]{2,16}?)的(?:几|多少)倍");
    /** Words that name nothing counted: an aside in brackets, years, 的, 搞, 对象, a closing 数. */
    private static final Pattern NOISE = Pattern.compile("\\d{4}年度?|[（(][^）)]*[）)]|[^\\p{IsHan}]|的|了|搞|那些|这些"
            + "|对象|数量|总数|去年|今年|全年|全部|所有|这类|那类|这种|(?<=\\p{IsHan})数$");
    private static final Set<String> NOT_COUNTS = Set.of("%", "‰", "个百分点", "元", "万元", "亿元");
    private static final double MIN_MATCH = 0.5;

    private final ListedParts listed;
    private final Function<Report, List<Figure>> figures;
    private final Function<String, Paragraph> paragraphs;
    /** Every place of the corpus: two 增福镇 are told apart in a row even when only one is compared. */
    private final Supplier<List<Place>> places;

    @Autowired
    SharesCompared(ListedParts listed, FigureIndex index, Corpus corpus) {
        this(listed, index::of, id -> corpus.snapshot().paragraphs().get(id), () -> CorpusPlaces.of(corpus));
    }

    SharesCompared(ListedParts listed, Function<Report, List<Figure>> figures, Function<String, Paragraph> paragraphs,
            Supplier<List<Place>> places) {
        this.listed = listed;
        this.figures = figures;
        this.paragraphs = paragraphs;
        this.places = places;
    }

    /** What one place is asked: a part over a whole, or (times) one count over another. */
    private record Asked(String part, String whole) {
    }

    private record Worked(Report report, BigDecimal value, Figure part, List<Figure> whole) {
    }

    @Override
    public Optional<Answer> answer(Question q) {
        if (q.kind() != QuestionKind.COMPARE || q.placeGroups().size() < 2) {
            return Optional.empty();
        }
        String text = q.text();
        boolean times = TIMES.matcher(text).find();
        if (!times && !PART_IN_WHOLE.matcher(text).find() && !WITHIN.matcher(text).find()
                && !OF.matcher(text).find()) {
            return Optional.empty();
        }
        List<Asked> asked = new ArrayList<>();
        for (int i = 0; i < q.places().size(); i++) {
            int place = i;
            asked.add(PlaceStretches.of(text, q.places(), i).stream().map(words -> asked(words, times))
                    .filter(a -> !a.part().isEmpty() || !a.whole().isEmpty()).findFirst()
                    .orElse(new Asked("", "")));
        }
        // what a place leaves unsaid (企业…各占多大比例 said once, after the last place) the others say for it
        // 山林、土地这类纠纷在全部调解纠纷里占多大比重？想比比邬阳乡和林川乡: said before any place, for all of them
        String unplaced = text;
        for (String place : q.places()) {
            unplaced = unplaced.replace(place, "，");
        }
        asked.add(asked(unplaced, times));
        String part = asked.stream().map(Asked::part).filter(s -> !s.isEmpty()).findFirst().orElse("");
        String whole = asked.stream().map(Asked::whole).filter(s -> !s.isEmpty()).findFirst().orElse("");
        if (part.isEmpty() || whole.isEmpty()) {
            return Optional.empty();
        }
        List<Worked> found = new ArrayList<>();
        for (int i = 0; i < q.places().size(); i++) {
            Asked a = asked.get(i);
            String p = a.part().isEmpty() ? part : a.part();
            String w = a.whole().isEmpty() ? whole : a.whole();
            for (Report r : q.placeGroups().get(i)) {
                if (q.scope().contains(r)) {
                    (times ? ratio(r, p, w, q.future()) : share(r, p, w, q.future())).ifPresent(found::add);
                }
            }
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        found.sort(Comparator.comparing(Worked::value).reversed());
        return Optional.of(answer(q, found, times));
    }

    private static Asked asked(String words, boolean times) {
        if (times) {
            Matcher m = TIMES.matcher(words);
            return m.find() ? new Asked(term(m.group(1)), term(m.group(2))) : new Asked("", "");
        }
        Matcher in = PART_IN_WHOLE.matcher(words);
        if (in.find()) {
            return new Asked(term(in.group(1)), term(in.group(2)));
        }
        Matcher m = WITHIN.matcher(words);
        if (m.find()) {
            return new Asked(term(m.group(2)), term(m.group(1)));
        }
        Matcher of = OF.matcher(words);
        if (of.find()) {
            return new Asked(term(of.group(1)), term(of.group(2)));
        }
        Matcher whole = WHOLE_ONLY.matcher(words);
        return whole.find() ? new Asked("", term(whole.group(1))) : new Asked("", "");
    }

    private static String term(String words) {
        return NOISE.matcher(words).replaceAll("");
    }

    /** How well a figure's own clause, and less its sentence, names the words. */
    private static double match(String words, Figure f) {
        return DerivedAnswerer.coverage(words, f.clause() + f.metric())
                + DerivedAnswerer.coverage(words, f.lead() + f.context()) / 2;
    }

    private List<Figure> counts(Report r, boolean future) {
        return figures.apply(r).stream().filter(f -> f.plan() == future && !NOT_COUNTS.contains(f.unit())
                && f.value().signum() > 0).toList();
    }

    private Optional<Worked> share(Report r, String part, String whole, boolean future) {
        List<Figure> counts = counts(r, future);
        Worked best = null;
        double bestScore = 0;
        for (Figure p : counts) {
            double partScore = match(part, p);
            if (partScore < MIN_MATCH) {
                continue;
            }
            // the whole the sentence states before the part (the first such count: 受理136件 before 调解成功133件,
            // 其中山林土地纠纷54件), else the list the part is one of, summed
            Optional<Figure> stated = counts.stream()
                    .filter(w -> DerivedAnswerer.sameSentence(w, p) && w.end() <= p.start() && sameKind(w, p)
                            && w.value().compareTo(p.value()) > 0
                            && (match(whole, w) >= MIN_MATCH || introduces(w, p)))
                    .min(Comparator.comparingInt(Figure::start));
            // 小微企业216家、个体工商户611家: no whole written, the list the part is one of is summed
            List<Figure> parts = stated.isPresent() ? List.of(stated.get())
                    : listed.total(new Ask("", "", Set.of(p.unit())), p, r, paragraphs.apply(p.paragraphId()).text());
            if (parts.isEmpty()) {
                continue;
            }
            double score = partScore + stated.map(w -> match(whole, w)).orElse(0.0);
            BigDecimal total = parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (score > bestScore) {
                bestScore = score;
                best = new Worked(r, percent(p.value(), total), p, parts);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * 全年受理各类事项7240件…，其中网上办理3150件 asked as 网上办理的占全年办件的比例: the count a 其中 divides is the whole,
     * in whatever words the question names it.
     */
    private boolean introduces(Figure whole, Figure part) {
        Paragraph p = paragraphs.apply(part.paragraphId());
        return p != null && whole.end() <= part.start() && part.start() <= p.text().length()
                && p.text().substring(whole.end(), part.start()).contains("其中");
    }

    private Optional<Worked> ratio(Report r, String over, String under, boolean future) {
        List<Figure> counts = counts(r, future);
        Optional<Figure> top = counts.stream().filter(f -> match(over, f) >= MIN_MATCH)
                .max(Comparator.comparingDouble(f -> match(over, f)));
        Optional<Figure> bottom = top.flatMap(t -> counts.stream()
                .filter(f -> f != t && DerivedAnswerer.sameSentence(f, t) && sameKind(f, t)
                        && match(under, f) >= MIN_MATCH)
                .max(Comparator.comparingDouble(f -> match(under, f))));
        if (bottom.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = top.get().value().divide(bottom.get().value(), 1, RoundingMode.HALF_UP);
        return Optional.of(new Worked(r, value, top.get(), List.of(bottom.get())));
    }

    /** 新增市场主体1005个 and 企业402个, 重大安全隐患3项 and 已整改3个: counts of one kind of thing. */
    private static boolean sameKind(Figure a, Figure b) {
        return Totals.sameKind(a.unit(), Set.of(b.unit()));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private Answer answer(Question q, List<Worked> found, boolean times) {
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        List<Place> places = this.places.get();
        String what = times ? "倍数" : "占比";
        String unit = times ? "倍" : "%";
        List<WorkedTable.Row> rows = new ArrayList<>();
        for (Worked x : found) {
            Figure p = x.part();
            int n = citations.cite(x.report(), paragraphs.apply(p.paragraphId()), p.sentence().strip());
            String under = x.whole().size() == 1 ? DerivedAnswerer.said(x.whole().get(0))
                    : "（" + x.whole().stream().map(Figure::raw).collect(Collectors.joining("＋")) + "）";
            String value = x.value().stripTrailingZeros().scale() <= 0 ? x.value().setScale(0).toPlainString()
                    : x.value().toPlainString();
            figures.add(new AnswerFigure(x.value(), unit, null, value + unit, what, x.report().place().display(),
                    x.report().year(), n, true));
            rows.add(new WorkedTable.Row(x.value(), x.report(), value + unit, DerivedAnswerer.said(p) + "÷" + under,
                    "“" + p.sentence().strip() + "”[" + n + "]"));
        }
        String how = times ? "前一个数 ÷ 后一个数" : "部分 ÷ 整体 × 100%";
        String text = "各报告都没有直接写这个" + what + "，以下按各报告同一句中的数字计算（" + how + "，保留一位小数），"
                + found.get(0).report().place().nameAmong(places) + "最高。\n\n" + WorkedTable.of(what, rows, places)
                + (found.stream().map(x -> x.report().year()).distinct().count() > 1 ? "\n注意：各报告年度不同，数字不完全可比。" : "");
        return Answer.of(q.text(), text.strip(), Mode.NUMERIC, citations.list(), figures);
    }
}
