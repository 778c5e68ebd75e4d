package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureIndex;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.AskSplitter;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.TotalAsk;
import com.reportqa.question.TotalWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Answers a total asked together with its parts ({@link TotalAsk}: 处罚金额合计多少？简易程序和一般程序各多少？):
 * each part as the figure answerer would, and the total — the figure the report introduces as the total (共/合计
 * before it, 其中 after it) when it is not one of the parts, else the parts' sum marked as computed. A part's
 * figure is never given as the total. Tried before the plain figure answerer, which would match the total's ask
 * to whichever part reads most like it.
 */
@Component
class TotalAnswerer implements Answerer {

    /** The figures answering some asks of a question (one per ask, one ask per figure), or one paragraph's. */
    interface Finder {
        List<Optional<FigureMatch>> find(List<Ask> asks, Question q);

        /** The best figure for the ask among one paragraph's, if good enough. */
        Optional<FigureMatch> inParagraph(Ask ask, Question q, String paragraphId);

        static Finder of(FigureFinder finder) {
            return new Finder() {
                @Override
                public List<Optional<FigureMatch>> find(List<Ask> asks, Question q) {
                    return finder.find(asks, q.scope(), q.future(), q.statedYear());
                }

                @Override
                public Optional<FigureMatch> inParagraph(Ask ask, Question q, String paragraphId) {
                    return q.scope().stream()
                            .flatMap(r -> finder.close(ask, r, q.future(), Double.MAX_VALUE).stream())
                            .filter(m -> m.figure().paragraphId().equals(paragraphId)).findFirst();
                }
            };
        }
    }

    private static final Pattern TOTAL_WORDS = Pattern.compile(
            TotalWords.ASKED + "|" + TotalWords.RUNNING + "|" + TotalWords.NOUN);
    private static final Pattern TOTAL_ASKED = Pattern.compile(TotalWords.ASKED);

    private final Finder finder;
    private final Function<Report, List<Figure>> figures;
    private final Function<String, Paragraph> paragraphs;
    private final BiFunction<Question, Ask, Optional<BreakdownAnswerer.Listing>> listings;

    @Autowired
    TotalAnswerer(FigureFinder finder, FigureIndex index, Corpus corpus, CorpusReading reading) {
        this(Finder.of(finder), index::of,
                id -> corpus.snapshot().paragraphs().get(id), (q, total) -> reading.current().forms().listing(q, total));
    }

    /**
     * @param listings the sentence listing a total's parts, for a question that leaves the parts to the report
     */
    TotalAnswerer(Finder finder, Function<Report, List<Figure>> figures, Function<String, Paragraph> paragraphs,
            BiFunction<Question, Ask, Optional<BreakdownAnswerer.Listing>> listings) {
        this.finder = finder;
        this.figures = figures;
        this.paragraphs = paragraphs;
        this.listings = listings;
    }

    /**
     * 法律顾问一共参与了多少件？涉法事务、重大矛盾纠纷、信访各多少: the parts of what the total counts are written
     * where the total's own figure is (累计参与15件…共参与6件…参与办理信访案件3件). A part found in another paragraph
     * (the whole town's 受理矛盾纠纷224件) is taken from that one instead, when another part is already there and a
     * figure of it matches well enough.
     */
    private List<Optional<FigureMatch>> together(List<Optional<FigureMatch>> found, List<Ask> asks, Ask total,
            Question q) {
        Optional<FigureMatch> own = total == null ? Optional.empty() : finder.find(List.of(total), q).get(0);
        if (own.isEmpty()) {
            return found;
        }
        String home = own.get().figure().paragraphId();
        if (found.stream().flatMap(Optional::stream).noneMatch(m -> m.figure().paragraphId().equals(home))) {
            return found;
        }
        List<Optional<FigureMatch>> out = new ArrayList<>(found);
        for (int k = 0; k < out.size(); k++) {
            Optional<FigureMatch> m = out.get(k);
            if (m.isEmpty() || m.get().figure().paragraphId().equals(home)) {
                continue;
            }
            Set<Figure> taken = new HashSet<>();
            out.stream().flatMap(Optional::stream).forEach(x -> taken.add(x.figure()));
            Optional<FigureMatch> there = finder.inParagraph(asks.get(k), q, home)
                    .filter(x -> !taken.contains(x.figure()));
            if (there.isPresent()) {
                out.set(k, there);
            }
        }
        return out;
    }

    @Override
    public Optional<Answer> answer(Question q) {
        if (q.kind() != QuestionKind.NUMERIC) {
            return Optional.empty();
        }
        TotalAsk t = TotalAsk.of(q.text(), q.asks()).orElse(null);
        if (t == null) {
            return Optional.empty();
        }
        List<Ask> asks = q.asks();
        Ask total = t.total() >= 0 ? asks.get(t.total()) : null;
        List<TotalReply.Part> parts = new ArrayList<>();
        List<TotalReply.Part> others = new ArrayList<>();
        Optional<TotalReply.Part> stated = Optional.empty();
        String sentence = null;
        if (t.named()) {
            // the parts without the total's ask, which would take the part that reads most like it (合计 → 简易程序)
            List<Integer> rest = new ArrayList<>(t.parts());
            rest.addAll(t.others());
            rest.sort(Integer::compare);
            // 处罚金额合计多少？简易程序和一般程序各多少: a part of a sum of money asked without a measure is money too
            // (a count's parts may be other things: 问题线索9件 splits into 立案3件 and 党纪处分2人)
            boolean money = total != null && total.units().contains("元");
            List<Ask> restAsks = rest.stream().map(i -> t.parts().contains(i) && money && t.explicit()
                    && asks.get(i).units().isEmpty()
                    ? new Ask(asks.get(i).metric(), asks.get(i).context(), total.units()) : asks.get(i)).toList();
            List<Optional<FigureMatch>> found = together(finder.find(restAsks, q), restAsks, total, q);
            Map<Integer, Optional<FigureMatch>> byAsk = new HashMap<>();
            for (int k = 0; k < rest.size(); k++) {
                byAsk.put(rest.get(k), found.get(k));
            }
            t.parts().forEach(i -> parts.add(part(asks.get(i), byAsk.get(i))));
            t.others().forEach(i -> others.add(part(asks.get(i), byAsk.get(i))));
            if (parts.stream().allMatch(p -> p.figure() == null)) {
                return Optional.empty();
            }
            boolean whole = WHOLE.matcher(q.text()).find();
            if ((whole || t.explicit()) && statedTotal(q, t, total, parts).isEmpty()) {
                // 一共多少人？其中副镇长、二级机构负责人各几名: the whole counts the parts the report lists beside them;
                // so does 合计 (处罚金额合计多少？简易程序和一般程序各多少 adds the 委托执法 the report lists too)
                parts.addAll(siblings(q, parts, !whole));
            }
        } else {
            BreakdownAnswerer.Listing l = total == null ? null : listings.apply(q, total).orElse(null);
            List<String> namedAlone = l == null && total != null ? namedInTotal(t.clause(), q) : List.of();
            if (namedAlone.size() >= 2) {
                // 人大代表建议和政协委员提案一共多少件？各自多少件？ with no listing: each named part found or 未写明
                return Optional.ofNullable(namedParts(q, t, total, namedAlone));
            }
            if (l == null) {
                return Optional.empty();
            }
            sentence = l.sentence();
            // 共受理纠纷224件，其中调解类…: the listing's own total is no part
            stated = l.figures().stream()
                    .filter(f -> l.paragraph() != null && Totals.introducedAsTotal(l.paragraph().text(), f))
                    .findFirst().map(f -> new TotalReply.Part("", l.report(), f));
            List<String> named = namedInTotal(t.clause(), q);
            // 积极投身重大矛盾纠纷处置工作,共参与6件: a 共 inside a clause naming one of the parts counts that part
            Figure introduced = stated.map(TotalReply.Part::figure).orElse(null);
            // (区委中心组专题学法、常务会议会前学法共6次 names two of them: a total of those two)
            if (named.size() >= 2 && introduced != null && named.stream()
                    .filter(n -> covers(segment(introduced, l.figures()), n)).count() == 1) {
                stated = Optional.empty();
            }
            Figure own = stated.map(TotalReply.Part::figure).orElse(null);
            if (named.size() >= 2) {
                // 中心组学法加上会前学法，一共几次？两种各几次？: the parts are the two named, each stated or not
                Set<Figure> taken = new HashSet<>();
                for (String name : named) {
                    // of the figures whose words name it, the one it is written closest before (人大提出20余条)
                    Figure f = l.figures().stream()
                            .filter(x -> x != own && !taken.contains(x) && covers(segment(x, l.figures()), name))
                            .min(Comparator.comparingInt(x -> distance(segment(x, l.figures()), name)))
                            .orElse(null);
                    if (f == null) {
                        // 涉法事务,累计参与15件。同时,…共参与6件…信访案件3件: a part written in a sentence of its own
                        // just before the listing, in the same paragraph
                        f = elsewhereInParagraph(q, l, name, total, taken);
                    }
                    if (f != null) {
                        taken.add(f);
                    }
                    parts.add(new TotalReply.Part(name, f == null ? null : l.report(), f));
                }
                String listing = l.sentence();
                if (parts.stream().allMatch(p -> p.figure() == null)
                        || parts.stream().anyMatch(p -> p.figure() != null && !listing.contains(p.figure().raw()))) {
                    // nothing listed to quote, or a part written outside the listing: each figure quoted on its own
                    sentence = null;
                }
            } else {
                List<Figure> listed = new ArrayList<>(l.figures());
                listed.addAll(countedOtherwise(q, l, own));
                listed.sort(Comparator.comparingInt(Figure::start));
                listed.stream().filter(f -> f != own)
                        .forEach(f -> parts.add(new TotalReply.Part(f.metric().isBlank() ? "所列一项" : f.metric(),
                                l.report(), f)));
            }
            List<Optional<FigureMatch>> found = finder.find(t.others().stream().map(asks::get).toList(), q);
            for (int k = 0; k < t.others().size(); k++) {
                others.add(part(asks.get(t.others().get(k)), found.get(k)));
            }
        }
        if (stated.isEmpty()) {
            stated = statedTotal(q, t, total, parts);
        }
        String label = total == null ? "" : label(total, t.clause());
        return Optional.of(TotalReply.build(q, label, t.explicit(), stated, parts, others, t.unit(), sentence,
                paragraphs));
    }

    /**
     * The parts a listing's 其中 goes on to give in other units (全年执法806件，其中道路交通249件…、文化品市场清查30余次、
     * 交通警告教育500余人次): asked what the whole is made of, the reader gets every item the report lists, none summed.
     */
    private List<Figure> countedOtherwise(Question q, BreakdownAnswerer.Listing l, Figure own) {
        if (l.paragraph() == null) {
            return List.of();
        }
        String text = l.paragraph().text();
        int start = text.indexOf(l.sentence());
        int among = start < 0 ? -1 : text.indexOf("其中", own == null ? start : own.end());
        if (among < 0 || among > start + l.sentence().length()) {
            return List.of();
        }
        int end = start + l.sentence().length();
        return figures.apply(l.report()).stream()
                .filter(f -> f.paragraphId().equals(l.paragraph().id()) && f.start() > among && f.end() <= end
                        && f.plan() == q.future() && !f.unit().isEmpty() && !f.unit().equals("%")
                        && l.figures().stream().noneMatch(x -> x.start() == f.start()))
                .toList();
    }

    /** 其中 or 几类…加起来: the parts asked are some of a whole, whose total counts the others listed too. */
    private static final Pattern WHOLE = Pattern.compile("其中|几类|各类|所有|全部");
    private static final Pattern LEVELS = Pattern.compile("[两三四五]级$");
    /** The joining words the question's splitter reads (法律顾问参与的事情: 参与 joins nothing). */
    private static final Pattern NAMED_JOIN = Pattern.compile("加上|以及|" + AskSplitter.JOINS + "|、");

    /**
     * Figures the report lists beside the parts found (same sentence, same unit), not asked and not a total:
     * 1名副镇长、7名二级机构负责人以及1名新录用公务员 — the whole's sum needs the 公务员 too.
     *
     * @param parallel only figures of the parts' one shared metric (罚款 of 罚款133970元；罚款9900元；罚款13100元)
     */
    private List<TotalReply.Part> siblings(Question q, List<TotalReply.Part> parts, boolean parallel) {
        List<TotalReply.Part> found = parts.stream().filter(p -> p.figure() != null).toList();
        if (found.size() < parts.size() || found.stream().map(TotalReply.Part::report).distinct().count() != 1) {
            return List.of();
        }
        Figure first = found.get(0).figure();
        String text = text(first);
        if (text == null) {
            return List.of();
        }
        int[] span = Totals.sentence(text, first.start());
        Set<String> units = new LinkedHashSet<>();
        Set<String> partAt = new LinkedHashSet<>();
        for (TotalReply.Part p : found) {
            Figure f = p.figure();
            int[] own = Totals.sentence(text, f.start());
            if (!f.paragraphId().equals(first.paragraphId()) || own[0] != span[0]) {
                return List.of(); // parts from different sentences are no one listing
            }
            units.add(f.unit());
            partAt.add(at(f));
        }
        Set<String> metrics = new LinkedHashSet<>();
        found.forEach(p -> metrics.add(p.figure().metric()));
        if (parallel && (metrics.size() != 1 || metrics.contains(""))) {
            return List.of();
        }
        List<TotalReply.Part> more = new ArrayList<>();
        for (Figure f : figures.apply(found.get(0).report())) {
            if (parallel && !metrics.contains(f.metric())) {
                continue;
            }
            if (f.paragraphId().equals(first.paragraphId()) && f.start() >= span[0] && f.end() <= span[1]
                    && !partAt.contains(at(f)) && Totals.sameKind(f.unit(), units) && f.plan() == q.future()
                    && f.qualifier() == null && !Totals.introducedAsTotal(text, f)) {
                String label = parallel ? Totals.clauseOpening(text, f) : siblingLabel(f, text, parts);
                more.add(new TotalReply.Part("另列" + label, found.get(0).report(), f));
            }
        }
        return more;
    }

    /** The total's own figure and each named part's, a part's never the total's; null when the total has none. */
    private Answer namedParts(Question q, TotalAsk t, Ask total, List<String> named) {
        Optional<FigureMatch> own = finder.find(List.of(total), q).get(0);
        if (own.isEmpty()) {
            return null;
        }
        List<Ask> asks = named.stream().map(n -> new Ask(n, "", total.units())).toList();
        List<Optional<FigureMatch>> found = finder.find(asks, q);
        List<TotalReply.Part> parts = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Optional<FigureMatch> m = found.get(i).filter(x -> !at(x.figure()).equals(at(own.get().figure())));
            parts.add(part(asks.get(i), m));
        }
        Optional<TotalReply.Part> stated = Optional.of(new TotalReply.Part(total.metric(), own.get().report(),
                own.get().figure()));
        return TotalReply.build(q, label(total, t.clause()), t.explicit(), stated, parts, List.of(), t.unit(), null,
                paragraphs);
    }

    /**
     * What a listed figure counts: its metric, or — when the metric is what the parts share (罚款) — the words
     * before it that tell it apart (一般程序12起，罚款9900元 → 一般程序罚款).
     */
    private static String siblingLabel(Figure f, String text, List<TotalReply.Part> parts) {
        String metric = f.metric().isBlank() ? "一项" : f.metric();
        if (parts.stream().noneMatch(p -> p.label().replace(" ", "").contains(metric))) {
            return metric;
        }
        int from = Totals.sentence(text, f.start())[0];
        String before = text.substring(from, f.start());
        before = before.replaceAll("^.*[；;]", "").replaceAll("[0-9.]+[余多]?[万亿千]?\\p{IsHan}", "")
                .replaceAll("[^\\p{IsHan}]", "");
        return before.length() >= 2 && before.length() <= 16 ? before : metric;
    }

    /** The named part's figure in the listing's paragraph outside its sentence, when the finder's best is there. */
    private Figure elsewhereInParagraph(Question q, BreakdownAnswerer.Listing l, String name, Ask total,
            Set<Figure> taken) {
        if (l.paragraph() == null || total == null) {
            return null;
        }
        return finder.find(List.of(new Ask(name, "", total.units())), q).get(0)
                .map(FigureMatch::figure)
                .filter(f -> f.paragraphId().equals(l.paragraph().id()) && !taken.contains(f)
                        && l.figures().stream().noneMatch(x -> at(x).equals(at(f))))
                .orElse(null);
    }

    /** The things named before the total word, when it adds them up: 中心组学法加上会前学法，一共 → both. */
    private static List<String> namedInTotal(String totalClause, Question q) {
        String text = q.text();
        int at = text.indexOf(totalClause);
        Matcher word = TOTAL_ASKED.matcher(text);
        int end = word.find() ? word.start() : at;
        if (end <= 0) {
            return List.of();
        }
        String before = text.substring(0, end);
        for (String place : q.places()) {
            before = before.replace(place, " ");
        }
        // 法律顾问参与的事情，涉法事务、重大矛盾纠纷、信访案件加起来: the things added are the clause before the total word
        before = before.replaceAll("^.*[?？。；;]", "").replaceAll("(?:19|20)\\d{2}\\s*年度?|去年|今年|全年", " ")
                .replaceAll("[，,\\s]+$", "").replaceAll("^.*[，,]", "");
        if (LEVELS.matcher(before).find()) {
            return List.of(); // 县、镇、村三级: levels, each found in the listing by its own words
        }
        List<String> names = new ArrayList<>();
        for (String item : NAMED_JOIN.split(before)) {
            String name = item.replaceAll("[^\\p{IsHan}]", "").replaceAll("^(的|在|把|将)", "");
            if (name.length() >= 2) {
                names.add(name);
            }
        }
        return NAMED_JOIN.matcher(before).find() ? names : List.of();
    }

    /**
     * The words that belong to a listed figure: from the previous figure of its unit (or its sentence's start) to
     * it — 简易程序处罚1120起，罚款133970元 for the 133970元, though its clause says only 罚款.
     */
    private String segment(Figure f, List<Figure> listed) {
        String text = text(f);
        if (text == null) {
            return f.clause();
        }
        int from = Totals.sentence(text, f.start())[0];
        for (Figure x : listed) {
            if (x != f && x.paragraphId().equals(f.paragraphId()) && Totals.sameKind(x.unit(), Set.of(f.unit()))
                    && x.end() <= f.start()) {
                from = Math.max(from, x.end());
            }
        }
        return text.substring(from, Math.min(f.end(), text.length()));
    }

    /** How far before the segment's end the name (its first two characters) is last written. */
    private static int distance(String segment, String name) {
        int at = segment.lastIndexOf(name.substring(0, 2));
        return at < 0 ? Integer.MAX_VALUE : segment.length() - at;
    }

    /** Whether the clause holds at least half of the name's two-character pieces. */
    private static boolean covers(String clause, String name) {
        int found = 0;
        for (int i = 0; i + 2 <= name.length(); i++) {
            found += clause.contains(name.substring(i, i + 2)) ? 1 : 0;
        }
        return name.length() >= 2 && found * 2 >= name.length() - 1;
    }

    /**
     * What the total counts, as the ask names it without 一共/合计; with the items listed before it in its clause
     * (人大、政协一共提了多少条 → 人大、政协 提 意见建议), which the ask keeps as its context.
     */
    private static String label(Ask total, String clause) {
        String metric = TOTAL_WORDS.matcher(total.metric()).replaceAll("").strip().replaceFirst("^类\\s*", "");
        String context = total.context().strip();
        String first = metric.split(" ")[0];
        if (!context.isEmpty() && !first.isEmpty() && clause.contains(context + "、" + first)) {
            return context + "、" + metric;
        }
        return metric;
    }

    /**
     * The figure the report gives the total with: the total ask's own figure, or a figure of the parts' sentence,
     * that is not a part and is introduced as the total (共159人, 全年执法806件，其中…). When the question names no
     * total (新建了多少个？场镇和农村各几个？) the ask's own figure is its answer as long as it is no part.
     */
    private Optional<TotalReply.Part> statedTotal(Question q, TotalAsk t, Ask total, List<TotalReply.Part> parts) {
        Set<String> partAt = new LinkedHashSet<>();
        Set<String> units = new LinkedHashSet<>();
        for (TotalReply.Part p : parts) {
            if (p.figure() != null) {
                partAt.add(at(p.figure()));
                units.add(p.figure().unit());
            }
        }
        if (total != null) {
            Optional<FigureMatch> own = finder.find(List.of(total), q).get(0);
            if (own.isPresent() && !partAt.contains(at(own.get().figure()))
                    && ownIsTotal(t, own.get().figure(), parts)) {
                return Optional.of(new TotalReply.Part(total.metric(), own.get().report(), own.get().figure()));
            }
        }
        for (TotalReply.Part p : parts) {
            if (p.figure() == null) {
                continue;
            }
            String text = text(p.figure());
            if (text == null) {
                continue;
            }
            int[] span = Totals.sentence(text, p.figure().start());
            for (Figure f : figures.apply(p.report())) {
                if (f.paragraphId().equals(p.figure().paragraphId()) && f.start() >= span[0] && f.end() <= span[1]
                        && !partAt.contains(at(f)) && (units.isEmpty() || Totals.sameKind(f.unit(), units))
                        && f.plan() == q.future() && Totals.introducedAsTotal(text, f)
                        && noLessThanParts(t, f, parts)) {
                    return Optional.of(new TotalReply.Part("", p.report(), f));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the figure the total's own ask found (and no part did) is the total: the report introduces it as
     * one (共…, …其中); or the question does not ask for a total in so many words, so that it is simply that ask's
     * answer; or the parts do not add up (立案3件，处分2人: no total of theirs to confuse it with); or it counts
     * their kind of thing and is no less than their sum (全年执法806件 before 249件、1件、13件).
     */
    private boolean ownIsTotal(TotalAsk t, Figure f, List<TotalReply.Part> parts) {
        if (!t.explicit() || Totals.introducedAsTotal(text(f), f)) {
            return true;
        }
        List<Figure> found = parts.stream().map(TotalReply.Part::figure).filter(Objects::nonNull).toList();
        if (found.size() < parts.size()) {
            return false;
        }
        Optional<Totals.Sum> sum = Totals.sum(found, t.unit());
        if (sum.isEmpty()) {
            return true;
        }
        return Totals.sameKind(f.unit(), Set.of(sum.get().unit()))
                && f.value().compareTo(sum.get().value()) >= 0;
    }

    /**
     * 共参与6件 beside parts of 15件 and 3件 is no whole of theirs: a whole is never less than the sum of its parts of
     * its kind.
     */
    private static boolean noLessThanParts(TotalAsk t, Figure f, List<TotalReply.Part> parts) {
        List<Figure> found = parts.stream().map(TotalReply.Part::figure).filter(Objects::nonNull).toList();
        Optional<Totals.Sum> sum = Totals.sum(found, t.unit());
        return sum.isEmpty() || !Totals.sameKind(f.unit(), Set.of(sum.get().unit()))
                || f.value().compareTo(sum.get().value()) >= 0;
    }

    private String text(Figure f) {
        Paragraph p = paragraphs.apply(f.paragraphId());
        return p == null ? null : p.text();
    }

    private static String at(Figure f) {
        return f.paragraphId() + "@" + f.start();
    }

    private static TotalReply.Part part(Ask ask, Optional<FigureMatch> m) {
        String label = ask.metric().isBlank() ? "所问数字" : ask.metric();
        return m.map(x -> new TotalReply.Part(label, x.report(), x.figure()))
                .orElseGet(() -> new TotalReply.Part(label, null, null));
    }
}
