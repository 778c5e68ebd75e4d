package com.reportqa.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds number + measure-word spans in half-width-normalised text. Every number is read as
 * [prefix qualifier] number [余|多] [万|亿|千] [余|多] unit [suffix qualifier] and then vetted
 * by {@link NonFigureRules} and {@link SloganRules}.
 */
final class FigureScanner {

    /** A located figure; offsets are into the scanned text. */
    record Token(int start, int end, int numberStart, BigDecimal value, String unit, String qualifier) {
    }

    private static final Pattern ARABIC = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!\\d)(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final String PERCENT_WORD = "百分之";
    private static final String APPROXIMATORS = "余多";
    private static final String ARABIC_MAGNITUDES = "千万亿";

    private final String text;
    private final boolean[] masked;
    private final SloganRules slogans;

    FigureScanner(String normalisedText) {
        this.text = normalisedText;
        this.masked = NonFigureRules.mask(normalisedText);
        this.slogans = new SloganRules(normalisedText);
    }

    List<Token> scan() {
        List<Token> tokens = new ArrayList<>();
        Matcher arabic = ARABIC.matcher(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int next = i + 1;
            Token token = null;
            if (ChineseNumbers.isAsciiDigit(c)) {
                arabic.region(i, text.length()).lookingAt();
                next = arabic.end();
                token = readArabic(i, next);
            } else if (text.startsWith(PERCENT_WORD, i)) {
                next = i + PERCENT_WORD.length();
                token = readPercentWord(i, next);
            } else if (ChineseNumbers.isChineseNumeral(c)) {
                next = chineseRunEnd(i);
                token = readChinese(i, next);
            }
            if (token != null) {
                tokens.add(token);
                next = token.end();
            }
            i = next;
        }
        return tokens;
    }

    private Token readArabic(int start, int end) {
        if (masked[start] || NonFigureRules.isArabicNonFigure(text, start, end)) {
            return null;
        }
        Optional<BigDecimal> value = ChineseNumbers.parseArabic(text.substring(start, end));
        return value.map(v -> readTail(start, end, v, false)).orElse(null);
    }

    private Token readChinese(int start, int end) {
        String numeral = text.substring(start, end);
        if (masked[start] || NonFigureRules.isChineseNonFigure(text, start, numeral)) {
            return null;
        }
        return ChineseNumbers.parseChinese(numeral).map(v -> readTail(start, end, v, true)).orElse(null);
    }

    /** 百分之九十五 / 百分之95 / 百分之百: a percentage spelled out in words. */
    private Token readPercentWord(int start, int numberStart) {
        if (masked[start] || numberStart >= text.length()) {
            return null;
        }
        int end = numberStart;
        Optional<BigDecimal> value;
        if (ChineseNumbers.isAsciiDigit(text.charAt(numberStart))) {
            Matcher m = ARABIC.matcher(text).region(numberStart, text.length());
            end = m.lookingAt() ? m.end() : numberStart;
            value = ChineseNumbers.parseArabic(text.substring(numberStart, end));
        } else {
            end = chineseRunEnd(numberStart);
            String numeral = text.substring(numberStart, end);
            value = numeral.equals("百") ? Optional.of(BigDecimal.valueOf(100)) : ChineseNumbers.parseChinese(numeral);
        }
        if (value.isEmpty() || end == numberStart) {
            return null;
        }
        String suffix = UnitLexicon.suffixQualifierAt(text, end);
        int rawEnd = suffix == null ? end : end + suffix.length();
        String prefix = UnitLexicon.prefixQualifierBefore(text, start);
        int rawStart = prefix == null ? start : start - prefix.length();
        return new Token(rawStart, rawEnd, start, value.get(), "%", prefix != null ? prefix : suffix);
    }

    private Token readTail(int numberStart, int numberEnd, BigDecimal number, boolean chinese) {
        int j = numberEnd;
        if (!chinese && j + 1 < text.length() && text.charAt(j) == ' ' && UnitLexicon.isHan(text.charAt(j + 1))) {
            j++; // "55 名": a stray space between number and measure word
        }
        String approx = null;
        if (j < text.length() && APPROXIMATORS.indexOf(text.charAt(j)) >= 0) {
            approx = String.valueOf(text.charAt(j++));
        }
        BigDecimal value = number;
        boolean scaled = false;
        while (!chinese && j < text.length() && ARABIC_MAGNITUDES.indexOf(text.charAt(j)) >= 0) {
            value = value.multiply(BigDecimal.valueOf(ChineseNumbers.multiplierOf(text.charAt(j++))));
            scaled = true;
        }
        if (approx == null && j < text.length() && APPROXIMATORS.indexOf(text.charAt(j)) >= 0 && scaled) {
            approx = String.valueOf(text.charAt(j++));
        }
        String unit = UnitLexicon.unitAt(text, j, chinese, value);
        if (unit == null) {
            // 3.2万 with no measure word still states a magnitude; a bare number does not.
            boolean wordFollows = j < text.length() && UnitLexicon.isHan(text.charAt(j))
                    && UnitLexicon.suffixQualifierAt(text, j) == null;
            if (!scaled || wordFollows) {
                return null;
            }
            unit = "";
        }
        if (slogans.isSlogan(numberStart, j, unit, chinese) || NonFigureRules.isRank(text, numberStart, unit)) {
            return null;
        }
        int end = j + unit.length();
        String suffix = UnitLexicon.suffixQualifierAt(text, end);
        if (suffix != null) {
            end += suffix.length();
        }
        String prefix = UnitLexicon.prefixQualifierBefore(text, numberStart);
        int start = prefix == null ? numberStart : numberStart - prefix.length();
        String qualifier = approx != null ? approx : prefix != null ? prefix : suffix;
        // 七方面 and 7个方面 count the same thing: one unit name, so answers and comparisons agree
        String named = "方面".equals(unit) ? "个方面" : unit;
        return new Token(start, end, numberStart, ChineseNumbers.normalize(value), named, qualifier);
    }

    private int chineseRunEnd(int start) {
        int k = start;
        while (k < text.length() && ChineseNumbers.isChineseNumeral(text.charAt(k))) {
            k++;
        }
        return k;
    }
}
