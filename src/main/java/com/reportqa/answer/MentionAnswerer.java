package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.ChineseScript;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.Question;
import com.reportqa.question.ReportMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "Which reports mention X": every report in scope searched for a sentence that states X — the quoted phrase
 * verbatim, or all of X's content words (or their synonyms) in one sentence, with a figure when the question
 * asks for 数字 — and only those reports listed, each with that sentence cited.
 */
@Component
class MentionAnswerer implements Answerer {

    private static final String CLAUSE_END = "，,；;：:。！？!?";
    /** A number that is part of a name (“141”体系, “12345”热线). */
    private static final Pattern NUMBER = Pattern.compile("\\d{2,}");
    /** 有几份提到了, 多少个地方写了: the count of reports is the figure asked, in the measure word asked. */
    private static final Pattern COUNT_ASKED = Pattern.compile("(?<![哪这那])(?:几|多少)(份|个|家)");
    /** Generic heads, and the time frames a practice is described in (疫情期间处理涉疫纠纷: 期间 sets nothing apart). */
    private static final Set<String> GENERIC = Set.of("案件", "事项", "工作", "情况", "问题", "活动", "期间", "时期", "时候",
            // 旅游方面的纠纷: the field's word joins, it is nothing a report must write
            "方面", "领域");

    private final Function<Report, List<Figure>> figures;
    private final Synonyms synonyms;
    /** Used only to split X into content words, the way questions are split everywhere else. */
    private final SentenceScorer splitter;

    @Autowired
    MentionAnswerer(FigureIndex figures, Synonyms synonyms) {
        this(figures::of, synonyms);
    }

    MentionAnswerer(Function<Report, List<Figure>> figures, Synonyms synonyms) {
        this.figures = figures;
        this.synonyms = synonyms;
        this.splitter = new SentenceScorer(List.of(), synonyms);
    }

    /** The sentence of a report that states X. */
    record Mention(Report report, Paragraph paragraph, String sentence) {
    }

    @Override
    public Optional<Answer> answer(Question q) {
        return Optional.of(answerOf(q));
    }

    private Answer answerOf(Question q) {
        Optional<ReportMention> asked = ReportMention.of(q);
        if (asked.isEmpty()) {
            return noAnswer(q, "请写明要查找的内容，例如：哪几份报告提到了“网格化管理”？");
        }
        ReportMention m = asked.get();
        List<Set<String>> alternatives = m.quoted() ? m.alternatives().stream().map(a -> searched(m, a)).toList()
                : alternatives(m.phrase()).stream().map(a -> searched(m, a)).toList();
        List<Report> reports = q.scope().stream()
                .sorted(Comparator.comparing(Report::year).reversed().thenComparing(r -> r.place().display()))
                .toList();
        Wanted wanted = new Wanted(m.wantsFigure(), m.wantsFigure() && MONEY.matcher(q.text()).find(), m.none());
        List<Mention> found = new ArrayList<>();
        // built only when a report lacks every word: most mentions are found, or refused, without it
        Supplier<Rarity> rarity = memoised(() -> new Rarity(reports));
        for (Report r : reports) {
            alternatives.stream().map(words -> first(r, words, wanted)).flatMap(Optional::stream)
                    .findFirst()
                    // 组织干部去法院旁听庭审: a practice described in the asker's words, the report writing only its
                    // rare words (开展旁听庭审活动1次)
                    .or(() -> m.quoted() || m.none() ? Optional.empty() : alternatives.stream()
                            .filter(words -> words.size() >= Rarity.MIN_WORDS)
                            .map(words -> rarity.get().closest(r, words, wanted)).flatMap(Optional::stream)
                            .findFirst())
                    // 省级民主法治示范村: a sentence of another level's (全国, 市级) or of none states another honour
                    .filter(f -> !otherLevel(m.phrase(), ChineseScript.simplified(f.sentence())))
                    .ifPresent(found::add);
        }
        String what = m.none() ? "“" + m.phrase().replace(" ", "”“") + "”为零"
                : "“" + m.phrase().replace(" ", "") + "”" + (wanted.money() ? "的金额" : m.wantsFigure() ? "的数字" : "");
        if (found.isEmpty()) {
            String told = m.none() ? "写明" : "提到";
            return noAnswer(q, reports.size() == 1 ? reports.get(0).shortLabel() + "报告中没有" + told + what + "。"
                    : reports.size() + " 份报告都没有" + told + what + "。");
        }
        Citations citations = new Citations();
        StringBuilder text = new StringBuilder();
        text.append(reports.size()).append(" 份报告中有 ").append(found.size())
                .append(m.none() ? " 份写明" : " 份提到").append(what)
                .append("：\n");
        for (Mention f : found) {
            int n = citations.cite(f.report(), f.paragraph(), f.sentence());
            Report r = f.report();
            text.append("- ").append(r.place().known() ? r.place().name() : r.place().displayOrPending()).append("（")
                    .append(r.place().displayOrPending()).append("，").append(r.yearLabel()).append("）：“")
                    .append(f.sentence()).append("”[").append(n).append("]\n");
        }
        Matcher counted = COUNT_ASKED.matcher(q.text());
        if (counted.find()) {
            // a count of reports is no number any report writes: worked out, each report counted is cited
            String unit = counted.group(1);
            AnswerFigure count = new AnswerFigure(BigDecimal.valueOf(found.size()), unit, null, found.size() + unit,
                    "提到" + what + "的报告数", null, null, 1, true);
            return new Answer(null, q.text(), text.toString().strip(), Mode.NUMERIC, citations.list(),
                    List.of(count), null, null, null);
        }
        return new Answer(null, q.text(), text.toString().strip(), Mode.EXTRACTIVE, citations.list(), List.of(),
                null, null, null);
    }

    private static final Pattern LEVEL = Pattern.compile("国家级|全国|省级|市级|区县级|县级|区级|镇级|乡级|村级");

    /** Whether the phrase names a level (省级) the sentence does not (全国, 区县级, or none: 评选示范社区2个). */
    private static boolean otherLevel(String phrase, String sentence) {
        List<String> asked = LEVEL.matcher(phrase).results().map(MatchResult::group).toList();
        return !asked.isEmpty() && asked.stream().noneMatch(sentence::contains);
    }

    private static <T> Supplier<T> memoised(Supplier<T> make) {
        List<T> made = new ArrayList<>(1);
        return () -> {
            if (made.isEmpty()) {
                made.add(make.get());
            }
            return made.get(0);
        };
    }

    /** The words a sentence must hold to state this phrase (each, or a synonym of it). */
    private Set<String> searched(ReportMention m, String phrase) {
        // 双语的普法宣传: 的 joins the words, it is none of them
        Set<String> words = m.quoted() || phrase.endsWith("”") ? Set.of(phrase)
                : splitter.words(phrase.replaceAll("(?<=\\p{IsHan})的(?=\\p{IsHan})", " "));
        if (words.isEmpty()) {
            words = Set.of(phrase.replace(" ", ""));
        }
        // 141基层治理体系 unquoted: the number names the thing (“141”体系), with the head it is a number of
        Matcher number = NUMBER.matcher(phrase);
        if (!m.quoted() && number.find()) {
            List<String> ordered = new ArrayList<>(words);
            words = Set.of(number.group(), ordered.get(ordered.size() - 1));
        }
        // 行政复议案件的数字: 审结行政复议57件 states it too; a generic head noun is not what sets X apart
        Set<String> distinctive = words.stream().filter(w -> !GENERIC.contains(w)).collect(Collectors.toSet());
        return distinctive.isEmpty() || m.quoted() ? words : distinctive;
    }

    private static final Pattern OR = Pattern.compile("或者|或是|或");
    private static final Pattern PLACE_WORD = Pattern.compile("社区|街道|村|镇|乡|居委会");
    private static final Pattern PLACE_END = Pattern.compile("\\p{IsHan}[村镇乡区]$");
    private static final Pattern CLOSING_OBJECT = Pattern.compile("([《“\"][^》”\"]{2,20}[》”\"])\\s*$");
    /** 用抖音做宣传, 通过微信公众号开展普法: the means, and what is done with it, read apart from the light verb. */
    private static final Pattern INSTRUMENT = Pattern.compile(
            "\\s*(?:用|利用|通过|借助|借着|借|趁着|趁|依托|运用|结合)(?<means>[\\p{IsHan}、 ]{2,12}?)"
                    + "(?:的(?:日子|时候|机会|时机|平台))?(?:来|去)?(?:做|搞|进行|开展)(?<done>\\p{IsHan}{2,}.*)");
    /** 抖音这类短视频平台: the example named is what a report writes; the class it stands for is the asker's gloss. */
    private static final Pattern EXAMPLE_OF = Pattern.compile(
            "(?:这类|这种|这样的|之类的?|一类的?)\\p{IsHan}{0,6}?(?=来|去|做|搞|进行|开展)");

    /**
     * 双语普法或双语宣传, 法律顾问或法律明白人: either of two phrases joined by 或 that share a word or their opening;
     * 向群众或干部宣传 joins two words of one phrase and stays whole; in 用抖音做宣传或发布信息 the means is each
     * side's.
     */
    private List<String> alternatives(String asked) {
        String phrase = EXAMPLE_OF.matcher(asked).replaceAll("");
        Matcher or = OR.matcher(phrase);
        boolean joined = or.find();
        String first = joined ? phrase.substring(0, or.start()).strip() : phrase.strip();
        String second = joined ? phrase.substring(or.end()).strip() : "";
        Matcher tool = INSTRUMENT.matcher(first);
        if (tool.matches()) {
            // 用抖音做宣传或发布信息: the means carries over to each thing done with it; 借着赶集、赶场的日子: each
            // means listed is one way of doing it
            List<String> done = new ArrayList<>();
            for (String d : second.isEmpty() ? List.of(tool.group("done")) : List.of(tool.group("done"), second)) {
                // 搞普法宣传: with a distinctive means, a light pair of words done is either word (法治赶场天普法会)
                Set<String> words = splitter.words(d);
                done.addAll(words.size() == 2 ? words : Set.of(d));
            }
            List<String> ways = new ArrayList<>();
            for (String means : tool.group("means").strip().split("[、 ]+")) {
                if (means.length() >= 2) {
                    done.forEach(d -> ways.add(means + " " + d));
                    // 开展“法律赶集”活动: a practice named in quotes after its means is the practice asked
                    ways.add(means + "”");
                }
            }
            return ways.isEmpty() ? List.of(phrase) : ways;
        }
        if (!joined) {
            return List.of(phrase);
        }
        // 组织学习或者宣传《民法典》: the named object closing the second side is the first side's object too
        Matcher object = CLOSING_OBJECT.matcher(second);
        if (object.find() && !first.contains(object.group(1))) {
            return List.of(first + " " + object.group(1), second);
        }
        // 省级的民主法治示范村或社区: the other word takes the place of the last one (示范社区)
        if (PLACE_WORD.matcher(second).matches() && first.length() > 2 && PLACE_END.matcher(first).find()) {
            return List.of(first, first.substring(0, first.length() - 1) + second);
        }
        Set<String> a = splitter.words(first);
        boolean shared = a.stream().anyMatch(splitter.words(second)::contains)
                || first.length() >= 4 && second.length() >= 4 && first.startsWith(second.substring(0, 2));
        return shared ? List.of(first, second) : List.of(phrase);
    }

    private Optional<Mention> first(Report report, Set<String> words, Wanted wanted) {
        for (Paragraph p : report.paragraphs()) {
            if (p.kind() == ParagraphKind.META) {
                continue;
            }
            List<Integer> starts = p.sentenceStarts().isEmpty() ? List.of(0) : p.sentenceStarts();
            for (int i = 0; i < starts.size(); i++) {
                int start = starts.get(i);
                int end = i + 1 < starts.size() ? starts.get(i + 1) : p.text().length();
                String sentence = p.text().substring(start, end);
                // 包容審慎 in a page published in traditional script states 包容审慎
                String folded = ChineseScript.simplified(sentence);
                if (words.stream().allMatch(w -> holds(folded, w))
                        && (!wanted.figure() || hasFigure(report, p, start, end, words, wanted))
                        && (!wanted.none() || words.stream().allMatch(w -> noneOf(folded, w)))) {
                    return Optional.of(new Mention(report, p, sentence.strip()));
                }
            }
        }
        return Optional.empty();
    }

    /** 全年发生行政复议案件1件，未发生行政诉讼案件: none of a word is stated in its own clause. */
    private boolean noneOf(String sentence, String word) {
        return Arrays.stream(sentence.split("[，,；;：:]"))
                .anyMatch(c -> holds(c, word) && NONE_HAPPENED.matcher(c).find() && !onlyQualified(c, word)
                        && !countedAfter(c, word));
    }

    /** 全年行政复议案件1件、行政诉讼案件0件: a count above zero written after the word is no none of it. */
    private static boolean countedAfter(String clause, String word) {
        return Pattern.compile(Pattern.quote(word) + "[^，,、；;\\d]{0,4}?[1-9]\\d*\\s*(?:件|起|宗|次)").matcher(clause).find();
    }

    /** 无行政复议被撤销和行政诉讼败诉案件: none of a kind of X (被撤销, 败诉) is no statement that X itself was none. */
    private static final Pattern QUALIFIED = Pattern.compile("被|败诉|纠错");

    private static boolean onlyQualified(String clause, String word) {
        int at = clause.indexOf(word);
        if (at < 0) {
            return false;
        }
        for (; at >= 0; at = clause.indexOf(word, at + 1)) {
            if (!QUALIFIED.matcher(clause).region(at + word.length(), clause.length()).lookingAt()) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(String sentence, String word) {
        if (ELLIPSIS.matcher(word).find()) {
            return elided(word).matcher(sentence).find();
        }
        return synonyms.of(word).stream().anyMatch(sentence::contains)
                || countedForm(word).map(f -> f.matcher(sentence).find()).orElse(false)
                || widened(word).map(f -> f.matcher(sentence).find()).orElse(false);
    }

    /**
     * 调解室 asked, 调解工作室 written: a word of three characters or more with one or two more characters inside it,
     * at one place, is that word said in full.
     */
    private static Optional<Pattern> widened(String word) {
        if (word.length() < 3 || !word.codePoints().allMatch(Character::isIdeographic)) {
            return Optional.empty();
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 1; i < word.length(); i++) {
            regex.append(regex.isEmpty() ? "" : "|").append(Pattern.quote(word.substring(0, i)))
                    .append("\\p{IsHan}{1,2}").append(Pattern.quote(word.substring(i)));
        }
        return Optional.of(Pattern.compile(regex.toString()));
    }

    private static final Pattern ELLIPSIS = Pattern.compile("…+|\\.{3,}");
    /** How many characters an ellipsis in a quoted phrase stands for: 一村一…法律顾问 holds 一村一警一法律顾问. */
    private static final int ELIDED_CHARS = 8;

    /** “一村一…法律顾问”: the words around the ellipsis, in order, with a few characters between. */
    private static Pattern elided(String phrase) {
        StringBuilder regex = new StringBuilder();
        for (String part : ELLIPSIS.split(phrase, -1)) {
            regex.append(regex.isEmpty() ? "" : "[^，,。；;]{0," + ELIDED_CHARS + "}?").append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** Sentences of the reports in scope, one per (report, paragraph, start, end). */
    private record Sentence(Report report, Paragraph paragraph, int start, int end, String folded) {
    }

    /**
     * How rare each word is among the sentences of the reports in scope: a sentence that holds the rare words of a
     * described practice states it, though it lacks the common ones the asker added (组织, 干部, 法院).
     */
    private final class Rarity {

        /** Share of X's rarity a sentence must hold: measured on the shipped and elsewhere mention questions. */
        private static final double ENOUGH = 0.6;
        /** Fewer words name a thing, not a practice described: 抖音 发布 信息 needs all three (健龙镇 发布各类信息). */
        private static final int MIN_WORDS = 4;
        private final List<Sentence> sentences = new ArrayList<>();
        private final Map<Report, List<Sentence>> byReport = new HashMap<>();
        /** Worked out once per alternative, not once per report searched. */
        private final Map<Set<String>, Map<String, Double>> weights = new HashMap<>();

        Rarity(List<Report> reports) {
            for (Report r : reports) {
                for (Paragraph p : r.paragraphs()) {
                    if (p.kind() == ParagraphKind.META) {
                        continue;
                    }
                    List<Integer> starts = p.sentenceStarts().isEmpty() ? List.of(0) : p.sentenceStarts();
                    for (int i = 0; i < starts.size(); i++) {
                        int end = i + 1 < starts.size() ? starts.get(i + 1) : p.text().length();
                        Sentence sentence = new Sentence(r, p, starts.get(i), end,
                                ChineseScript.simplified(p.text().substring(starts.get(i), end)));
                        sentences.add(sentence);
                        byReport.computeIfAbsent(r, k -> new ArrayList<>()).add(sentence);
                    }
                }
            }
        }

        Optional<Mention> closest(Report report, Set<String> words, Wanted wanted) {
            Map<String, Double> weight = weights.computeIfAbsent(words, this::weightsOf);
            double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
            Sentence best = null;
            double bestShare = 0;
            for (Sentence s : byReport.getOrDefault(report, List.of())) {
                if (wanted.figure() && !hasFigure(report, s.paragraph(), s.start(), s.end(), words, wanted)) {
                    continue;
                }
                double share = words.stream().filter(w -> holds(s.folded(), w)).mapToDouble(weight::get).sum() / total;
                if (share > bestShare) {
                    best = s;
                    bestShare = share;
                }
            }
            return best == null || bestShare < ENOUGH ? Optional.empty()
                    : Optional.of(new Mention(report, best.paragraph(),
                            best.paragraph().text().substring(best.start(), best.end()).strip()));
        }

        private Map<String, Double> weightsOf(Set<String> words) {
            Map<String, Double> weight = new HashMap<>();
            for (String w : words) {
                long holding = sentences.stream().filter(s -> holds(s.folded(), w)).count();
                weight.put(w, Math.log((sentences.size() + 1.0) / (holding + 1.0)));
            }
            return weight;
        }
    }

    private static final Pattern COUNTED = Pattern.compile(
            "^([一二两三四五六七八九十])(个|项|类|种|条|大)(\\p{IsHan}{1,6})$");
    private static final String DIGITS = "一二三四五六七八九十";

    /**
     * “三项制度” also as the report may write it, with the count in digits and words between:
     * 3项法定行政执法制度. Empty for a phrase that carries no count.
     */
    private static Optional<Pattern> countedForm(String phrase) {
        Matcher m = COUNTED.matcher(phrase);
        if (!m.matches()) {
            return Optional.empty();
        }
        String n = m.group(1).equals("两") ? "2" : String.valueOf(DIGITS.indexOf(m.group(1)) + 1);
        String number = m.group(1).equals("两") ? "(?:两|二|2)" : "(?:" + m.group(1) + "|" + n + ")";
        return Optional.of(Pattern.compile("(?<![\\d一二两三四五六七八九十])" + number + m.group(2)
                + "[^，,。；;：:]{0,10}?" + Pattern.quote(m.group(3))));
    }

    /**
     * What a mention must state besides X: a figure (…的数字), and an amount of money when 金额 is asked (讨回欠薪的具体
     * 金额 is not stated by 农民工讨薪维权宣传活动31场).
     */
    /** 未发生行政复议、行政诉讼案件, 全年无…, 均为零, 零败诉: a sentence stating that none of X happened. */
    private static final Pattern NONE_HAPPENED = Pattern.compile(
            "未(?:发生|出现|收到)|没有(?:发生|出现)|(?:全年|街道|镇|乡|区|县|村|社区|年)无|均无|无一|均?为[零0]"
                    + "|零(?:发生|败诉|纠错|投诉|事故)|(?<!\\d)0(?:件|起|宗)");

    private record Wanted(boolean figure, boolean money, boolean none) {
    }

    private static final Pattern MONEY = Pattern.compile("金额|多少钱|钱数|资金数");

    /** A figure of X: in the sentence, and in a clause that names X (审结行政复议57件), not one of another count. */
    private boolean hasFigure(Report report, Paragraph p, int start, int end, Set<String> words, Wanted wanted) {
        String text = p.text();
        return figures.apply(report).stream()
                .filter(f -> p.id().equals(f.paragraphId()) && f.start() >= start && f.start() < end)
                .filter(f -> !wanted.money() || f.unit().endsWith("元"))
                .map(f -> clauseAt(text, f.start(), start, end))
                .anyMatch(clause -> words.stream().anyMatch(w -> synonyms.of(w).stream().anyMatch(clause::contains)));
    }

    private static String clauseAt(String text, int at, int start, int end) {
        int from = Math.min(at, text.length());
        while (from > start && CLAUSE_END.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = Math.min(at, text.length());
        while (to < Math.min(end, text.length()) && CLAUSE_END.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to);
    }

    private static Answer noAnswer(Question q, String message) {
        return new Answer(null, q.text(), message, Mode.NO_ANSWER, List.of(), List.of(), null, null, null);
    }
}
