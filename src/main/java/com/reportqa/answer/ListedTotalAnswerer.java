package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureIndex;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.TotalAsk;
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
 * A total asked alone (一共几个人宣誓？) that the report never writes, only lists in parts: 1名副镇长、7名…负责人以及
 * 1名新录用公务员进行宪法宣誓. The best figure for the ask is then one item of the list, which is no answer to 一共;
 * the items are added up and the sum marked as computed. Only when the question names what the items share (宣誓)
 * and none of them in particular: 一共走访了多少家个体工商户 still wants the 个体工商户 item.
 */
@Component
class ListedTotalAnswerer implements Answerer {

    /** 累计 is left out: 累计培养72名 is a running total the report writes itself. */
    private static final Pattern TOTAL_WORDS = Pattern.compile("一共|总共|合计|共计|总计|总数|加起来|加在一起");
    /** What may stand between two items of one list: their words and a joining 、/以及/和, never a clause break. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。：:！？!?\\n（(）)]");
    private static final Pattern JOIN = Pattern.compile("、|以及|和|及|与");

    private final FigureFinder finder;
    private final Function<Report, List<Figure>> figures;
    private final Function<String, Paragraph> paragraphs;

    @Autowired
    ListedTotalAnswerer(FigureFinder finder, FigureIndex index, Corpus corpus) {
        this(finder, index::of, id -> corpus.snapshot().paragraphs().get(id));
    }

    ListedTotalAnswerer(FigureFinder finder, Function<Report, List<Figure>> figures,
            Function<String, Paragraph> paragraphs) {
        this.finder = finder;
        this.figures = figures;
        this.paragraphs = paragraphs;
    }

    @Override
    public Optional<Answer> answer(Question q) {
        if (q.kind() != QuestionKind.NUMERIC || q.asks().size() != 1 || !TOTAL_WORDS.matcher(q.text()).find()) {
            return Optional.empty();
        }
        Ask ask = q.asks().get(0);
        Optional<FigureMatch> found = finder.find(q.asks(), q.scope(), q.future(), q.statedYear()).get(0);
        Optional<FigureMatch> best = found.isPresent() ? found
                // 参加宪法宣誓的总共多少人: no item's own words say 宣誓, their sentence does
                : finder.near(ask, q.scope(), 5).stream()
                        .filter(m -> m.figure().plan() == q.future() && inSentence(ask, m.figure())).findFirst();
        if (best.isEmpty()) {
            return Optional.empty();
        }
        Figure f = best.get().figure();
        Paragraph paragraph = paragraphs.apply(f.paragraphId());
        if (paragraph == null) {
            return Optional.empty();
        }
        String text = paragraph.text();
        List<Figure> items = listAround(f, best.get().report(), text);
        if (items.size() < 2 || items.stream().anyMatch(x -> Totals.introducedAsTotal(text, x))
                || items.stream().anyMatch(x -> names(ask, x)) || Totals.sum(items, null).isEmpty()) {
            return Optional.empty();
        }
        int[] span = Totals.sentence(text, f.start());
        List<TotalReply.Part> parts = items.stream()
                .map(x -> new TotalReply.Part(x.metric().isBlank() ? "所列一项" : x.metric(), best.get().report(), x))
                .toList();
        String unit = TotalAsk.askedUnit(q.text());
        String label = TOTAL_WORDS.matcher(ask.metric()).replaceAll("").strip();
        if (unit != null && label.length() > 2 && label.startsWith(unit)) {
            label = label.substring(unit.length()).strip(); // 几个人宣誓 → 宣誓
        }
        return Optional.of(TotalReply.build(q, label, true, Optional.empty(), parts, List.of(), unit,
                text.substring(span[0], span[1]), paragraphs));
    }

    /**
     * The figures of the sentence that form one list with this one: same kind of unit, each joined to the next by
     * 、/以及/和 with no clause break between them.
     */
    private List<Figure> listAround(Figure f, Report report, String text) {
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
        return List.copyOf(inSentence.subList(from, to + 1));
    }

    private static boolean joined(String text, Figure a, Figure b) {
        if (b.start() < a.end()) {
            return false;
        }
        String between = text.substring(a.end(), b.start());
        return !CLAUSE_BREAK.matcher(between).find() && JOIN.matcher(between).find();
    }

    /** Whether most two-character pieces of the ask's words (two at least) are in the figure's sentence. */
    private static boolean inSentence(Ask ask, Figure f) {
        String asked = hanOf(ask.metric());
        int pieces = 0;
        int found = 0;
        for (int i = 0; i + 2 <= asked.length(); i++) {
            pieces++;
            found += f.sentence().contains(asked.substring(i, i + 2)) ? 1 : 0;
        }
        return found >= 2 && found * 2 >= pieces;
    }

    private static String hanOf(String s) {
        return TOTAL_WORDS.matcher(s).replaceAll(" ").replaceAll("[^\\p{IsHan}]", "");
    }

    /** Whether the ask names this item in particular: a two-character piece of its words in the item's metric. */
    private static boolean names(Ask ask, Figure item) {
        String asked = hanOf(ask.metric());
        String metric = item.metric();
        for (int i = 0; i + 2 <= asked.length(); i++) {
            if (metric.contains(asked.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }
}
