package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Question;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A share or an average the report does not write but states the two figures of (其中企业402个 of 新增市场主体1005个
 * → 40%; 处罚1120起，罚款133970元 → 平均每起119.6元): worked out, marked as computed, the sentence holding both
 * cited. Only two figures of one sentence are ever combined, so the parts are about the same thing.
 */
@Component
class DerivedAnswerer implements Answerer {

    /** 企业占了多大比例 / 新培养的占累计培养总数的比例: what part of what whole. */
    private static final Pattern SHARE = Pattern.compile(
            "占(?:了|到)?(.*?)(?:的)?(?:多大|多少|几)?(?:的)?(?:比例|比重|百分之几|百分之多少|百分比|几成)|占比|所占比例"
                    // 执法人员里持有执法证件的比例: the whole named before 里, no 占 at all
                    + "|的?(?:比例|比重)");
    private static final Pattern WITHIN = Pattern.compile("^(.*?)(?:里面|里|当中|之中|中)[，,、]?(?:其中)?(.*)$");
    /** …，在累计培养的总人数里: the whole, named after the part. */
    private static final Pattern INSIDE = Pattern.compile("[，,]?在(\\p{IsHan}{2,16}?)(?:里面|里|当中|之中|中)$");
    /** 平均每起, 平均每件: the count each share of the amount is of. */
    /** 平均每起, 平均下来一件; 每起平均 (按每起平均罚款算): the unit averaged over. */
    private static final Pattern AVERAGE = Pattern.compile("平均(?:下来|算下来|起来)?(?:每|一)?(起|件|宗|次|场|人|名|家|户|个|项|条)"
            + "|(?:每|一)(起|件|宗|次|场|人|名|家|户|个|项|条)平均");

    private static String per(Matcher average) {
        return average.group(1) != null ? average.group(1) : average.group(2);
    }
    private static final Pattern FILLER = Pattern.compile("的|了|总数|总量|总共|一共|累计数|数量|人数|件数|多少|几|是|有|其中"
            + "|大概|大约|大致|差不多");
    /** 没拿到执法证件, 还没办结: the part not done, asked by what was done (not 有没有, not 未成年). */
    private static final Pattern NOT_DONE = Pattern.compile(
            "(?<![有])(?:还没有?|尚未|没有?|未)(?!成年|发生|出现)(\\p{IsHan}{2,10}?)(?:的|呢|[？?。，,]|有|是|多少|几|$)");
    private static final Pattern ASKS_COUNT = Pattern.compile("多少|几");
    private static final Set<String> NOT_SHARED = Set.of("%", "‰", "个百分点");
    private static final int MIN_COVERAGE_PERCENT = 50;

    private final FigureIndex figureIndex;
    private final Corpus corpus;

    DerivedAnswerer(FigureIndex figureIndex, Corpus corpus) {
        this.figureIndex = figureIndex;
        this.corpus = corpus;
    }

    private record Pair(Report report, Figure first, Figure second, BigDecimal value, String unit, double score) {
    }

    @Override
    public Optional<Answer> answer(Question q) {
        String asked = withoutPlaces(q);
        Matcher share = SHARE.matcher(asked);
        if (share.find()) {
            return share(q, asked.substring(0, share.start()), share.group(1) == null ? "" : share.group(1));
        }
        Matcher notDone = NOT_DONE.matcher(asked);
        if (notDone.find() && ASKS_COUNT.matcher(asked).find()) {
            Optional<Answer> left = remainder(q, notDone.group(1), asked.substring(0, notDone.start()));
            if (left.isPresent()) {
                return left;
            }
        }
        Matcher average = AVERAGE.matcher(asked);
        if (average.find() && q.asks().size() == 1 && !q.asks().get(0).units().contains(per(average))) {
            Optional<Answer> worked = average(q, per(average), asked.substring(0, average.start()));
            if (worked.isPresent()) {
                return worked;
            }
        }
        Matcher perNoun = PER_NOUN.matcher(asked);
        if (perNoun.find() && q.asks().size() == 1) {
            return perNoun(q, perNoun.group(1));
        }
        return Optional.empty();
    }

    /**
     * 还有几个执法人员没拿到执法证件, 还有几件没化解: the whole (执法人员6人) less the part done (持有执法证件5人), both
     * in one sentence, the whole before the part; empty when the report states what is left itself (未办结2件).
     */
    private Optional<Answer> remainder(Question q, String done, String before) {
        String partTerm = term(done);
        if (partTerm.length() < 2) {
            return Optional.empty();
        }
        Pair best = null;
        for (Report r : q.scope()) {
            List<Figure> figures = figureIndex.of(r).stream().filter(f -> f.plan() == q.future()).toList();
            if (figures.stream().anyMatch(f -> f.clause().matches(".*(?:未|没有?|尚未)" + Pattern.quote(done) + ".*"))) {
                return Optional.empty();
            }
            for (Figure p : figures) {
                double cover = coverage(partTerm, p.clause() + p.metric());
                if (NOT_SHARED.contains(p.unit()) || cover < MIN_COVERAGE_PERCENT / 100.0) {
                    continue;
                }
                Optional<Figure> whole = figures.stream()
                        .filter(w -> sameSentence(w, p) && w.end() <= p.start()
                                && Totals.sameKind(w.unit(), Set.of(p.unit()))
                                && w.value().compareTo(p.value()) >= 0)
                        .max(Comparator.comparingInt(Figure::start));
                double score = cover + overlap(term(before), whole.map(Figure::metric).orElse(""));
                if (whole.isPresent() && (best == null || score > best.score())) {
                    best = new Pair(r, p, whole.get(), Totals.plain(whole.get().value().subtract(p.value())), p.unit(),
                            score);
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Paragraph paragraph = corpus.snapshot().paragraphs().get(best.second().paragraphId());
        Citations citations = new Citations();
        String quote = best.second().sentence().strip();
        int n = citations.cite(best.report(), paragraph, quote);
        String raw = best.value().toPlainString() + best.unit();
        String what = "未" + done;
        String text = "**" + raw + "**（计算值：" + said(best.second()) + " − " + said(best.first()) + "）。"
                + best.report().shortLabel() + "报告没有直接写明" + what + "的数量，以上按原文的两个数字相减：“" + quote + "”[" + n + "]";
        List<AnswerFigure> figures = new ArrayList<>(List.of(new AnswerFigure(best.value(), best.unit(), null, raw,
                what, best.report().place().display(), best.report().year(), n, true)));
        for (Figure source : List.of(best.second(), best.first())) {
            figures.add(new AnswerFigure(source.value(), source.unit(), source.qualifier(), source.raw(),
                    source.metric(), best.report().place().display(), best.report().year(), n));
        }
        return Optional.of(Answer.of(q.text(), text, Mode.NUMERIC, citations.list(), figures));
    }

    /** @param before the words before 占: the part, or "the whole 里, the part"; @param after the whole when named after 占 */
    private Optional<Answer> share(Question q, String before, String after) {
        String part = before;
        String whole = after;
        Matcher within = WITHIN.matcher(before);
        Matcher inside = INSIDE.matcher(before);
        if (whole.isBlank() && inside.find()) {
            // 新培养的法律明白人，在累计培养的总人数里占几成
            whole = inside.group(1);
            part = before.substring(0, inside.start());
        } else if (whole.isBlank() && within.matches()) {
            whole = within.group(1);
            part = within.group(2);
        }
        String partTerm = term(part);
        String wholeTerm = term(whole);
        if (partTerm.length() < 2 || wholeTerm.length() < 2) {
            return Optional.empty();
        }
        Pair best = null;
        for (Report r : q.scope()) {
            List<Figure> figures = figureIndex.of(r).stream().filter(f -> f.plan() == q.future()).toList();
            for (Figure w : figures) {
                for (Figure p : figures) {
                    if (p == w || !sameSentence(p, w) || !p.unit().equals(w.unit()) || NOT_SHARED.contains(w.unit())
                            || w.value().signum() <= 0 || p.value().compareTo(w.value()) > 0) {
                        continue;
                    }
                    // a count right after its whole names only its action (受理224件,化解223件): the whole's
                    // clause names what it is of
                    String partWords = p.start() > w.end() ? p.clause() + w.clause() : p.clause();
                    double score = overlap(wholeTerm, w.clause()) + overlap(partTerm, p.clause());
                    if (coverage(wholeTerm, w.clause()) >= MIN_COVERAGE_PERCENT / 100.0
                            && coverage(partTerm, partWords) >= MIN_COVERAGE_PERCENT / 100.0
                            && (best == null || score > best.score())) {
                        BigDecimal percent = round(p.value().multiply(BigDecimal.valueOf(100)).divide(w.value(), 4,
                                RoundingMode.HALF_UP));
                        best = new Pair(r, p, w, percent, "%", score);
                    }
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String how = said(best.first()) + "÷" + said(best.second());
        return Optional.of(answer(q, best, "占比", how));
    }

    /** 哪类最高, 排个序, 按高低排: the averages of the items named are ranked. */
    private static final Pattern RANKS = Pattern.compile(
            "最高|最低|最多|最少|排序|排个序|排一下|排名|高低|哪类|哪个|哪一类|比较|对比|[高低多少]到[高低多少]|怎么排");
    private static final Pattern ITEMS_JOIN = Pattern.compile("、|和|与|及|跟");
    private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]*[、和与及][^（）()]*)[）)]");

    /** The items of the last clause that lists two or more (the first, if {@code first}); none if no clause does. */
    private static String[] listedItems(String text, boolean first) {
        String[] items = new String[0];
        for (String clause : text.split("[，,。？?：:]|—+")) {
            // 三类处罚（简易程序、一般程序、委托执法）: the brackets hold the list
            Matcher bracketed = BRACKETED.matcher(clause);
            String[] listed = ITEMS_JOIN.split(bracketed.find() ? bracketed.group(1) : clause);
            if (listed.length >= 2 && (items.length < 2 || !first)) {
                items = listed;
            }
        }
        return items;
    }

    /**
     * 简易程序、一般程序、委托执法三类处罚，平均每起罚款哪类最高: the average of each item named, worked out from the
     * count and the amount the report states for it, ranked; empty unless two or more items have both.
     */
    Optional<Answer> averagesCompared(Question q) {
        if (q.scope().size() != 1) {
            return Optional.empty();
        }
        String asked = withoutPlaces(q);
        Matcher average = AVERAGE.matcher(asked);
        if (!average.find() || !RANKS.matcher(asked).find()) {
            return Optional.empty();
        }
        String before = asked.substring(0, average.start()).replaceAll("[，,。？?\\s]+$", "");
        // 简易程序、一般程序、委托执法这三类处罚，按平均每起罚款算: the items are the last clause that lists some
        String[] items = listedItems(before, false);
        if (items.length < 2) {
            // 三种处罚程序平均下来每起罚多少钱——简易程序、一般程序、委托执法: the list follows what is averaged
            items = listedItems(asked.substring(average.end()), true);
        }
        if (items.length < 2) {
            return Optional.empty();
        }
        String per = per(average);
        Report r = q.scope().get(0);
        List<Figure> figures = figureIndex.of(r).stream().filter(f -> f.plan() == q.future()).toList();
        List<Pair> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String item : items) {
            // 委托执法三类处罚: what closes the list (三类处罚) is not part of the last item
            String name = term(item.replaceFirst(
                    "(?:这|那)?[一二两三四五六七八九十几\\d]+(?:类|种|项|个|块|部分)\\p{IsHan}*$", "")
                    // 行政处罚分简易程序: what is split into the items is no part of the first
                    .replaceFirst("^\\p{IsHan}{2,8}?(?:分为|分成|分)(?=\\p{IsHan}{2})", ""));
            if (name.length() < 2) {
                continue;
            }
            Pair best = null;
            for (int i = 0; i + 1 < figures.size(); i++) {
                Figure count = figures.get(i);
                Figure amount = figures.get(i + 1);
                if (!sameSentence(count, amount) || !count.unit().equals(per) || amount.unit().equals(per)
                        || NOT_SHARED.contains(amount.unit()) || count.value().signum() <= 0
                        || count.qualifier() != null || amount.qualifier() != null) {
                    continue;
                }
                double score = overlap(name, count.clause());
                if (coverage(name, count.clause()) >= MIN_COVERAGE_PERCENT / 100.0 && (best == null || score > best.score())) {
                    best = new Pair(r, amount, count, round(amount.value().divide(count.value(), 4,
                            RoundingMode.HALF_UP)), amount.unit(), score);
                }
            }
            if (best != null) {
                found.add(best);
                names.add(name);
            }
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        Comparator<Integer> byValue = Comparator.comparing((Integer i) -> found.get(i).value());
        RankOrder rank = RankOrder.of(q.text());
        order.sort(rank.fewestFirst() ? byValue : byValue.reversed());
        Citations citations = new Citations();
        List<AnswerFigure> out = new ArrayList<>();
        StringBuilder table = new StringBuilder("| 排名 | 项目 | 平均每" + per + " | 计算 | 原文 |\n|---|---|---|---|---|\n");
        for (int k = 0; k < order.size(); k++) {
            Pair p = found.get(order.get(k));
            Paragraph paragraph = corpus.snapshot().paragraphs().get(p.second().paragraphId());
            String quote = p.second().sentence().strip();
            int n = citations.cite(r, paragraph, quote);
            String raw = p.value().toPlainString() + p.unit();
            out.add(new AnswerFigure(p.value(), p.unit(), null, raw, names.get(order.get(k)) + "平均每" + per,
                    r.place().display(), r.year(), n, true));
            table.append("| ").append(k + 1).append(" | ").append(names.get(order.get(k))).append(" | ").append(raw)
                    .append(" | ").append(said(p.first())).append("÷").append(said(p.second())).append(" | “")
                    .append(quote).append("”[").append(n).append("] |\n");
        }
        String text = r.shortLabel() + "报告没有直接写明平均数，以下按原文各项的数字计算（保留一位小数），"
                + names.get(order.get(rank.fewestFirst() ? order.size() - 1 : 0)) + "最高。\n\n" + table;
        return Optional.of(Answer.of(q.text(), text, Mode.NUMERIC, citations.list(), out));
    }

    private Optional<Answer> average(Question q, String per, String topic) {
        String topicTerm = term(topic.replaceAll("平均.*$", ""));
        Set<String> asked = q.asks().get(0).units();
        Pair best = null;
        for (Report r : q.scope()) {
            List<Figure> figures = figureIndex.of(r).stream().filter(f -> f.plan() == q.future()).toList();
            for (int i = 0; i + 1 < figures.size(); i++) {
                Figure a = figures.get(i);
                Figure b = figures.get(i + 1);
                if (!sameSentence(a, b)) {
                    continue;
                }
                // the count of 起 and the amount next to it, in either order
                Figure count = a.unit().equals(per) ? a : b.unit().equals(per) ? b : null;
                Figure amount = count == a ? b : a;
                if (count == null || amount.unit().equals(per) || NOT_SHARED.contains(amount.unit())
                        || !asked.isEmpty() && !asked.contains(amount.unit())
                        || count.value().signum() <= 0 || count.qualifier() != null || amount.qualifier() != null) {
                    continue;
                }
                double score = overlap(topicTerm, count.clause());
                if (coverage(topicTerm, count.context() + amount.clause()) >= MIN_COVERAGE_PERCENT / 100.0
                        && (best == null || score > best.score())) {
                    best = new Pair(r, amount, count, round(amount.value().divide(count.value(), 4,
                            RoundingMode.HALF_UP)), amount.unit(), score);
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(answer(q, best, "平均每" + per, said(best.first()) + "÷" + said(best.second())));
    }

    /** 平均每个独立用户访问了几次: what each one of a counted thing (独立用户) did, up to the question word. */
    private static final Pattern PER_NOUN = Pattern.compile(
            "平均(?:下来|算下来)?每(?:个|名|位|家|户|一个)(\\p{IsHan}{2,14}?)(?:几|多少)");
    private static final int MIN_NAMED = 2;

    /**
     * 平均每个独立用户访问了几次 over 总访问量3206万次,独立用户访问总量243万次: the amount asked over the count of
     * the thing named after 每个, two figures of one sentence — the count is the one whose clause names the thing,
     * the amount one in the unit asked.
     */
    private Optional<Answer> perNoun(Question q, String named) {
        Set<String> units = q.asks().get(0).units();
        Pair best = null;
        int bestNamed = MIN_NAMED - 1;
        for (Report r : q.scope()) {
            List<Figure> figures = figureIndex.of(r).stream().filter(f -> f.plan() == q.future()).toList();
            for (Figure count : figures) {
                int length = namedLength(named, count.clause());
                if (length <= bestNamed || count.value().signum() <= 0 || NOT_SHARED.contains(count.unit())) {
                    continue;
                }
                Optional<Figure> amount = figures.stream()
                        .filter(a -> a != count && sameSentence(a, count) && !NOT_SHARED.contains(a.unit())
                                && (units.isEmpty() ? a.unit().equals(count.unit()) : units.contains(a.unit()))
                                && namedLength(named, a.clause()) < length)
                        .min(Comparator.comparingInt(a -> Math.abs(a.start() - count.start())));
                if (amount.isPresent()) {
                    bestNamed = length;
                    best = new Pair(r, amount.get(), count, round(amount.get().value().divide(count.value(), 4,
                            RoundingMode.HALF_UP)), amount.get().unit(), length);
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String each = named.replaceFirst("[了的都是有]+$", "");
        return Optional.of(answer(q, best, "平均每个" + each + "的" + best.unit() + "数",
                said(best.first()) + "÷" + said(best.second())));
    }

    /** How many characters of the named thing, from its start, the clause holds together. */
    private static int namedLength(String named, String clause) {
        int length = 0;
        while (length < named.length() && clause.contains(named.substring(0, length + 1))) {
            length++;
        }
        return length;
    }

    private Answer answer(Question q, Pair pair, String what, String how) {
        Paragraph paragraph = corpus.snapshot().paragraphs().get(pair.second().paragraphId());
        Citations citations = new Citations();
        String quote = pair.second().sentence().strip();
        int n = citations.cite(pair.report(), paragraph, quote);
        String raw = pair.value().toPlainString() + pair.unit();
        String text = "**" + raw + "**（计算值：" + how + "，保留一位小数）。" + pair.report().shortLabel() + "报告没有直接写明"
                + what + "，以上按原文的两个数字计算：“" + quote + "”[" + n + "]";
        AnswerFigure figure = new AnswerFigure(pair.value(), pair.unit(), null, raw, what,
                pair.report().place().display(), pair.report().year(), n, true);
        // the two figures it is worked out from are stated ones, quoted in the same sentence (两个数各是多少)
        List<AnswerFigure> figures = new ArrayList<>(List.of(figure));
        for (Figure source : List.of(pair.first(), pair.second())) {
            figures.add(new AnswerFigure(source.value(), source.unit(), source.qualifier(), source.raw(), source.metric(),
                    pair.report().place().display(), pair.report().year(), n));
        }
        return Answer.of(q.text(), text, Mode.NUMERIC, citations.list(), figures);
    }

    /** The question without its places and years: what is asked of them. */
    static String withoutPlaces(Question q) {
        String text = q.text();
        for (String place : q.places()) {
            text = text.replace(place, "");
        }
        return text.replaceAll("\\d{4}年(度)?|去年|今年|全年|上一年", "");
    }

    /**
     * The Han words that name the thing, without filler (新增的市场主体 → 新增市场主体) and without a generic head the
     * report leaves to its unit (执法案件 → 执法 for 全年执法806件, 道路交通类 → 道路交通).
     */
    static String term(String words) {
        // 办的事情, 网上办的: said as reports write it (办理的事项, 网上办理)
        String said = words.replaceAll("(?<=\\p{IsHan})办(?=的|了)", "办理").replace("事情", "事项");
        String term = FILLER.matcher(said.replaceAll("[^\\p{IsHan}]", "")).replaceAll("");
        String bare = GENERIC_HEAD.matcher(term).replaceFirst("");
        return bare.length() >= 2 ? bare : term;
    }

    private static final Pattern GENERIC_HEAD = Pattern.compile("(?:案件|案子|事项|类|方面)$");

    /** The share of the term's two-character pieces the text contains. */
    static double coverage(String term, String text) {
        if (term.length() < 2) {
            return 0;
        }
        int found = 0;
        int total = term.length() - 1;
        for (int i = 0; i + 2 <= term.length(); i++) {
            if (text.contains(term.substring(i, i + 2))) {
                found++;
            }
        }
        return found / (double) total;
    }

    /**
     * 食品药品 asked, 食药品 written (or the other way round): the text holds a word that begins and ends as the term
     * does, one of the two a shortening of the other, keeping the order of its characters.
     */
    static boolean abbreviated(String term, String text) {
        return abbreviation(term, text).isPresent();
    }

    /** The word of the text that {@link #abbreviated} finds, as the report writes it (食药品). */
    static Optional<String> abbreviation(String term, String text) {
        if (term.length() < 2) {
            return Optional.empty();
        }
        char head = term.charAt(0);
        char tail = term.charAt(term.length() - 1);
        for (int i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
            for (int j = i + 1; j < text.length() && j - i < 2 * term.length(); j++) {
                if (text.charAt(j) != tail || j - i + 1 == term.length()) {
                    continue;
                }
                String word = text.substring(i, j + 1);
                boolean shorter = word.length() < term.length();
                if (shorter ? word.length() >= 3 && subsequence(word, term) : subsequence(term, word)) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean subsequence(String part, String whole) {
        int k = 0;
        for (int i = 0; i < whole.length() && k < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(k)) {
                k++;
            }
        }
        return k == part.length();
    }

    /**
     * How alike the term and the words of a figure's clause are, as shared two-character pieces over all pieces of
     * both: 一般程序处罚 is nearer 一般程序12起 than 完成简易程序处罚1120起, though both contain 程序.
     */
    private static double overlap(String term, String clause) {
        Set<String> a = bigrams(term);
        Set<String> b = bigrams(clause.replaceAll("[^\\p{IsHan}]", ""));
        long shared = a.stream().filter(b::contains).count();
        return a.isEmpty() ? 0 : shared / (double) (a.size() + b.size() - shared);
    }

    private static Set<String> bigrams(String text) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            out.add(text.substring(i, i + 2));
        }
        return out;
    }

    static boolean sameSentence(Figure a, Figure b) {
        return a.paragraphId().equals(b.paragraphId()) && a.sentence().equals(b.sentence());
    }

    static BigDecimal round(BigDecimal value) {
        return Totals.plain(value.setScale(1, RoundingMode.HALF_UP));
    }

    /** 企业402个: the figure with the words of its clause that name it. */
    static String said(Figure f) {
        String clause = f.clause().strip();
        int at = clause.lastIndexOf(f.raw());
        String upTo = at < 0 ? clause : clause.substring(0, at + f.raw().length());
        return upTo.replaceFirst("^.*?\\d{4}年(度)?[，,]?", "").replaceFirst("^\\d{1,2}[.、．]", "")
                .replaceFirst("^(全年|其中|共|全镇|累计)", "");
    }
}
