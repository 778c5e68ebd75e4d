package com.reportqa.question;

import java.util.regex.Pattern;

/**
 * 24年跟23年比, 23年度: officials write a year by its last two digits; every rule that reads a year reads four, so the
 * two are widened first. A count of years (近10年, 第3年, 满20年, 24年前) is left as it is.
 */
public final class ShortYears {

    private static final Pattern SHORT = Pattern.compile(
            "(?<![\\d.０-９〇零一二两三四五六七八九十百千几近第前后多余每期满了过])(?:1[5-9]|2\\d)(?=\\s*年(?![代前后来间内多余半以]))"
                    // 比23年多了: the year compared with, though 3年多 would be a count of years
                    + "|(?<=[比较跟])(?:1[5-9]|2\\d)(?=\\s*年(?![代前后来间内余半以]))");

    private ShortYears() {
    }

    public static String expand(String text) {
        return SHORT.matcher(text).replaceAll(m -> "20" + m.group());
    }
}
