package com.reportqa.ingest;

import java.util.regex.Pattern;

/**
 * Page tables write their labels in several ways — {@code 发布机构：X}, {@code 发布机构: | X |}, {@code [ 发布机构 ] X},
 * {@code 【发布日期】2024-01-31} — and space them out ({@code 索 引 号}). One written form for all, so that one
 * pattern reads them.
 */
public final class PageLabels {

    /** [ 发布机构 ] and 【发布日期】: a bracketed label. */
    private static final Pattern BRACKETED = Pattern.compile("[\\[【]\\s*((?:\\p{IsHan}\\s*){2,8})[\\]】]");
    /** 索 引 号 / 发 布 日 期: a label spaced out character by character. */
    private static final Pattern SPACED = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan}\\s*[:：])|(?<=\\p{IsHan})\\s+(?=\\p{IsHan}\\s+\\p{IsHan})");

    private PageLabels() {
    }

    /**
     * The organisation a canonical line names after one of these labels (发布机构：河东区汤头街道 → group 1), the one
     * definition of "an organisation after a label" for ingest and for the answers that cite it.
     */
    public static Pattern organisationAfter(String... labels) {
        return Pattern.compile("(?:" + String.join("|", labels) + ")：([\\p{IsHan}（）()·]+)");
    }

    /** The line with every label written {@code 标签：} and no table bars. */
    public static String canonical(String line) {
        String s = BRACKETED.matcher(line).replaceAll(m -> m.group(1).replaceAll("\\s+", "") + "：");
        s = s.replace("|", " ");
        s = s.replaceAll("\\s*[:：]\\s*", "：");
        return SPACED.matcher(s).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }
}
