package com.reportqa.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads explicit dates ("2025-03-19", "2024年3月29日", "二〇二五年一月二十七日"). A date without separators such as
 * "2025127" is ambiguous (1月27日 or 12月7日) and is deliberately not read: a wrong date is worse than none.
 */
final class DateExtractor {

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern CHINESE_DIGITS = Pattern.compile(
            "(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE_NUMERALS = Pattern.compile(
            "([〇零○Ｏ0一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    /** A line that holds nothing but date material, e.g. "2025年1月27日", "（2025-01-27）" or garbled "2025127". */
    private static final Pattern DATE_LIKE_LINE = Pattern.compile(
            "^[(（]?[\\d〇零○Ｏ一二三四五六七八九十\\s年月日./-]{4,20}[)）]?$");
    private static final String DIGITS = "〇一二三四五六七八九";

    private DateExtractor() {
    }

    /** The first valid explicit date in the text, or null. */
    static LocalDate find(String text) {
        LocalDate date = firstValid(NUMERIC.matcher(text), false);
        if (date == null) {
            date = firstValid(CHINESE_DIGITS.matcher(text), false);
        }
        if (date == null) {
            date = firstValid(CHINESE_NUMERALS.matcher(text), true);
        }
        return date;
    }

    /** True for a short line made only of date characters, whether or not it parses. */
    static boolean isDateLikeLine(String line) {
        return DATE_LIKE_LINE.matcher(line).matches() && line.chars().anyMatch(c -> c != ' ');
    }

    private static LocalDate firstValid(Matcher m, boolean numerals) {
        while (m.find()) {
            int year = numerals ? chineseYear(m.group(1)) : Integer.parseInt(m.group(1));
            int month = numerals ? chineseNumber(m.group(2)) : Integer.parseInt(m.group(2));
            int day = numerals ? chineseNumber(m.group(3)) : Integer.parseInt(m.group(3));
            LocalDate date = safeDate(year, month, day);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        if (year < 1990 || year > 2100) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // e.g. 2月30日: better no date than a wrong one
        }
    }

    /** "二〇二五" → 2025; each character is one digit. */
    private static int chineseYear(String s) {
        int year = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit = (c == '零' || c == '○' || c == 'Ｏ' || c == '0') ? 0 : DIGITS.indexOf(c);
            year = year * 10 + Math.max(digit, 0);
        }
        return year;
    }

    /** "十" → 10, "二十七" → 27, "十二" → 12, "三" → 3; returns -1 for malformed numerals. */
    private static int chineseNumber(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? DIGITS.indexOf(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : DIGITS.indexOf(s.charAt(ten + 1));
        if (ten > 1 || tens < 0 || ones < 0 || s.length() - ten > 2) {
            return -1;
        }
        return tens * 10 + ones;
    }
}
