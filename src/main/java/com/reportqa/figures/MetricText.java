package com.reportqa.figures;

import com.reportqa.lexicon.ChineseScript;
import com.reportqa.lexicon.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reduces a metric phrase to comparable character bigrams, with synonyms folded to one form first
 * (来信来访 → 信访, 调解成功 → 化解). A synonym is only folded where it starts and ends on a word boundary
 * (smartcn), so 协调解决 is not mistaken for 调解.
 */
final class MetricText {

    /** Words that qualify any metric and so tell none apart. */
    private static final List<String> NOISE = List.of("各类", "各项", "全年", "累计", "共计", "合计", "其中", "总计",
            "一共", "全部", "均", "已", "的", "了", "共", "达", "为");

    /**
     * A bigram that straddles two words of a question (资料 in 普法|资料 is inside a word, 法资 is not) says
     * little about what is counted: the report may put other words in between (人大代表建议 for 人大建议).
     */
    static final double CROSS_WORD_WEIGHT = 0.4;
    /** Words marking a figure as the new ones of the year (新增, 新建, 新培养…), not the total stock. */
    private static final Pattern NEW = Pattern.compile(
            "新(?:增|建|装|培养|招|录|当选|任|设|开|发展|签|聘|引进|注册|成立|组建|上|修)");
    /** Words marking a figure as the running total, whatever the sentence around it says. */
    private static final Pattern TOTAL = Pattern.compile("累计|总计|合计|共计|总共|现有|共有");
    /** A question that asks for the new ones, answered by a figure not said to be new. */
    static final double NOT_NEW_FACTOR = 0.5;
    /** A question that does not ask for the new ones, answered by a figure that counts only those. */
    static final double ONLY_NEW_FACTOR = 0.9;

    /**
     * Verbs that change what a document or case count is (制定 is not 接收, 受理 is not 办结), in their folded
     * form: a question naming one is not answered by a figure whose sentence lacks it.
     */
    private static final Set<String> ACTIONS = Set.of("制定", "接收", "受理", "办结", "审结", "立案", "废止", "聘请");
    static final double OTHER_ACTION_FACTOR = 0.7;

    private final Synonyms synonyms;
    private final Analyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    MetricText(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    String fold(String written) {
        // 通過告知承諾方式辦理: a page in traditional script states what the question asks in simplified
        String text = ChineseScript.simplified(written);
        boolean[] boundary = boundaries(text);
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String match = boundary[i] ? synonyms.longestAt(text, i) : null;
            if (match != null && boundary[i + match.length()]) {
                sb.append(synonyms.canonical(match));
                i += match.length();
            } else {
                sb.append(standaloneNoise(text, i, boundary) ? ' ' : text.charAt(i));
                i++;
            }
        }
        return withoutNoiseWords(sb.toString());
    }

    /** A one-character noise word (均, 共, 了) standing alone, not inside a word (平均分, 公共). */
    private static boolean standaloneNoise(String text, int i, boolean[] boundary) {
        return boundary[i] && boundary[i + 1] && NOISE.contains(String.valueOf(text.charAt(i)));
    }

    private static String withoutNoiseWords(String text) {
        String out = text;
        for (String noise : NOISE) {
            if (noise.length() > 1) {
                out = out.replace(noise, " ");
            }
        }
        return out;
    }

    private boolean[] boundaries(String text) {
        boolean[] b = new boolean[text.length() + 1];
        b[0] = true;
        b[text.length()] = true;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isIdeographic(text.charAt(i))) {
                b[i] = true;
                b[i + 1] = true;
            }
        }
        try (TokenStream ts = analyzer.tokenStream("m", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                b[Math.min(offset.startOffset(), text.length())] = true;
                b[Math.min(offset.endOffset(), text.length())] = true;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // 信访办结率: smartcn cuts 信访办|结率; a rate word is one word, whatever stands before it
        Matcher rate = RATE_WORD.matcher(text);
        while (rate.find()) {
            b[rate.start()] = true;
            b[rate.end()] = true;
            for (int k = rate.start() + 1; k < rate.end(); k++) {
                b[k] = false;
            }
        }
        return b;
    }

    private static final Pattern RATE_WORD = Pattern.compile(
            "(?:化解|办结|结案|审结|答复|办复|整改|调解成功|满意|知晓|覆盖|纠错|败诉|持证)率");

    /**
     * The bigrams of a question's words, weighted: 1 inside a word (smartcn, after folding synonyms),
     * {@link #CROSS_WORD_WEIGHT} across two words.
     */
    /** Words any count can end in (活动, 工作; 案件 counted in 件 or 起): worth little in a question's metric. */
    private static final Set<String> LIGHT_WORDS = Set.of("活动", "工作", "情况", "案件");
    static final double LIGHT_WORD_WEIGHT = 0.3;

    Map<String, Double> weightedBigrams(String text) {
        String folded = fold(text);
        boolean[] boundary = boundaries(folded);
        Map<String, Double> grams = new LinkedHashMap<>();
        for (int i = 0; i + 1 < folded.length(); i++) {
            char a = folded.charAt(i);
            char b = folded.charAt(i + 1);
            if (Character.isIdeographic(a) && Character.isIdeographic(b)) {
                String gram = "" + a + b;
                // 法治宣传活动 asked, 开展法治宣讲100余场次 stated: 活动 says what kind of thing, not which
                double weight = LIGHT_WORDS.contains(gram) && boundary[i] && boundary[i + 2]
                        ? LIGHT_WORD_WEIGHT : boundary[i + 1] ? CROSS_WORD_WEIGHT : 1.0;
                grams.merge(gram, weight, Math::max);
            }
        }
        return grams;
    }

    /**
     * How far a figure answers the question's "new or all" (新增了多少市场主体 is not answered by 对760户市场主体
     * 进行监督管理; 一共培养了多少法律明白人 prefers 累计培养72名 to 新培养法律明白人18名): a factor on its score.
     */
    static double newness(String askText, Figure f) {
        boolean askNew = NEW.matcher(askText).find();
        if (askNew) {
            if (NEW.matcher(f.clause()).find() || NEW.matcher(f.metric()).find()) {
                return 1.0;
            }
            // 新培养法律明白人28名，累计培养335名: the sentence speaks of new ones, this clause of the running total
            if (TOTAL.matcher(f.clause()).find()) {
                return NOT_NEW_FACTOR;
            }
            return NEW.matcher(f.context()).find() ? 1.0 : NOT_NEW_FACTOR;
        }
        if (TOTAL.matcher(askText).find()) {
            // 累计培养了多少: the new ones of the year are not the running total
            return NEW.matcher(f.clause()).find() || NEW.matcher(f.metric()).find() ? NOT_NEW_FACTOR : 1.0;
        }
        return NEW.matcher(f.metric()).find() ? ONLY_NEW_FACTOR : 1.0;
    }

    /**
     * 调解成功的纠纷 asks the disputes settled: a figure whose clause says only 调解 (调解各类纠纷298件, the disputes taken
     * on) counts the attempts, not the successes the sentence goes on to count.
     */
    static double success(String askMetric, Figure f) {
        return askMetric.contains("成功") && !f.clause().contains("成功") && !f.clause().contains("化解")
                ? NOT_SUCCESS_FACTOR : 1.0;
    }

    private static final double NOT_SUCCESS_FACTOR = 0.8;

    /** 制定 in the question, only 接收 around the figure: a factor on its score. */
    static double action(Map<String, Double> wanted, Set<String> figureMetric, Set<String> clause, Set<String> context) {
        for (String verb : ACTIONS) {
            if (wanted.getOrDefault(verb, 0.0) >= 1.0 && !figureMetric.contains(verb) && !clause.contains(verb)) {
                // 受理商事纠纷318件，调解成功291件 asked 受理: the verb before it is another figure's, this one names its own
                boolean ownAction = OUTCOMES.stream().anyMatch(o -> !o.equals(verb) && figureMetric.contains(o));
                if (!context.contains(verb) || ownAction) {
                    return OTHER_ACTION_FACTOR;
                }
            }
        }
        return 1.0;
    }

    /**
     * 败诉率 asked, 出庭应诉率 stated: a percentage of another rate, told by the two or four characters before 率, each
     * taken as its synonym group's word (调解成功率 is 化解率); 1 when either names no rate.
     */
    double otherRate(String askMetric, Figure f) {
        if (!"%".equals(f.unit())) {
            return 1.0;
        }
        Set<String> asked = rateHeads(askMetric);
        Set<String> stated = rateHeads(f.metric());
        return asked.isEmpty() || stated.isEmpty() || asked.stream().anyMatch(stated::contains) ? 1.0
                : OTHER_RATE_FACTOR;
    }

    /** The words before the last 率 of the text, two and four characters long, as their synonym groups name them. */
    private Set<String> rateHeads(String text) {
        Matcher m = RATE_HEAD.matcher(text);
        Set<String> heads = new HashSet<>();
        while (m.find()) {
            heads.clear();
            String before = text.substring(0, m.end() - 1);
            heads.add(synonyms.canonical(before.substring(before.length() - 2)));
            if (before.length() >= 4 && before.substring(before.length() - 4).codePoints()
                    .allMatch(Character::isIdeographic)) {
                heads.add(synonyms.canonical(before.substring(before.length() - 4)));
            }
        }
        return heads;
    }

    private static final Pattern RATE_HEAD = Pattern.compile("\\p{IsHan}{2}率");
    static final double OTHER_RATE_FACTOR = 0.7;

    /** What an elliptical clause may name as its own action (调解成功291件 folds to 化解). */
    private static final Set<String> OUTCOMES = Set.of("化解", "办结", "审结", "结案", "立案", "废止", "整改");

    /** A figure followed by the noun it counts, and that noun is not what the question counts. */
    static final double OTHER_NOUN_FACTOR = 0.6;

    /**
     * 邀请法律顾问为…55名基层法律明白人开展专题讲座: a number followed by its noun counts that noun (法律明白人). When a
     * word the question counts by (顾问) is missing from that noun but stands earlier in the clause, it belongs to
     * another participant of the clause, and the figure counts something else.
     */
    double countedNoun(Map<String, Double> wanted, Set<String> figureMetric, Set<String> asWritten, Figure f) {
        int at = f.clause().indexOf(f.raw());
        String metric = f.metric();
        if (at <= 0 || metric.length() < 2) {
            return 1.0;
        }
        String after = f.clause().substring(at + f.raw().length());
        if (!after.startsWith(metric.substring(0, 2))) {
            return 1.0; // the words before the number say what is counted
        }
        String beforeText = f.clause().substring(0, at);
        Set<String> before = bigrams(beforeText);
        before.addAll(rawBigrams(beforeText));
        for (var e : wanted.entrySet()) {
            String b = e.getKey();
            if (e.getValue() >= 1.0 && !figureMetric.contains(b) && !asWritten.contains(b) && before.contains(b)) {
                return OTHER_NOUN_FACTOR;
            }
        }
        return 1.0;
    }

    /**
     * 矛盾纠纷受理数 and 共受理来信来访12件: the figure's own words share only the verb (受理) with the question and go on
     * to another object (来信来访); it counts that object. Elliptical figures (化解223件) name no object of their own.
     */
    static double otherObject(Map<String, Double> wanted, Set<String> figureMetric) {
        String verb = null;
        for (String v : ACTIONS) {
            if (wanted.getOrDefault(v, 0.0) >= 1.0 && figureMetric.contains(v)) {
                verb = v;
            }
        }
        if (verb == null) {
            return 1.0;
        }
        boolean sharesMore = false;
        boolean asksMore = false;
        for (var e : wanted.entrySet()) {
            if (e.getValue() >= 1.0 && !e.getKey().equals(verb)) {
                asksMore = true;
                sharesMore |= figureMetric.contains(e.getKey());
            }
        }
        String asked = verb;
        long own = figureMetric.stream().filter(b -> !b.equals(asked) && !wanted.containsKey(b)).count();
        return asksMore && !sharesMore && own >= 2 ? OTHER_NOUN_FACTOR : 1.0;
    }

    /** A figure whose sentence never names what the question counts: a factor on its score. */
    static final double HEAD_MISSING_FACTOR = 0.8;

    /**
     * The question's counted thing is the last bigram inside a word of its metric (参与办理信访案件 → 信访);
     * a figure whose sentence lacks it counts something else (累计参与15件 counts 涉法事务).
     */
    static double askedHead(Map<String, Double> wanted, Set<String> sentence) {
        String head = null;
        for (var e : wanted.entrySet()) {
            if (e.getValue() >= 1.0) {
                head = e.getKey();
            }
        }
        return head == null || sentence.contains(head) ? 1.0 : HEAD_MISSING_FACTOR;
    }

    /** The bigrams of the text as written, without folding synonyms (noise words still go). */
    Set<String> rawBigrams(String written) {
        String text = ChineseScript.simplified(written);
        boolean[] boundary = boundaries(text);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(standaloneNoise(text, i, boundary) ? ' ' : text.charAt(i));
        }
        return hanBigrams(withoutNoiseWords(sb.toString()));
    }

    Set<String> bigrams(String text) {
        return hanBigrams(fold(text));
    }

    private static Set<String> hanBigrams(String folded) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < folded.length(); i++) {
            char a = folded.charAt(i);
            char b = folded.charAt(i + 1);
            if (Character.isIdeographic(a) && Character.isIdeographic(b)) {
                grams.add("" + a + b);
            }
        }
        return grams;
    }
}
