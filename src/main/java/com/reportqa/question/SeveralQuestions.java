package com.reportqa.question;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message that asks two things of different forms at once: 江口镇请的律所是哪家？另外专题会多久开一次？,
 * 任务清单列了多少项重点任务？多久调度推进一次？. Each part is a question of its own, routed on its own; the place
 * and year named once are every part's. A part that leans on the one before it (合计多少？各多少？, 各是多少？哪家高？,
 * 几人宣誓？各是什么职务？, 2023年是几次？哪一年多？) stays with it: those are one question the answerers read whole.
 */
public final class SeveralQuestions {

    /** Where a question ends: its question mark, or a comma before 另外/此外/顺便问. */
    private static final Pattern END = Pattern.compile(
            "[？?]+|[，,；;。](?=\\s*(?:另外|此外|顺便|再问|还想问|还想了解|另问))");
    /** Words that open a further question of its own. */
    private static final Pattern AGAIN = Pattern.compile(
            "^\\s*(?:另外|此外|顺便(?:再)?(?:问|说|了解)?一?下?|再问一?下|还想问一?下|还想了解一?下|另问一?下?|还有(?:就是)?)[，,：:]?\\s*");
    /** A part that reads the one before it: its parts, its ranking, its change, its share. */
    private static final Pattern LEANS_BACK = Pattern.compile(
            "各|分别|其中|" + TotalWords.ASKED + "|" + RankingWords.WHICH_MORE + "|" + RankingWords.ORDER
                    + "|哪(?:个|家|边|一|年|位|种|类|项)?[^？?，,]{0,4}(?:快|慢|强|好)|相比|比较|对比|比一比|同比|环比"
                    // (镇里定的那个工作安排: a 那个 after 的 closes a description, it points at nothing before; nor does
                    // 这些 after a noun: 办案纪律这些培训 are trainings such as that one)
                    + "|[增减]加|增长|下降|减少|变化|占|差|(?:^|(?<=[\\s，,：:把对将和与跟比那在从是给向说看]))(?:这些|那些)"
                    + "|(?<!的)(?:这个|那个|这项|这一)|它们|两者|二者|两[家个项]|[三四五几]家|上述|以上|前面|刚才"
                    // 先说少的: how to lay out the answer to the question before
                    + "|先(?:说|列|讲|写|排|放)"
                    // 结果怎么分的: the outcome of what was just counted
                    + "|结果|怎么分|如何分"
                    // 比上一年多了还是少了: measured against the figure just asked
                    + "|比(?![例重率])|还是|[涨降]了"
                    // 江口要是只写了分项，就加一下: how to work out the figure just asked, no question of its own
                    + "|加(?:一下|一加|总)|相加|要是|假如|如果");
    /** 我在写材料。 tells, 工作安排叫啥名？ asks: of two facts, only a part that asks is a question of its own. */
    private static final Pattern QUESTION_MARK = Pattern.compile("[？?]\\s*$");
    private static final Pattern ELLIPTICAL = Pattern.compile("呢[？?。！!\\s]*$");
    /** Words that point back at the place already named: 它的, 镇里, 该街道. */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "^\\s*(?:那么|那|它的|它|他们的|他们|她的|该[镇乡区县市]的?|该街道的?|这个[镇乡区县]的?|[镇乡区县]里的?|街道里的?)");
    /** What a part may hold besides what it asks about. */
    private static final Pattern ASKING_ONLY = Pattern.compile(
            "[？?，,。！!、：:\\s]|多少|几|哪|什么|啥|谁|多久|多长|时间|是|的|了|呢|吗|有|没|都|一般|请问|报告|里|写"
                    // 江口那边有没有具体数: another place asked for the figure just asked
                    + "|那边|这边|那里|具体|数字|数据|数");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}年");
    private static final int MAX_PARTS = 4;
    private static final int MAX_CHARS = 240;

    private SeveralQuestions() {
    }

    /**
     * One question of a message.
     *
     * @param asked      as the asker wrote it (the answer's heading)
     * @param standalone with the place and year of the whole message written in when it names none
     */
    public record Part(String asked, String standalone) {
    }

    /** The questions of a message; a message that asks one thing is one part. */
    public static List<Part> parts(String text, Question whole, QuestionParser parser) {
        List<String> sentences = sentences(text);
        // a message of several questions is a few short sentences; anything else is read whole, in bounded time
        if (sentences.size() < 2 || sentences.size() > MAX_PARTS || text.length() > MAX_CHARS) {
            return List.of(new Part(text, text));
        }
        // each sentence is read several ways: once each
        Map<String, Question> read = new HashMap<>();
        Function<String, Question> parse = t -> read.computeIfAbsent(t, parser::parse);
        List<String> groups = new ArrayList<>();
        QuestionKind before = null;
        for (String sentence : sentences) {
            String own = AGAIN.matcher(sentence).replaceFirst("");
            boolean again = own.length() < sentence.length();
            QuestionKind kind = groups.isEmpty() ? null
                    : parse.apply(standalone(own, first(groups, whole, parse), parse)).kind();
            // 文号是什么？顺便看下生成日期: fields of the report's metadata are read together
            // 黄溪镇呢？, 委托执法的呢？: the question before asked again of another place or thing
            boolean elliptical = !again && ELLIPTICAL.matcher(own).find();
            // 行政复议几件？复议结果怎么分的？: a part of the same thing as the one before asks more of it
            boolean sameThing = !groups.isEmpty() && sharesWords(parse.apply(groups.getLast()).topic(),
                    parse.apply(own).topic());
            boolean ownQuestion = !groups.isEmpty() && !LEANS_BACK.matcher(own).find() && !elliptical && !sameThing
                    && !thin(parse.apply(own).topic())
                    // 别跟长葛的增福镇搞混了。: a sentence that asks nothing is said about the question before
                    && (again || QUESTION_MARK.matcher(own).find() || AskSplitter.INTERROGATIVE.matcher(own).find())
                    // 纲要是哪个？工作安排叫啥名: two facts asked of different things are read one by one
                    && (kind != before || again && kind != QuestionKind.METADATA
                            || kind == QuestionKind.FACT && QUESTION_MARK.matcher(own).find());
            if (groups.isEmpty() || ownQuestion) {
                groups.add(own);
                before = groups.size() == 1 ? parse.apply(standalone(own, whole, parse)).kind() : kind;
            } else {
                groups.set(groups.size() - 1, groups.getLast() + sentence);
            }
        }
        return groups.size() < 2 ? List.of(new Part(text, text)) : named(groups, whole, parse);
    }

    /** The parts, each written out with the places it is asked of. */
    private static List<Part> named(List<String> groups, Question whole, Function<String, Question> parse) {
        List<Part> parts = new ArrayList<>();
        Question named = whole;
        for (String g : groups) {
            Question own = parse.apply(g);
            // 雁峰区…？另外有多少名法律明白人？顺便问下健龙镇…: a part naming none is of the last part that named one
            if (!own.places().isEmpty()) {
                named = own;
            }
            parts.add(new Part(g.strip(), standalone(g, named, parse)));
        }
        return parts;
    }

    /**
     * Each sentence of a message as a question of its own, whatever it leans on: for a message read whole that found
     * nothing. One part when the message is one sentence, or too long to be a few questions.
     */
    public static List<Part> sentences(String text, Question whole, QuestionParser parser) {
        List<String> sentences = sentences(text);
        if (sentences.size() < 2 || sentences.size() > MAX_PARTS || text.length() > MAX_CHARS
                || sentences.stream().anyMatch(s -> !QUESTION_MARK.matcher(s).find() && !AGAIN.matcher(s).find())) {
            return List.of(new Part(text, text));
        }
        Map<String, Question> read = new HashMap<>();
        Function<String, Question> parse = t -> read.computeIfAbsent(t, parser::parse);
        return named(sentences.stream().map(s -> AGAIN.matcher(s).replaceFirst("")).toList(), whole, parse);
    }

    /** The first part as a question: the places its parts are asked of when they name none. */
    private static Question first(List<String> groups, Question whole, Function<String, Question> parse) {
        Question q = parse.apply(groups.getFirst());
        return q.places().isEmpty() ? whole : q;
    }

    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int from = 0;
        while (m.find()) {
            out.add(text.substring(from, m.end()));
            from = m.end();
        }
        if (from < text.length() && !text.substring(from).isBlank()) {
            out.add(text.substring(from));
        }
        return out;
    }

    /** A part naming no place is asked of the places of the whole message, in its year when one was written. */
    private static String standalone(String part, Question whole, Function<String, Question> parse) {
        if (whole.places().isEmpty() || !parse.apply(part).places().isEmpty()) {
            return part;
        }
        String year = whole.year() != null && !YEAR.matcher(ShortYears.expand(part)).find()
                && whole.text().contains(whole.year() + "年") ? whole.year() + "年" : "";
        return String.join("和", whole.places()) + year + POINTS_BACK.matcher(part).replaceFirst("");
    }

    /** Whether two parts' topics share a two-character word other than those every report's topic has. */
    private static boolean sharesWords(String before, String after) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + 2 <= before.length(); i++) {
            seen.add(before.substring(i, i + 2));
        }
        for (int i = 0; i + 2 <= after.length(); i++) {
            String w = after.substring(i, i + 2);
            if (seen.contains(w) && w.codePoints().allMatch(Character::isIdeographic) && !COMMON.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Words of every report (法治政府建设工作): no sign that two questions are about one thing. */
    private static final Pattern COMMON = Pattern.compile(
            "法治|治政|政府|府建|建设|设工|工作|报告|年度|全年|一共|开展|情况|方面|镇里|街道|全镇|全区|全县|主要|相关|多久|一次|时间|一般"
                    // 行政复议 and 行政应诉 are two things; every report's 依法行政 and its 案件 tell nothing, nor does
                    // 执法 (执法人员的培训 and 行政执法责任制 are two things)
                    + "|行政|案件|执法");

    private static boolean thin(String part) {
        return ASKING_ONLY.matcher(POINTS_BACK.matcher(part).replaceFirst("")).replaceAll("").codePoints()
                .filter(Character::isIdeographic).count() < 3;
    }
}
