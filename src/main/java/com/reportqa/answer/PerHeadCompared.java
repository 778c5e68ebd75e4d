package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureIndex;
import com.reportqa.figures.FigureMatch;
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
 * 人均执法办案量哪个高: a per-head figure no report states, worked out for each place from the count it states (全年执法
 * 806件; a list of parts, 简易程序1120起…委托执法4起, is summed) and its headcount of the people who do it (执法人员6人),
 * wherever in the report each is written; 平均一场覆盖多少人: the people a sentence says its events reached, over
 * those events. Ranked, every figure marked computed and its sources cited.
 */
@Component
class PerHeadCompared implements Answerer {

    /** 人均执法办案量, 人均办案数: what is counted per head, without 量/数. */
    private static final Pattern PER_HEAD = Pattern.compile(
            "人均(\\p{IsHan}{2,8}?)(?:量|数|件数|数量)?(?=谁|哪|高|低|多|少|是|有|[，,？?\\s]|$)");
    /** 平均每个执法人员一年办多少件行政处罚案件: the people, then what each does and the thing counted. */
    private static final Pattern PER_PERSON = Pattern.compile("平均每(?:个|名|位)?(?<people>\\p{IsHan}{2}(?:人员|干部)|网格员"
            + "|调解员)(?:平均)?(?:一年|全年|每年)?(?<verb>\\p{IsHan}{0,4}?)(?:多少|几)(?:件|起|宗|次|场|项|个|条|份)?"
            + "(?<noun>\\p{IsHan}{0,10}?)(?=[，,？?。!！\\s]|$)");
    /** 执法人员, 网格员: the people the count is divided among, when the question names them. */
    private static final Pattern PEOPLE_NAMED = Pattern.compile("\\p{IsHan}{2}(?:人员|干部)|网格员|调解员");
    private static final Set<String> HEADS = Set.of("人", "名", "位");
    private static final Set<String> COUNTS = Set.of("件", "起", "宗", "次", "场", "项", "个", "条", "份");
    /** How many of a report's closest figures are looked at, and how close one must be, when none matches well. */
    private static final int NEAR = 5;
    private static final double LOOSE = 0.3;

    private final FigureFinder finder;
    private final ListedParts listed;
    private final Function<Report, List<Figure>> figures;
    private final Function<String, Paragraph> paragraphs;
    /** Every place of the corpus: two 增福镇 are told apart in a row even when only one is compared. */
    private final Supplier<List<Place>> places;

    @Autowired
    PerHeadCompared(FigureFinder finder, ListedParts listed, FigureIndex index, Corpus corpus) {
        this(finder, listed, index::of, id -> corpus.snapshot().paragraphs().get(id), () -> CorpusPlaces.of(corpus));
    }

    PerHeadCompared(FigureFinder finder, ListedParts listed, Function<Report, List<Figure>> figures,
            Function<String, Paragraph> paragraphs, Supplier<List<Place>> places) {
        this.finder = finder;
        this.listed = listed;
        this.figures = figures;
        this.paragraphs = paragraphs;
        this.places = places;
    }

    private record PerHead(Report report, BigDecimal value, List<Figure> counted, Figure heads) {
    }

    @Override
    public Optional<Answer> answer(Question q) {
        String text = q.text();
        for (String place : q.places()) {
            text = text.replace(place, " ");
        }
        if (q.kind() != QuestionKind.COMPARE || q.scope().size() < 2) {
            return Optional.empty();
        }
        Matcher event = PER_EVENT.matcher(text);
        if (event.find() && !q.asks().isEmpty()) {
            return perEvent(q);
        }
        if (PER_VILLAGE.matcher(text).find() && !q.asks().isEmpty()) {
            return perVillage(q);
        }
        Matcher per = PER_HEAD.matcher(text);
        Matcher each = PER_PERSON.matcher(text);
        String thing;
        String people;
        if (per.find()) {
            thing = per.group(1);
            Matcher named = PEOPLE_NAMED.matcher(text);
            people = named.find() ? named.group() : thing.substring(0, 2) + "人员";
        } else if (each.find() && !(each.group("verb") + each.group("noun")).isBlank()) {
            thing = each.group("verb") + each.group("noun");
            people = each.group("people");
        } else {
            return Optional.empty();
        }
        // 执法人员…人均办案量: what the people do is part of what is counted (执法办案)
        String doing = people.endsWith("人员") ? people.substring(0, people.length() - 2) : "";
        Ask counted = new Ask(thing.contains(doing) ? thing : doing + thing, "", COUNTS);
        Ask heads = new Ask(people, "", HEADS);
        List<PerHead> found = new ArrayList<>();
        for (Report r : q.scope()) {
            // 委托执法4起 beside 简易程序1120起、一般程序12起: a count worded apart from the question still leads to the
            // list it is part of, summed below; the table shows what was added and divided
            Optional<FigureMatch> n = closest(counted, r, q.future());
            Optional<FigureMatch> d = n.isEmpty() ? Optional.empty() : heads(heads, n.get(), q.future());
            if (n.isEmpty() || d.isEmpty() || d.get().figure().value().signum() <= 0) {
                continue;
            }
            List<Figure> parts = parts(counted, n.get());
            BigDecimal total = parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            found.add(new PerHead(r, ratio(total, d.get().figure().value()), parts, d.get().figure()));
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        found.sort(Comparator.comparing(PerHead::value).reversed());
        return Optional.of(answer(q, thing, people, found, false));
    }

    /** 平均一场覆盖多少人, 每场平均多少人次: people reached per event. */
    private static final Pattern PER_EVENT = Pattern.compile("平均(?:每|一)(?:场|期)|每场平均|场均");
    private static final Set<String> EVENTS = Set.of("场", "场次", "期");
    private static final Set<String> REACHED = Set.of("人次", "人", "名", "位");

    /**
     * 累计开展法治宣讲100余场次、宣传群众30000余人次: each place's events and the people its sentence says they
     * reached, divided; an approximate count (余, 近) makes an approximate average, said so.
     */
    private Optional<Answer> perEvent(Question q) {
        // 江口镇的法治宣讲和雁峰区的“法治护企”讲座，平均一场覆盖多少人: the events are named around the asking words
        Ask asked = q.asks().get(0);
        String named = PER_EVENT.matcher(asked.context() + " " + asked.metric()).replaceAll(" ")
                .replaceAll("覆盖|参加|参与|受众|听众|人次|人数|[“”\"和]", " ").replaceAll("\\s+", " ").strip();
        List<PerHead> found = new ArrayList<>();
        for (Report r : q.scope()) {
            // 江口镇搞的法治宣讲和雁峰区的“法治护企”专题讲座: each place's events are named after its name
            Ask events = new Ask(ownEvents(q, r).orElse(named), "", EVENTS);
            Optional<FigureMatch> e = closest(events, r, q.future());
            Optional<Figure> reached = e.flatMap(m -> reachedBy(m));
            if (e.isEmpty() || reached.isEmpty() || e.get().figure().value().signum() <= 0) {
                continue;
            }
            found.add(new PerHead(r, ratio(reached.get().value(), e.get().figure().value()), List.of(reached.get()),
                    e.get().figure()));
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        found.sort(Comparator.comparing(PerHead::value).reversed());
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        List<Place> places = this.places.get();
        List<WorkedTable.Row> rows = new ArrayList<>();
        boolean about = false;
        for (PerHead x : found) {
            Figure people = x.counted().get(0);
            Figure held = x.heads();
            about |= people.qualifier() != null || held.qualifier() != null;
            int n = citations.cite(x.report(), paragraphs.apply(held.paragraphId()), held.sentence().strip());
            String unit = people.unit() + "/场";
            figures.add(new AnswerFigure(x.value(), unit, null, x.value().toPlainString() + unit, "平均每场",
                    x.report().place().display(), x.report().year(), n, true));
            String approximately = people.qualifier() != null || held.qualifier() != null ? "约" : "";
            rows.add(new WorkedTable.Row(x.value(), x.report(), approximately + x.value().toPlainString() + unit,
                    people.raw() + "÷" + held.raw(), "“" + held.sentence().strip() + "”[" + n + "]"));
        }
        String text = "各报告都没有直接写平均每场的人数，以下按同一句中的场次和人数计算（保留一位小数"
                + (about ? "；原文为约数，结果也是约数" : "") + "），" + found.get(0).report().place().nameAmong(places)
                + "最多。\n\n" + WorkedTable.of("平均每场", rows, places);
        return Optional.of(Answer.of(q.text(), text.strip(), Mode.NUMERIC, citations.list(), figures));
    }

    /** The events named right after the report's place (搞的法治宣讲和 → 法治宣讲), when the question names them so. */
    private static Optional<String> ownEvents(Question q, Report r) {
        for (int i = 0; i < q.placeGroups().size(); i++) {
            if (q.placeGroups().get(i).contains(r)) {
                return PlaceStretches.of(q.text(), q.places(), i).stream()
                        .map(words -> OWN_EVENTS.matcher(words.split("[，,。？?：:；;]")[0]).replaceAll(""))
                        .filter(words -> words.codePoints().filter(Character::isIdeographic).count() >= 2)
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    private static final Pattern OWN_EVENTS = Pattern.compile("^(?:搞的|组织的|开展的|的|搞)|(?:和|与|及|、|跟)$");

    /** The people an event count's sentence says were reached: the first count of people after it, in that sentence. */
    private Optional<Figure> reachedBy(FigureMatch m) {
        Figure e = m.figure();
        Paragraph p = paragraphs.apply(e.paragraphId());
        if (p == null) {
            return Optional.empty();
        }
        int[] span = Totals.sentence(p.text(), e.start());
        return figures.apply(m.report()).stream()
                .filter(x -> x.paragraphId().equals(e.paragraphId()) && x.start() > e.end() && x.end() <= span[1]
                        && REACHED.contains(x.unit()) && x.plan() == e.plan())
                .min(Comparator.comparingInt(Figure::start));
    }

    /** The best figure in the ask's units, or failing one good enough, the closest that is not too far off. */
    /**
     * 现有执法人员23人，全年办理行政处罚案件142件 and, among the shortcomings, 持法律职业资格的执法人员仅2人: the people
     * the count's own sentence names are the ones it is divided among.
     */
    private Optional<FigureMatch> heads(Ask heads, FigureMatch counted, boolean future) {
        Figure c = counted.figure();
        List<FigureMatch> all = finder.close(heads, counted.report(), future, 1.0);
        return all.stream().filter(m -> m.figure().paragraphId().equals(c.paragraphId())
                && m.figure().sentence().equals(c.sentence())).findFirst()
                .or(() -> all.stream().findFirst());
    }

    private Optional<FigureMatch> closest(Ask ask, Report r, boolean future) {
        return finder.best(ask, r, future).or(() -> finder.near(ask, List.of(r), NEAR).stream()
                .filter(m -> ask.units().contains(m.figure().unit()) && m.figure().plan() == future
                        && m.score() >= LOOSE)
                .findFirst());
    }

    /** One decimal, as every worked-out rate is written. */
    private static BigDecimal ratio(BigDecimal over, BigDecimal under) {
        BigDecimal value = over.divide(under, 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** The count, or the parts of the list it is one of (简易程序1120起；一般程序12起；委托执法4起), all counted. */
    private List<Figure> parts(Ask ask, FigureMatch m) {
        Paragraph p = paragraphs.apply(m.figure().paragraphId());
        // the list is summed whatever item the count was found by: every part of it is counted
        List<Figure> parts = p == null ? List.of()
                : listed.total(new Ask("", "", ask.units()), m.figure(), m.report(), p.text());
        return !parts.isEmpty() ? parts : p == null ? List.of(m.figure())
                : listed.clauses(m.figure(), m.report(), p.text()).orElse(List.of(m.figure()));
    }

    /** 平均每村几名, 摊到每个村头上有多少: a count over the villages the report says it has. */
    private static final Pattern PER_VILLAGE = Pattern.compile(
            "(?:平均)?每(?:个)?村(?:头上)?(?:平均)?(?:有|配备|培育|配)?(?:几|多少)|按村平均|摊到每个村|村均");
    private static final Pattern PER_VILLAGE_WORDS = Pattern.compile(
            "(?:按村|村)?平均(?:下来)?|每个?村(?:头上)?|摊到|村均|下来|[“”\"\\s]");
    /** 23个行政村, 7个村: a count of villages, not of 村民 or 村干部. */
    private static final Pattern VILLAGES_AFTER = Pattern.compile("^(?:行政)?村(?![民干级务规委党居])");
    /** 全乡7个村, 覆盖全部23个行政村: the villages of the whole place, not some of them. */
    private static final Pattern ALL_OF_PLACE = Pattern.compile("全乡|全镇|全街道|全部|辖|共有|全区|全县");

    private Optional<Answer> perVillage(Question q) {
        // the thing counted, without the asking per village: 每村至少8名 is no count of the whole place
        String thing = PER_VILLAGE_WORDS.matcher(q.asks().get(0).metric()).replaceAll("");
        if (thing.codePoints().filter(Character::isIdeographic).count() < 2) {
            return Optional.empty();
        }
        Ask asked = new Ask(thing, "", q.asks().get(0).units());
        List<PerHead> found = new ArrayList<>();
        for (Report r : q.scope()) {
            Optional<FigureMatch> n = closest(asked, r, q.future())
                    .filter(m -> !m.figure().clause().matches(".*每个?村.*") && m.figure().qualifier() == null);
            Optional<Figure> villages = villages(r);
            if (n.isEmpty() || villages.isEmpty()) {
                continue;
            }
            found.add(new PerHead(r, ratio(n.get().figure().value(), villages.get().value()),
                    List.of(n.get().figure()), villages.get()));
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        found.sort(Comparator.comparing(PerHead::value).reversed());
        return Optional.of(answer(q, thing, "村", found, true));
    }

    /** The report's count of its villages: said of the whole place when it says so, else the largest. */
    private Optional<Figure> villages(Report r) {
        List<Figure> counts = figures.apply(r).stream()
                .filter(f -> !f.plan() && f.value().compareTo(BigDecimal.ONE) > 0 && f.qualifier() == null
                        && ("个".equals(f.unit()) || "村".equals(f.unit())) && villagesAfter(f))
                .toList();
        return counts.stream().filter(f -> ALL_OF_PLACE.matcher(f.clause()).find())
                .max(Comparator.comparing(Figure::value))
                .or(() -> counts.stream().max(Comparator.comparing(Figure::value)));
    }

    private static boolean villagesAfter(Figure f) {
        int at = f.clause().indexOf(f.raw());
        String after = at < 0 ? "" : f.clause().substring(at + f.raw().length());
        return "村".equals(f.unit()) ? !after.matches("^[民干级务规委党居].*") : VILLAGES_AFTER.matcher(after).find();
    }

    /** @param villages whether the count is over the report's villages rather than over people */
    private Answer answer(Question q, String thing, String people, List<PerHead> found, boolean villages) {
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        List<Place> places = this.places.get();
        List<WorkedTable.Row> rows = new ArrayList<>();
        String per = villages ? "平均每村" : "人均";
        for (PerHead x : found) {
            Figure first = x.counted().get(0);
            int n = citations.cite(x.report(), paragraphs.apply(first.paragraphId()), first.sentence().strip());
            int h = citations.cite(x.report(), paragraphs.apply(x.heads().paragraphId()), x.heads().sentence().strip());
            String unit = first.unit() + (villages ? "/村" : "/人");
            String counted = x.counted().stream().map(Figure::raw).collect(Collectors.joining("＋"));
            figures.add(new AnswerFigure(x.value(), unit, null, x.value().toPlainString() + unit, per + thing,
                    x.report().place().display(), x.report().year(), n, true));
            rows.add(new WorkedTable.Row(x.value(), x.report(), x.value().toPlainString() + unit,
                    (x.counted().size() > 1 ? "（" + counted + "）" : counted) + "÷" + x.heads().raw(), "“" + FigureAnswers.quote(first) + "”[" + n + "]；“"
                            + FigureAnswers.quote(x.heads()) + "”[" + h + "]"));
        }
        String text = "各报告都没有直接写" + per + thing + "，以下按报告的数字计算（" + thing + "数 ÷ " + people
                + "数，保留一位小数），" + found.get(0).report().place().nameAmong(places) + "最高。\n\n"
                + WorkedTable.of(per + thing, rows, places)
                + (found.stream().map(x -> x.report().year()).distinct().count() > 1 ? "\n注意：各报告年度不同，数字不完全可比。" : "");
        return Answer.of(q.text(), text.strip(), Mode.NUMERIC, citations.list(), figures);
    }
}
