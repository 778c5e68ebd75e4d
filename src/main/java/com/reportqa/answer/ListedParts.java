package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.TotalWords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The parts of a total a report lists without adding them up: 1名副镇长、7名…负责人以及1名新录用公务员 (one list), or
 * 简易程序…罚款133970元；一般程序…罚款9900元；委托执法…罚款13100元 (parallel clauses of one metric). Asked 一共 of one
 * place (ListedTotalAnswerer) or 罚款总额哪个多 of several (CompareAnswerer), their sum is the answer, marked computed.
 */
@Component
class ListedParts {

    /** 累计 is left out: 累计培养72名 is a running total the report writes itself. */
    static final Pattern TOTAL_WORDS = Pattern.compile(
            TotalWords.ASKED + "|" + TotalWords.NOUN + "|" + TotalWords.ADDED);
    /** What may stand between two items of one list: their words and a joining 、/以及/和, never a clause break. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。：:！？!?\\n（(）)]");
    private static final Pattern JOIN = Pattern.compile("、|以及|和|及|与");
    private static final Pattern ASIDE = Pattern.compile("[（(]\\p{IsHan}{1,6}[）)]");
    /** Parallel clauses of one sentence (简易程序…罚款133970元；一般程序…罚款9900元) are set apart by ；. */
    private static final Pattern PARALLEL_BREAK = Pattern.compile("[；;]");

    private final Function<Report, List<Figure>> figures;

    @Autowired
    ListedParts(FigureIndex index) {
        this(index::of);
    }

    ListedParts(Function<Report, List<Figure>> figures) {
        this.figures = figures;
    }

    /**
     * The parts whose sum answers a total asked (一共, 总额) where this figure was found: the list around it, when the
     * report gives none of them as the total and the ask names none of them in particular; empty otherwise.
     *
     * @param text the figure's paragraph text
     */
    List<Figure> total(Ask ask, Figure f, Report report, String text) {
        List<Figure> items = around(ask, f, report, text);
        if (items.size() < 2 || items.stream().anyMatch(x -> Totals.introducedAsTotal(text, x))
                || items.stream().anyMatch(x -> names(ask, x, items)) || Totals.sum(items, null).isEmpty()) {
            return List.of();
        }
        return items;
    }

    static String hanOf(String s) {
        return TOTAL_WORDS.matcher(s).replaceAll(" ").replaceAll("[^\\p{IsHan}]", "");
    }

    /**
     * Whether the ask names this item in particular: a two-character piece of its words in the item's metric and not
     * in every item's (罚款, which each of 罚款133970元；罚款9900元 holds, names what they share).
     */
    private static boolean names(Ask ask, Figure item, List<Figure> items) {
        String asked = hanOf(ask.metric());
        String metric = item.metric();
        for (int i = 0; i + 2 <= asked.length(); i++) {
            String piece = asked.substring(i, i + 2);
            if (metric.contains(piece) && !items.stream().allMatch(x -> x.metric().contains(piece))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figures of the sentence that form one list with this one: same kind of unit, each joined to the next by
     * 、/以及/和 with no clause break between them, or else one per clause of parallel clauses; empty when the figure
     * stands alone.
     *
     * @param text the figure's paragraph text
     */
    private List<Figure> around(Ask ask, Figure f, Report report, String text) {
        int[] span = Totals.sentence(text, f.start());
        List<Figure> inSentence = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Figure x : figures.apply(report)) {
            if (x.paragraphId().equals(f.paragraphId()) && x.start() >= span[0] && x.end() <= span[1]
                    && x.plan() == f.plan() && Totals.sameKind(x.unit(), Set.of(f.unit())) && seen.add(x.start())) {
                inSentence.add(x);
            }
        }
        inSentence.sort(Comparator.comparingInt(Figure::start));
        int at = -1;
        for (int i = 0; i < inSentence.size(); i++) {
            if (inSentence.get(i).start() == f.start()) {
                at = i;
            }
        }
        if (at < 0) {
            return List.of();
        }
        int from = at;
        while (from > 0 && joined(text, inSentence.get(from - 1), inSentence.get(from))) {
            from--;
        }
        int to = at;
        while (to + 1 < inSentence.size() && joined(text, inSentence.get(to), inSentence.get(to + 1))) {
            to++;
        }
        return to > from ? List.copyOf(inSentence.subList(from, to + 1)) : parallel(ask, f, inSentence, text);
    }

    /**
     * 简易程序1120起，罚款133970元；一般程序12起，罚款9900元；委托执法4起，罚款13100元: figures one per clause of a
     * sentence whose clauses are set apart by ；, each named by the word asked (罚款) however the clause words the rest,
     * are the parts of one total.
     */
    private static List<Figure> parallel(Ask ask, Figure f, List<Figure> inSentence, String text) {
        String asked = hanOf(ask.metric());
        List<Figure> best = List.of();
        for (int i = 0; i + 2 <= asked.length(); i++) {
            String piece = asked.substring(i, i + 2);
            if (!f.metric().contains(piece)) {
                continue;
            }
            List<Figure> same = inSentence.stream().filter(x -> x.metric().contains(piece)).toList();
            if (same.size() > best.size() && apart(same, text)) {
                best = same;
            }
        }
        return best.size() >= 2 ? best : List.of();
    }

    /** Each figure in a clause of its own: a ； between every two (parallel clauses, not one list). */
    static boolean apart(List<Figure> figures, String text) {
        for (int i = 1; i < figures.size(); i++) {
            Figure a = figures.get(i - 1);
            Figure b = figures.get(i);
            if (b.start() < a.end() || !PARALLEL_BREAK.matcher(text.substring(a.end(), b.start())).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(String text, Figure a, Figure b) {
        if (b.start() < a.end()) {
            return false;
        }
        // 8个镇（街道）公共法律服务工作站、75个…: a short aside in brackets is part of the item, no clause break
        String between = ASIDE.matcher(text.substring(a.end(), b.start())).replaceAll("");
        return !CLAUSE_BREAK.matcher(between).find() && JOIN.matcher(between).find();
    }

    /**
     * 简易程序处罚1120起，罚款133970元；一般程序12起，罚款9900元；委托执法4起，罚款13100元: a sentence of ；-clauses
     * that each open with a count in the figure's unit is one list of counts.
     */
    Optional<List<Figure>> clauses(Figure f, Report report, String text) {
        int[] span = Totals.sentence(text, f.start());
        List<Figure> same = figures.apply(report).stream()
                .filter(x -> x.paragraphId().equals(f.paragraphId()) && x.start() >= span[0] && x.end() <= span[1]
                        && x.unit().equals(f.unit()) && x.qualifier() == null && x.plan() == f.plan())
                .sorted(Comparator.comparingInt(Figure::start)).toList();
        List<Figure> parts = new ArrayList<>();
        int from = span[0];
        int clauses = 0;
        for (int end = from; end <= span[1]; end++) {
            if (end == span[1] || "；;".indexOf(text.charAt(end)) >= 0) {
                int a = from;
                int b = end;
                clauses++;
                same.stream().filter(x -> x.start() >= a && x.end() <= b).findFirst().ifPresent(parts::add);
                from = end + 1;
            }
        }
        return clauses >= 2 && parts.size() == clauses && parts.contains(f) ? Optional.of(parts) : Optional.empty();
    }
}
