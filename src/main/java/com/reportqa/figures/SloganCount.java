package com.reportqa.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts and items that a report states in words rather than as figures: the number inside a slogan (“三个一” → 3,
 * “两个维护” → 2), the items of 一是…二是…三是…, and the items listed before a quoted phrase (安全生产、刑事案件
 * “零发生” → 2). SloganRules keeps these out of the figures; this reads them when a question asks for them.
 */
public final class SloganCount {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^([一二两三四五六七八九十]+|\\d+)(?:个|项|大|类|张|条|种|方面)");
    private static final Pattern CLOSING_COUNT = Pattern.compile("等\\s*([一二两三四五六七八九十]+|\\d+)\\s*(个方面|个|项|类|种|大类|方面)");
    private static final Pattern LIST_STARTS = Pattern.compile("[^。；;]{0,12}?一是");
    private static final Pattern QUOTED_LIST = Pattern.compile("[“\"]([^”\"]+)[”\"]的?$");
    /** 一是…二是…, （一）…（二）… in one paragraph, and the two sides of 一方面…另一方面…. */
    private static final Pattern ORDINAL_ITEM = Pattern.compile(
            "[一二三四五六七八九十]+是|(?<!另)一方面|另一方面|[（(][一二三四五六七八九十]{1,3}[）)]");
    private static final Pattern ITEM_BREAK = Pattern.compile("[、；;]|以及|和|及");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;：:！？]");
    /** A verb starting a listing clause (实现、确保、做到): not part of the first item. */
    /** 均履行A、B…, 组建由A、B、C组成的: the words that open a list are no part of its first item. */
    private static final Pattern LEAD_VERB = Pattern.compile("^(?:全力|努力|切实|坚决|持续|均|都|严格)?"
            + "(?:实现|确保|做到|保持|达到|坚持|守住|聚焦|围绕|整治|针对|履行|(?:组建|成立|建立)?由)了?");

    private SloganCount() {
    }

    /** The number a slogan starts with: 三个一 → 3, 四个零 → 4; empty when it names none. */
    public static Optional<Integer> numberIn(String slogan) {
        Matcher m = LEADING_NUMBER.matcher(slogan.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        return ChineseNumbers.parse(m.group(1)).map(BigDecimal::intValue).filter(n -> n > 0);
    }

    /** The first number of a phrase made of counted parts (三位一体 → 3, 一规划两纲要 → 1). */
    public static Optional<Integer> firstNumber(String phrase) {
        Matcher m = Pattern.compile("^([一二两三四五六七八九十])").matcher(phrase.strip());
        return m.find() ? ChineseNumbers.parse(m.group(1)).map(BigDecimal::intValue) : Optional.empty();
    }

    /** A count as the report writes it: 七方面 is 7 in 方面. */
    public record Stated(int count, String unit) {
    }

    /** 聚焦A、B、C等七方面: the count a list closes with, which settles it better than splitting the items. */
    public static Optional<Stated> closingCount(String sentence) {
        Matcher m = CLOSING_COUNT.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = m.group(2).equals("个方面") ? "个" : m.group(2);
        return ChineseNumbers.parse(m.group(1)).map(BigDecimal::intValue).filter(n -> n > 1)
                .map(n -> new Stated(n, unit));
    }

    /** 聚焦A、B、C等三方面: the items such a closing count counts, or empty when they are not as many as it says. */
    public static List<String> closingItems(String sentence) {
        Matcher m = CLOSING_COUNT.matcher(sentence);
        if (!m.find()) {
            return List.of();
        }
        Optional<Stated> count = closingCount(sentence);
        List<String> items = listedBefore(sentence, m.start());
        return count.isPresent() && items.size() == count.get().count() ? items : List.of();
    }

    /** The items of 一是…；二是…；三是… (or 一方面…另一方面…) in order, or empty when the text does not enumerate that way. */
    public static List<String> ordinalItems(String text) {
        Matcher m = ORDINAL_ITEM.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
        }
        if (at.size() < 2) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : text.length();
            String item = text.substring(at.get(i)[1], end).replaceAll("[，,；;。\\s]+$", "")
                    .replaceFirst("^[，,：:\\s]+", "").strip();
            int stop = item.indexOf('。');
            items.add(stop > 0 ? item.substring(0, stop) : item);
        }
        return items;
    }

    /**
     * The items listed right before {@code at} in its clause: 实现安全生产事故、刑事案件“零发生” → [安全生产事故, 刑事案件];
     * empty when fewer than two.
     */
    public static List<String> listedBefore(String sentence, int at) {
        String before = sentence.substring(0, at);
        Matcher breaks = CLAUSE_BREAK.matcher(before);
        int from = 0;
        while (breaks.find()) {
            from = breaks.end();
        }
        // 二、推进…存在的不足: a section's number is no item of a list
        String clause = LEAD_VERB.matcher(before.substring(from).strip()
                .replaceFirst("^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．])", ""))
                .replaceFirst("");
        clause = clause.replaceAll("等?[一二两三四五六七八九十\\d]*[个类项种]?$", "");
        // 把A、B和C作为必经程序: the list ends where what is made of it begins
        clause = clause.replaceFirst("(?:作为|列为|列入|纳入).*$", "").replaceFirst("^[把将]", "")
                .replaceFirst("(?:组成|构成)的?$", "");
        // 按照“公正、公开、便民”的办事原则: the quoted list is the items
        Matcher quoted = QUOTED_LIST.matcher(clause);
        if (quoted.find()) {
            clause = quoted.group(1);
        }
        List<String> items = new ArrayList<>();
        for (String item : ITEM_BREAK.split(clause)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items.size() >= 2 ? items : List.of();
    }

    /** The items listed right after {@code at}: “三个一”，即A、B、C / ：一是…二是… ; empty when none. */
    public static List<String> listedAfter(String text, int at) {
        String after = text.substring(at).replaceFirst("^[”\"」』]?", "");
        // 一是… only when the list starts right here, not at some later sentence of the paragraph
        List<String> ordinal = LIST_STARTS.matcher(after).lookingAt() ? ordinalItems(after) : List.of();
        if (!ordinal.isEmpty()) {
            return ordinal;
        }
        Matcher intro = Pattern.compile("^\\p{IsHan}{0,4}?[，,]?\\s*(?:即|指|包括|就是|：|:|（|\\()").matcher(after);
        if (!intro.find()) {
            return List.of();
        }
        String rest = after.substring(intro.end());
        int stop = rest.length();
        for (char c : new char[] {'。', '）', ')', '；', ';'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < stop) {
                stop = i;
            }
        }
        List<String> items = new ArrayList<>();
        for (String item : rest.substring(0, stop).split("[、，,]|以及|和")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items.size() >= 2 ? items : List.of();
    }
}
