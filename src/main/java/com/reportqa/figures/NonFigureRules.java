package com.reportqa.figures;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which numbers are names, dates, references or ordinals rather than measurements.
 * Text-wide spans are masked first (dates, document numbers, titles, times, formulas); the
 * remaining checks look only at the characters touching a number.
 */
final class NonFigureRules {

    private static final String DIGITS = "0123456789";
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String ALWAYS = "";

    /**
     * A masking pattern, the characters a line must contain for it to apply, and the
     * characters a match can start with. Matching is only attempted at those start
     * characters, which are rare in prose, so masking stays cheap.
     */
    private record MaskRule(String triggers, String starts, Pattern pattern) {
        MaskRule(String triggers, String starts, String regex) {
            this(triggers, starts, Pattern.compile(regex));
        }

        boolean appliesTo(String text) {
            for (int k = 0; k < triggers.length(); k++) {
                if (text.indexOf(triggers.charAt(k)) >= 0) {
                    return true;
                }
            }
            return triggers.isEmpty();
        }
    }

    private static final List<MaskRule> MASKED_SPANS = List.of(
            // A title names a document; numbers in it (三年行动, 2021-2025年) measure nothing.
            new MaskRule("《", "《", "《[^《》\\n]{0,120}》"),
            // Document numbers: 〔2024〕10号, [2024]10号, (2024)第3号.
            new MaskRule("〔[［(（【", "〔[［(（【", "[〔\\[［(（【]\\s*\\d{4}\\s*[〕\\]］)）】]\\s*(?:第\\s*)?\\d*\\s*号?"),
            new MaskRule("号", "第", "第\\s*\\d+\\s*号"),
            // Dates written with separators: 2025-03-19, 2025/3, 2025.3.19, and ranges of years.
            new MaskRule("-/", DIGITS, "\\d{4}\\s*[-/]\\s*\\d{1,2}(?:\\s*[-/]\\s*\\d{1,2})?"),
            new MaskRule(".", DIGITS, "\\d{4}\\.\\d{1,2}\\.\\d{1,2}"),
            new MaskRule("-—–~～至到", DIGITS, "\\d{4}\\s*[-—–~～至到]\\s*\\d{4}\\s*年?"),
            // Calendar dates: 2024年, 2024年度, 2025年1月27日, 3月, 12月4日, 二〇二四年, 十二月.
            new MaskRule("年", "12", "(?:1[89]|20)\\d{2}\\s*年度?(?:\\s*\\d{1,2}\\s*月份?(?:\\s*\\d{1,2}\\s*[日号])?)?"),
            new MaskRule("〇零", "〇零一二三四五六七八九", "[〇零一二三四五六七八九]{4}\\s*年度?"),
            new MaskRule("月", DIGITS, "\\d{1,2}\\s*月份?(?:\\s*\\d{1,2}\\s*[日号])?"),
            new MaskRule("月", NUMERALS, "(?<![一二三四五六七八九十两])[一二三四五六七八九十]{1,3}月份?(?:[一二三四五六七八九十]{1,3}[日号])?"),
            new MaskRule("日号", DIGITS, "\\d{1,2}\\s*[日号]"),
            // Commemorative days 12·4, 3·15 and clock times 13:09.
            new MaskRule("·•・", DIGITS, "\\d{1,2}\\s*[·•・]\\s*\\d{1,2}"),
            new MaskRule(":：", DIGITS, "\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*[:：]\\s*\\d{2})?"),
            // Phone numbers.
            new MaskRule(ALWAYS, "01", "0\\d{2,3}\\s*-\\s*\\d{7,8}|(?<!\\d)1[3-9]\\d{9}(?!\\d)"),
            // Named formulas: 5+2, 1+N, 1+3+N, 2×2.
            new MaskRule("+＋×", DIGITS + NUMERALS + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                    "[0-9A-Za-z一二三四五六七八九十]+(?:\\s*[+＋×]\\s*[0-9A-Za-z一二三四五六七八九十]+)+"),
            // Versions: V2.0, 3.0版.
            new MaskRule("Vv版", DIGITS + "Vv", "[Vv]\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)+版"));

    /** Characters touching an Arabic number that make it a code, range, fraction or version. */
    private static final String ARABIC_NEIGHBOURS = "-+/~～—－＋×#№.";

    /** Before a Chinese numeral these make it an ordinal or a weekday (第一, 周一, 星期三, 初五). */
    private static final String CHINESE_ORDINAL_MARKERS = "第周期拜初";

    /** Before a lone 一 these show it is a count (共一起, 仅一次) rather than the article "a". */
    private static final String COUNT_CUES = "共计仅只达增到";

    private NonFigureRules() {
    }

    /** Positions that belong to dates, references, titles and other non-measurements. */
    static boolean[] mask(String text) {
        boolean[] masked = new boolean[text.length()];
        for (MaskRule rule : MASKED_SPANS) {
            if (!rule.appliesTo(text)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int k = 0;
            while (k < text.length()) {
                if (rule.starts().indexOf(text.charAt(k)) >= 0 && m.region(k, text.length()).lookingAt()
                        && m.end() > k) {
                    Arrays.fill(masked, k, m.end(), true);
                    k = m.end();
                } else {
                    k++;
                }
            }
        }
        return masked;
    }

    /**
     * Arabic numbers glued to letters (5G, G318), to range/formula signs (3-5, 1/2), with a
     * leading zero (0831) or with 11+ digits are codes, not counts; 第3 is an ordinal.
     */
    static boolean isArabicNonFigure(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (isAsciiLetter(before) || isAsciiLetter(after)
                || ARABIC_NEIGHBOURS.indexOf(before) >= 0 || ARABIC_NEIGHBOURS.indexOf(after) >= 0 && after != '.') {
            return true;
        }
        String digits = text.substring(start, end);
        if (digits.length() > 1 && digits.charAt(0) == '0' && digits.charAt(1) != '.') {
            return true;
        }
        return digits.chars().filter(Character::isDigit).count() >= 11 || precededByOrdinal(text, start);
    }

    /**
     * Chinese numerals used as ordinals (第四年), weekdays, or idioms built on bare magnitudes
     * (千家万户, 百万群众) are not counts. A lone 一 before a measure word is normally the
     * indefinite article (一支队伍, 一件事, 一次性, 一批, 一起) unless a count cue precedes it.
     */
    static boolean isChineseNonFigure(String text, int start, String numeral) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (CHINESE_ORDINAL_MARKERS.indexOf(before) >= 0 || precededByOrdinal(text, start)) {
            return true;
        }
        boolean hasDigit = numeral.chars().anyMatch(c -> "零〇一二两三四五六七八九".indexOf(c) >= 0);
        if (!hasDigit && numeral.charAt(0) != '十' && !isApproximateMagnitude(text, start, numeral)) {
            return true;
        }
        return numeral.equals("一") && COUNT_CUES.indexOf(before) < 0;
    }

    /** 前3名 / 后十位 is a place in a ranking, not a number of people. */
    static boolean isRank(String text, int numberStart, String unit) {
        return numberStart > 0 && (unit.equals("名") || unit.equals("位"))
                && "前后".indexOf(text.charAt(numberStart - 1)) >= 0;
    }

    /** 百余件, 千多人, 逾百件: a bare magnitude with an approximation word is a rough count. */
    private static boolean isApproximateMagnitude(String text, int start, String numeral) {
        int end = start + numeral.length();
        boolean approxAfter = end < text.length() && (text.charAt(end) == '余' || text.charAt(end) == '多');
        return approxAfter || UnitLexicon.prefixQualifierBefore(text, start) != null;
    }

    private static boolean precededByOrdinal(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == '第';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
