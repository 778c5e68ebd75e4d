package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 新增的市场主体里，企业和个体户各占百分之多少 / 全年执法806件，道路交通、林业、食药品各占多大比例 / 新装的探头，场镇和农村
 * 哪边占的比重大: the shares of two or more parts of one place's whole, worked out and ranked. The whole is the count
 * the parts' sentence states before them (新增市场主体1005个，其中企业402个、个体603个) or, when it states none, the sum of
 * the parts asked (场镇新建5个、农村新建21个 → 26个), said so. A comparison that ranks the parts without a share word
 * (道路交通、食药品、林业这三类，按件数从多到少怎么排) ranks their own counts. Empty unless two parts are found in one
 * sentence.
 */
@Component
class PartSharesCompared implements Answerer {

    /** 各占多大比例, 占的比重, 各占百分之多少, 哪边占的比重大, 占比. */
    private static final Pattern SHARE = Pattern.compile(
            "(?:哪边|哪个|哪一?类|哪一?项|哪一?块|谁)?(?:各自|各|分别)?所?占(?:了|到)?的?(?:多大|多少|几)?的?"
                    + "(?:比例|比重|百分之几|百分之多少|百分比|几成)|(?:各自|各|分别)?的?占比");
    private static final Pattern ITEMS_JOIN = Pattern.compile("、|和|与|及|跟");
    /** 按件数从多到少怎么排, 哪类最多: how a ranking of the parts' own counts is asked. */
    private static final Pattern RANKED = Pattern.compile(
            "[，,？?。]\\s*(?:按\\p{IsHan}{0,4}?)?(?:从|由)[多少高低大小]到[多少高低大小]"
                    // 两家谁提得多, 哪边办得多: a verb may stand between who and how many
                    // 食品药品和林业两类谁办得少: in the clause of the parts too
                    + "|(?:[，,？?。]\\s*|(?<=\\p{IsHan}))(?:(?:这|那)?[两俩三四几][家边个者类项])?(?:哪一?类|哪一?项|哪个|哪边|哪家|谁)"
                    + "\\p{IsHan}{0,2}?(?:最|更)?[多少]");
    /** 里面道路交通, 其中企业: where the parts begin, not a part's own word. */
    private static final Pattern PART_OPENING = Pattern.compile("^(?:里面|里头|里|当中|之中|中|其中|这里面|这当中)");
    /** 食药品这三类, 个体户各: what closes the list or asks, not the last part's own word. */
    private static final Pattern PART_CLOSING = Pattern.compile(
            "(?:(?:这|那)?[一二两三四五六七八九十几\\d]+(?:类|种|项|个|块|部分)\\p{IsHan}*|各自|各|分别|两边|两块)$");
    private static final Pattern WHOLE_CLOSING = Pattern.compile("(?:里面|里头|里|当中|之中|中)$");
    private static final Pattern WHOLE_INSIDE = Pattern.compile(
            "^\\p{IsHan}{2,16}?(?:里面|里头|里|当中|之中|中(?![心小央国队层]))");
    private static final Set<String> NOT_COUNTS = Set.of("%", "‰", "个百分点");
    private static final double MIN_COVERAGE = 0.5;

    private final Function<Report, List<Figure>> figures;
    private final Function<String, Paragraph> paragraphs;

    @Autowired
    PartSharesCompared(FigureIndex index, Corpus corpus) {
        this(index::of, id -> corpus.snapshot().paragraphs().get(id));
    }

    PartSharesCompared(Function<Report, List<Figure>> figures, Function<String, Paragraph> paragraphs) {
        this.figures = figures;
        this.paragraphs = paragraphs;
    }

    private record Share(String name, Figure part, BigDecimal percent) {
    }

    @Override
    public Optional<Answer> answer(Question q) {
        if (q.scope().size() != 1) {
            return Optional.empty();
        }
        String asked = DerivedAnswerer.withoutPlaces(q);
        Matcher share = SHARE.matcher(asked);
        boolean shares = share.find();
        // 道路交通、食药品、林业这三类，按件数从多到少怎么排: the parts' own counts ranked, no whole needed
        Matcher ranked = RANKED.matcher(asked);
        if (!shares && (q.kind() != QuestionKind.COMPARE || !ranked.find())) {
            return Optional.empty();
        }
        String before = asked.substring(0, shares ? share.start() : ranked.start());
        String[] clauses = before.split("[，,。？?：:]");
        int at = -1;
        for (int i = 0; i < clauses.length; i++) {
            at = ITEMS_JOIN.split(clauses[i]).length >= 2 ? i : at;
        }
        if (at < 0) {
            return Optional.empty();
        }
        // 新增市场主体里企业和个体户: a whole named inside the parts' own clause, before 里
        Matcher inside = WHOLE_INSIDE.matcher(clauses[at]);
        String partsClause = inside.find() ? clauses[at].substring(inside.end()) : clauses[at];
        List<String> names = new ArrayList<>();
        for (String item : ITEMS_JOIN.split(partsClause)) {
            String name = DerivedAnswerer.term(PART_CLOSING.matcher(PART_OPENING.matcher(item.strip()).replaceFirst(""))
                    .replaceFirst(""));
            if (name.length() >= 2 && !names.contains(name)) {
                names.add(name);
            }
        }
        // 新增的市场主体里，企业和…: the whole is what the clause right before the parts names (我在做对比： is not)
        String whole = DerivedAnswerer.term(WHOLE_CLOSING.matcher(
                partsClause.length() < clauses[at].length() ? clauses[at].substring(0, clauses[at].length()
                        - partsClause.length()) : at > 0 ? clauses[at - 1].strip() : "").replaceFirst(""));
        return names.size() < 2 ? Optional.empty() : shares(q, q.scope().get(0), names, whole, shares);
    }

    private Optional<Answer> shares(Question q, Report r, List<String> names, String whole, boolean asShares) {
        List<Figure> counts = figures.apply(r).stream().filter(f -> f.plan() == q.future()
                && !NOT_COUNTS.contains(f.unit()) && f.value().signum() > 0).toList();
        Optional<Named[]> read = read(names, counts);
        // 人大和政协围绕土地延包、消防…: two lists in one clause; the parts are the ones the report counts
        for (int size = names.size() - 1; read.isEmpty() && size >= 2; size--) {
            for (int from = 0; read.isEmpty() && from + size <= names.size(); from++) {
                read = read(names.subList(from, from + size), counts);
            }
        }
        if (read.isEmpty()) {
            return Optional.empty();
        }
        names = Arrays.stream(read.get()).map(Named::name).toList();
        List<Figure> parts = Arrays.stream(read.get()).map(Named::figure).toList();
        if (!asShares) {
            return Optional.of(counts(q, r, names, parts));
        }
        Figure first = parts.stream().min(Comparator.comparingInt(Figure::start)).orElseThrow();
        BigDecimal sum = parts.stream().map(Figure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        // 全年执法806件，其中道路交通249件: the whole stated before the parts, of their kind and no smaller than them
        Optional<Figure> stated = counts.stream()
                .filter(w -> DerivedAnswerer.sameSentence(w, first) && w.end() <= first.start()
                        && w.unit().equals(first.unit()) && w.value().compareTo(sum) >= 0
                        && (whole.length() < 2 || DerivedAnswerer.coverage(whole, w.clause()) >= MIN_COVERAGE))
                .min(Comparator.comparingInt(Figure::start));
        BigDecimal total = stated.map(Figure::value).orElse(sum);
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Figure p = parts.get(i);
            shares.add(new Share(names.get(i), p, DerivedAnswerer.round(p.value().multiply(BigDecimal.valueOf(100))
                    .divide(total, 4, RoundingMode.HALF_UP))));
        }
        Comparator<Share> byPercent = Comparator.comparing(Share::percent);
        shares.sort(RankOrder.of(q.text()).fewestFirst() ? byPercent : byPercent.reversed());
        return Optional.of(answer(q, r, shares, stated, parts));
    }

    private record Named(String name, Figure figure) {
    }

    /** Each part's figure, all in one sentence: the one where the first part is named best. */
    private static Optional<Named[]> read(List<String> names, List<Figure> counts) {
        Named[] out = new Named[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Figure anchor = i == 0 ? null : out[0].figure();
            Set<Figure> taken = new HashSet<>();
            for (int k = 0; k < i; k++) {
                taken.add(out[k].figure());
            }
            List<Figure> candidates = counts.stream()
                    .filter(f -> anchor == null || DerivedAnswerer.sameSentence(f, anchor)
                            && f.unit().equals(anchor.unit()) && !taken.contains(f))
                    .toList();
            Optional<Named> found = named(names.get(i), candidates, i == 0, i == names.size() - 1);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            out[i] = found.get();
        }
        return Optional.of(out);
    }

    /**
     * The figure the part's clause names best. 人大和政协围绕土地延包: a list read off a longer clause may hold more
     * than the part in its first and last items, so their ends (人大, 政协) are tried too, each wholly in the clause;
     * 食品药品 asked is 食药品 written.
     */
    private static Optional<Named> named(String name, List<Figure> candidates, boolean first, boolean last) {
        Optional<Figure> whole = candidates.stream()
                .filter(f -> DerivedAnswerer.coverage(name, f.clause()) >= MIN_COVERAGE
                        || DerivedAnswerer.abbreviated(name, f.clause()))
                .max(Comparator.comparingDouble((Figure f) -> DerivedAnswerer.coverage(name, f.clause()))
                        .thenComparing(f -> -f.start()));
        if (whole.isPresent()) {
            // named as the report writes it when it shortens the name asked (食药品 for 食品药品)
            String said = DerivedAnswerer.coverage(name, whole.get().clause()) >= MIN_COVERAGE ? name
                    : DerivedAnswerer.abbreviation(name, whole.get().clause()).filter(w -> w.length() < name.length())
                            .orElse(name);
            return Optional.of(new Named(said, whole.get()));
        }
        for (int length = name.length() - 1; length >= 2 && (first || last); length--) {
            for (String end : first && last ? List.of(name.substring(name.length() - length), name.substring(0, length))
                    : List.of(first ? name.substring(name.length() - length) : name.substring(0, length))) {
                Optional<Figure> f = candidates.stream().filter(c -> c.clause().contains(end))
                        .min(Comparator.comparingInt(Figure::start));
                if (f.isPresent()) {
                    return Optional.of(new Named(end, f.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The parts' counts as the report states them, ranked in the order asked, one sentence cited. */
    private Answer counts(Question q, Report r, List<String> names, List<Figure> parts) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byValue = Comparator.comparing(i -> parts.get(i).value());
        RankOrder rank = RankOrder.of(q.text());
        order.sort(rank.fewestFirst() ? byValue : byValue.reversed());
        Citations citations = new Citations();
        String quote = parts.get(0).sentence().strip();
        int n = citations.cite(r, paragraphs.apply(parts.get(0).paragraphId()), quote);
        List<AnswerFigure> out = new ArrayList<>();
        StringBuilder table = new StringBuilder("| 排名 | 项目 | 数字 | 原文 |\n|---|---|---|---|\n");
        for (int k = 0; k < order.size(); k++) {
            Figure p = parts.get(order.get(k));
            out.add(new AnswerFigure(p.value(), p.unit(), p.qualifier(), p.raw(), names.get(order.get(k)),
                    r.place().display(), r.year(), n));
            table.append("| ").append(k + 1).append(" | ").append(names.get(order.get(k))).append(" | ")
                    .append(p.raw()).append(" | “").append(quote).append("”[").append(n).append("] |\n");
        }
        // 谁办得少 names the fewest, whatever order the rows are in
        int top = order.get(rank.fewestFirst() == rank.asksFewest() ? 0 : order.size() - 1);
        String text = r.shortLabel() + "报告中，" + names.get(top) + rank.namedOfCounts() + "（" + parts.get(top).raw()
                + "）。\n\n" + table;
        return Answer.of(q.text(), text.strip(), Mode.NUMERIC, citations.list(), out);
    }

    private Answer answer(Question q, Report r, List<Share> shares, Optional<Figure> stated, List<Figure> parts) {
        Citations citations = new Citations();
        Figure first = shares.get(0).part();
        String quote = first.sentence().strip();
        int n = citations.cite(r, paragraphs.apply(first.paragraphId()), quote);
        String under = stated.map(DerivedAnswerer::said).orElse("（" + parts.stream()
                .sorted(Comparator.comparingInt(Figure::start)).map(Figure::raw)
                .collect(Collectors.joining("＋")) + "）");
        List<AnswerFigure> out = new ArrayList<>();
        StringBuilder table = new StringBuilder("| 排名 | 项目 | 占比 | 计算 | 原文 |\n|---|---|---|---|---|\n");
        int rank = 0;
        for (int k = 0; k < shares.size(); k++) {
            Share s = shares.get(k);
            rank = k > 0 && s.percent().compareTo(shares.get(k - 1).percent()) == 0 ? rank : k + 1;
            String raw = s.percent().toPlainString() + "%";
            out.add(new AnswerFigure(s.percent(), "%", null, raw, s.name() + "占比", r.place().display(), r.year(), n,
                    true));
            table.append("| ").append(rank).append(" | ").append(s.name()).append(" | ").append(raw).append(" | ")
                    .append(DerivedAnswerer.said(s.part())).append("÷").append(under).append(" | “").append(quote)
                    .append("”[").append(n).append("] |\n");
        }
        String whole = stated.map(w -> "以" + DerivedAnswerer.said(w) + "为整体")
                .orElse("报告没有写合计，以所问各项之和为整体");
        String text = r.shortLabel() + "报告没有直接写明占比，以下按原文的数字计算（" + whole + "，保留一位小数），"
                + shares.stream().max(Comparator.comparing(Share::percent)).orElseThrow().name() + "占比最高。\n\n"
                + table;
        return Answer.of(q.text(), text.strip(), Mode.NUMERIC, citations.list(), out);
    }
}
