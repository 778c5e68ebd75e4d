package com.reportqa.figures;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells political formulas and campaign names (四个意识, 两个维护, 六个不发生, 三位一体,
 * 五个一) apart from counted things written with Chinese numerals (“十一个坚持”, 三项制度,
 * 七方面). The rule, applied to Chinese-numeral figures only:
 * <ol>
 *   <li>numeral + 个 + 不… is a pledge of things that must not happen (六个不发生);</li>
 *   <li>numeral + measure word + 一… is a fixed formula (三位一体, 五个一, 三个一批);</li>
 *   <li>numeral + 个 + a head word of the well-known formula family (意识, 自信, 维护, 确立,
 *       全面, 代表, 伟大, 务必, 责任, 一百年) is a formula, quoted or not;</li>
 *   <li>a quoted numeral + 个 + short noun that shares its sentence with another such quoted
 *       item is one entry of a slogan list (增强“四个意识”、坚定“四个自信”…).</li>
 * </ol>
 * Everything else stays a figure, so a lone quoted “十一个坚持” is counted as 11 个.
 */
final class SloganRules {

    private static final Set<String> FORMULA_HEADS =
            Set.of("意识", "自信", "维护", "确立", "全面", "代表", "伟大", "务必", "责任", "一百年");
    private static final Pattern QUOTED_COUNTED_NOUN =
            Pattern.compile("[零〇一二两三四五六七八九十百千0-9]+个\\p{IsHan}{1,4}");
    private static final int MAX_QUOTE_LENGTH = 40;

    private final String text;
    private final List<int[]> quotes;

    SloganRules(String text) {
        this.text = text;
        this.quotes = findQuotes(text);
    }

    boolean isSlogan(int numberStart, int unitStart, String unit, boolean chineseNumeral) {
        if (!chineseNumeral) {
            return false;
        }
        int afterUnit = unitStart + unit.length();
        if (text.startsWith("一", afterUnit)) {
            return true;
        }
        if (!unit.equals("个")) {
            return false;
        }
        if (text.startsWith("不", afterUnit)) {
            return true;
        }
        if (FORMULA_HEADS.stream().anyMatch(head -> text.startsWith(head, afterUnit))) {
            return true;
        }
        int[] own = quoteStartingAt(numberStart);
        return own != null && isCountedNoun(own) && countedNounQuotesInSentence(own) >= 2;
    }

    private int[] quoteStartingAt(int pos) {
        for (int[] q : quotes) {
            if (q[0] == pos) {
                return q;
            }
        }
        return null;
    }

    private boolean isCountedNoun(int[] quote) {
        return QUOTED_COUNTED_NOUN.matcher(text.substring(quote[0], quote[1])).matches();
    }

    private long countedNounQuotesInSentence(int[] own) {
        int from = own[0];
        while (from > 0 && !ClauseLayout.isSentenceBoundary(text, from - 1)) {
            from--;
        }
        int to = own[1];
        while (to < text.length() && !ClauseLayout.isSentenceBoundary(text, to)) {
            to++;
        }
        int sentenceStart = from;
        int sentenceEnd = to;
        return quotes.stream()
                .filter(q -> q[0] >= sentenceStart && q[1] <= sentenceEnd && isCountedNoun(q))
                .count();
    }

    /**
     * Content spans [start, end) of short quotations. Unbalanced or very long quotes are
     * ignored: reports often lose a quote mark, and a runaway span would swallow real text.
     */
    private static List<int[]> findQuotes(String text) {
        List<int[]> spans = new ArrayList<>();
        Deque<Integer> opens = new ArrayDeque<>();
        Deque<Character> closers = new ArrayDeque<>();
        boolean asciiOpen = false;
        int asciiStart = -1;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            char closer = closerOf(c);
            if (c == '"') {
                if (asciiOpen) {
                    addSpan(spans, asciiStart, k);
                } else {
                    asciiStart = k + 1;
                }
                asciiOpen = !asciiOpen;
            } else if (closer != 0) {
                opens.push(k + 1);
                closers.push(closer);
            } else if (!closers.isEmpty() && c == closers.peek()) {
                closers.pop();
                addSpan(spans, opens.pop(), k);
            }
        }
        return spans;
    }

    private static void addSpan(List<int[]> spans, int start, int end) {
        if (end - start <= MAX_QUOTE_LENGTH) {
            spans.add(new int[] {start, end});
        }
    }

    private static char closerOf(char c) {
        return switch (c) {
            case '“' -> '”';
            case '‘' -> '’';
            case '「' -> '」';
            case '『' -> '』';
            default -> 0;
        };
    }
}
