package com.reportqa.ingest;

import java.util.regex.Pattern;

/** What a paragraph's section says about it. */
public final class Sections {

    /** Sections about the coming year: 下步工作目标, 2025年工作措施, 下一步工作打算, 存在问题后的计划… */
    private static final Pattern PLAN = Pattern.compile(
            "下步|下一步|下一年|明年|下阶段|今后|工作打算|工作计划|工作思路|努力方向|目标举措|工作措施|工作安排|计划");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

    /** Sections about what fell short: 存在问题和不足, 存在的主要问题及原因, 短板和差距. */
    private static final Pattern SHORTCOMINGS = Pattern.compile("存在[^，,]{0,6}(?:问题|不足)|不足|短板|差距|薄弱环节");

    private Sections() {
    }

    /** True when the paragraph sits in a section about the report year's shortcomings. */
    public static boolean isShortcomings(Paragraph paragraph) {
        return paragraph.sectionPath().stream().anyMatch(h -> SHORTCOMINGS.matcher(h).find());
    }

    /** True when the paragraph sits in a section about plans for the years after the report year. */
    public static boolean isPlan(Report report, Paragraph paragraph) {
        for (String heading : paragraph.sectionPath()) {
            var m = YEAR.matcher(heading);
            boolean laterYear = m.find() && Integer.parseInt(m.group(1)) > report.year();
            if (laterYear || (PLAN.matcher(heading).find() && !heading.contains(report.year() + "年"))) {
                return true;
            }
        }
        return false;
    }
}
