package com.reportqa.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pure parsing helpers for the number forms found in Chinese report text: Arabic numbers
 * (with thousands separators, decimals, full-width digits), standard Chinese numerals and
 * Arabic numbers scaled by 十/百/千/万/亿.
 */
public final class ChineseNumbers {

    private static final String DIGITS = "零〇一二两三四五六七八九";
    private static final String DIGIT_VALUES = "001223456789";
    private static final Pattern ARABIC = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

    private ChineseNumbers() {
    }

    /** Parses any supported form; empty when the text is not a well-formed number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = toHalfWidth(text.strip());
        int i = 0;
        while (i < s.length() && (isAsciiDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
        }
        if (i == 0) {
            return parseChinese(s);
        }
        Optional<BigDecimal> base = parseArabic(s.substring(0, i));
        if (base.isEmpty() || i == s.length()) {
            return base;
        }
        BigDecimal value = base.get();
        for (int k = i; k < s.length(); k++) {
            long multiplier = multiplierOf(s.charAt(k));
            if (multiplier == 0) {
                return Optional.empty();
            }
            value = value.multiply(BigDecimal.valueOf(multiplier));
        }
        return Optional.of(normalize(value));
    }

    /** Arabic digits with optional `,` thousands groups and one decimal point. */
    public static Optional<BigDecimal> parseArabic(String text) {
        String s = toHalfWidth(text);
        if (!ARABIC.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(normalize(new BigDecimal(s.replace(",", ""))));
    }

    /**
     * Standard counting numerals (一百零五, 十一, 两千, 三万五千). Digit runs without place
     * markers such as 十四五 or 二〇二四 are rejected on purpose: in running text they are
     * names (plans, slogans) or years, never counts.
     */
    public static Optional<BigDecimal> parseChinese(String text) {
        BigDecimal total = BigDecimal.ZERO;
        long section = 0;
        int pending = -1;
        long lastSmall = 0;
        long lastBig = 0;
        boolean zeroGap = false;
        boolean any = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            int digit = digitOf(c);
            long small = smallUnitOf(c);
            long big = c == '万' ? 10_000L : c == '亿' ? 100_000_000L : 0;
            if (digit == 0) {
                if (pending > 0 || k == text.length() - 1 && any) {
                    return Optional.empty();
                }
                zeroGap = any;
                if (!any) {
                    pending = 0;
                }
            } else if (digit > 0) {
                if (pending > 0) {
                    return Optional.empty();
                }
                pending = digit;
            } else if (small > 0) {
                if (lastSmall != 0 && small >= lastSmall || pending == 0) {
                    return Optional.empty();
                }
                section += (pending < 0 ? 1 : pending) * small;
                lastSmall = small;
                pending = -1;
                zeroGap = false;
            } else if (big > 0) {
                if (big == lastBig) {
                    return Optional.empty();
                }
                section += Math.max(pending, 0);
                long sectionValue = section == 0 && total.signum() == 0 ? 1 : section;
                BigDecimal scaled = BigDecimal.valueOf(sectionValue).multiply(BigDecimal.valueOf(big));
                // 一亿二千万: a smaller magnitude after a larger one only scales its own section.
                total = lastBig != 0 && big < lastBig ? total.add(scaled)
                        : total.add(BigDecimal.valueOf(sectionValue)).multiply(BigDecimal.valueOf(big));
                section = 0;
                lastSmall = 0;
                lastBig = big;
                pending = -1;
                zeroGap = false;
            } else {
                return Optional.empty();
            }
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        if (pending > 0) {
            // 一百五 / 三万五 are colloquial abbreviations of 一百五十 / 三万五千.
            long place = zeroGap ? 1 : lastSmall != 0 ? lastSmall / 10 : lastBig != 0 ? lastBig / 10 : 1;
            section += pending * place;
        }
        return Optional.of(normalize(total.add(BigDecimal.valueOf(section))));
    }

    /** True for characters that may appear inside a Chinese numeral. */
    public static boolean isChineseNumeral(char c) {
        return DIGITS.indexOf(c) >= 0 || smallUnitOf(c) > 0 || c == '万' || c == '亿';
    }

    /** Maps full-width digits and number punctuation to ASCII; length-preserving. */
    public static String toHalfWidth(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            sb.append(toHalfWidth(text.charAt(k)));
        }
        return sb.toString();
    }

    /** Single-character form of {@link #toHalfWidth(String)}. */
    public static char toHalfWidth(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        return switch (c) {
            case '％' -> '%';
            case '．' -> '.';
            default -> c;
        };
    }

    /** Multiplier of a magnitude character after Arabic digits (万 → 10000), 0 if none. */
    static long multiplierOf(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1_000L;
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> 0L;
        };
    }

    /**
     * Plain, scale-free representation so that toPlainString() never shows exponents or
     * trailing zeros (100000 rather than 1E+5, 2.5 rather than 2.50).
     */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digitOf(char c) {
        int idx = DIGITS.indexOf(c);
        return idx < 0 ? -1 : DIGIT_VALUES.charAt(idx) - '0';
    }

    private static long smallUnitOf(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1_000L;
            default -> 0L;
        };
    }
}
