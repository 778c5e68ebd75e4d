package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.QuestionParser;
import com.reportqa.question.TotalAsk;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
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


    private final FigureFinder finder;
    private final ListedParts listed;
    private final Function<String, Paragraph> paragraphs;

    @Autowired
    ListedTotalAnswerer(FigureFinder finder, ListedParts listed, Corpus corpus) {
        this(finder, listed, id -> corpus.snapshot().paragraphs().get(id));
    }

    ListedTotalAnswerer(FigureFinder finder, ListedParts listed, Function<String, Paragraph> paragraphs) {
        this.finder = finder;
        this.listed = listed;
        this.paragraphs = paragraphs;
    }

    @Override
    public Optional<Answer> answer(Question q) {
        if (q.kind() != QuestionKind.NUMERIC || q.asks().size() != 1
                || !ListedParts.TOTAL_WORDS.matcher(q.text()).find() && !QuestionParser.partsCounted(q.text())) {
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
        List<Figure> items = listed.total(ask, f, best.get().report(), text);
        if (items.isEmpty() || statesTotal(ask, best.get(), q.future()) || countsAnother(ask, items, text)) {
            return Optional.empty();
        }
        int[] span = Totals.sentence(text, f.start());
        // parallel clauses share the word asked (罚款): each part is named by what its own clause opens with (一般程序)
        boolean shared = ListedParts.apart(items, text);
        List<TotalReply.Part> parts = items.stream()
                .map(x -> new TotalReply.Part(shared ? Totals.clauseOpening(text, x) : x.metric().isBlank() ? "所列一项"
                        : x.metric(), best.get().report(), x))
                .toList();
        String unit = TotalAsk.askedUnit(q.text());
        String label = ListedParts.TOTAL_WORDS.matcher(ask.metric()).replaceAll("").strip();
        if (unit != null && label.length() > 2 && label.startsWith(unit)) {
            label = label.substring(unit.length()).strip(); // 几个人宣誓 → 宣誓
        }
        return Optional.of(TotalReply.build(q, label, true, Optional.empty(), parts, List.of(), unit,
                text.substring(span[0], span[1]), paragraphs));
    }

    /** 罚没款共计45000元 beside 罚款8000元；罚款25000元: a total the report states for the ask is the answer, not a sum. */
    private boolean statesTotal(Ask ask, FigureMatch best, boolean future) {
        return finder.close(ask, best.report(), future, CLOSE).stream().anyMatch(m -> {
            Paragraph p = paragraphs.apply(m.figure().paragraphId());
            return p != null && Totals.introducedAsTotal(p.text(), m.figure());
        });
    }

    /** How close to the best match a stated total must come to be the one asked. */
    private static final double CLOSE = 0.15;

    /**
     * 新建5个、21个高清视频监控探头 asked 监控场景一共有几个: the noun the last item counts names another thing than the
     * head of the question's words.
     */
    private static boolean countsAnother(Ask ask, List<Figure> items, String text) {
        Figure last = items.get(items.size() - 1);
        String after = text.substring(Math.min(last.end(), text.length()));
        Matcher noun = COUNTED_NOUN.matcher(after);
        // 有几个人参加宣誓: a light verb before what the items did is no word their sentence must hold
        String asked = LIGHT_VERB.matcher(ListedParts.hanOf(ask.metric())).replaceFirst("");
        return noun.lookingAt() && asked.length() >= 2
                && !noun.group().contains(asked.substring(asked.length() - 2));
    }

    /** The words right after a count, up to the clause's end: what it counts (视频监控探头). */
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\p{IsHan}{2,}");

    /** Whether most two-character pieces of the ask's words (two at least) are in the figure's sentence. */
    private static boolean inSentence(Ask ask, Figure f) {
        // 有几个人参加宣誓: a light verb before what the items did is no word their sentence must hold
        String asked = LIGHT_VERB.matcher(ListedParts.hanOf(ask.metric())).replaceFirst("");
        // 新建5个、21个高清视频监控探头，同时打造了…AI模拟监控场景: the words of a later clause name another thing
        int at = f.sentence().indexOf(f.clause());
        String upTo = at < 0 ? f.sentence() : f.sentence().substring(0, at + f.clause().length());
        int pieces = 0;
        int found = 0;
        for (int i = 0; i + 2 <= asked.length(); i++) {
            pieces++;
            found += upTo.contains(asked.substring(i, i + 2)) ? 1 : 0;
        }
        return found >= Math.min(2, pieces) && found * 2 >= pieces && found > 0;
    }

    private static final Pattern LIGHT_VERB = Pattern.compile("^(?:参加|参与|进行|组织|开展|举行)(?=\\p{IsHan}{2})");
}
