package com.reportqa.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies single lines near the top and bottom of a report: titles, metadata, signatures. */
final class HeaderLines {

    static final int MAX_TITLE_LINE = 100;
    private static final int MAX_TITLE_PREFIX_LINE = 50;
    private static final int MAX_SIGNATURE_LINE = 40;
    private static final int MAX_METADATA_DATE_LINE = 60;
    /** Share of a line's character pairs found in the title above which the line repeats the title. */
    private static final double DUPLICATE_TITLE_OVERLAP = 0.7;

    static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    static final Pattern REPORT_WORD = Pattern.compile("报告|总结");
    /** Organisation endings used for issuers and signatures ("…人民政府", "中共…委员会", "…区委"). */
    static final Pattern ORG_SUFFIX = Pattern.compile(
            "(人民政府|委员会|常委会|党工委|党委|管委会|办事处|政府|[省市州区县旗镇乡]委|办公室|局|街道)$");
    private static final Pattern METADATA_LABEL = Pattern.compile(
            "(来源|日期|时间|发布|作者|浏览|阅读|点击|字号|索引号|文号|编辑|发文机关|分类|访问量|主题词)\\s*[:：]");
    /** Labels of page lines worth keeping as citable metadata: what the report is, not how the page is shown. */
    private static final Pattern PAGE_LINE_LABEL = Pattern.compile(
            "(索引号|发布机构|发文机关|发布单位|发布日期|发布时间|成文日期|印发日期|日期|信息来源|来源|文号|发文字号)\\s*[:：]");
    private static final Pattern PAGE_CHROME = Pattern.compile("^\\W*(字号|浏览|阅读|点击|访问量|打印|关闭|分享)\\s*[:：]?");
    private static final Pattern DATE_LABEL = Pattern.compile("(发布|印发|成文|发文|生成)(日期|时间)[:：]|^\\W*(日期|时间)[:：]");
    private static final Pattern STARTS_WITH_DATE = Pattern.compile("^\\d{4}\\s*[-/.年]\\s*\\d");
    private static final Pattern SOURCE = PageLabels.organisationAfter("信息来源", "来源", "发布机构", "发文机关");
    private static final String SENTENCE_PUNCTUATION = "。，,：:；;！？!?";

    private HeaderLines() {
    }

    /** Could be (part of) the title: short, no full stop, not metadata, not a salutation ending in a colon. */
    static boolean isTitleCandidate(String line) {
        return line.length() <= MAX_TITLE_LINE && !line.contains("。") && !isMetadata(line) && !endsWithColon(line)
                && !HeadingMatcher.startsWithMarker(line);
    }

    /** 2 for 报告/总结, +1 for a year, +1 for 法治. */
    static int titleScore(String line) {
        return (REPORT_WORD.matcher(line).find() ? 2 : 0) + (YEAR.matcher(line).find() ? 1 : 0)
                + (line.contains("法治") ? 1 : 0);
    }

    /** A line above the title that belongs to it: an issuing organisation or the "…关于" part. */
    static boolean isTitlePrefix(String line) {
        if (line.length() > MAX_TITLE_PREFIX_LINE || hasSentencePunctuation(line) || isMetadata(line)
                || HeadingMatcher.startsWithMarker(line)) {
            return false;
        }
        return ORG_SUFFIX.matcher(line).find() || line.contains("关于") || line.endsWith("年度");
    }

    /** The second half of a title broken over two lines, e.g. "…关于2024年度" + "法治政府建设情况的报告". */
    static boolean isTitleContinuation(String line) {
        return line.length() <= MAX_TITLE_PREFIX_LINE && !hasSentencePunctuation(line) && endsWithReportWord(line);
    }

    /** Metadata, a date line or a repeated short title right below the title. */
    static boolean isHeaderLine(String line, String title) {
        if (isMetadata(line) || DateExtractor.isDateLikeLine(line)) {
            return true;
        }
        return isTitleCandidate(line) && (REPORT_WORD.matcher(line).find() || overlap(line, title) >= DUPLICATE_TITLE_OVERLAP);
    }

    static boolean isMetadata(String line) {
        // labels are spaced out, bracketed or in table cells on some pages (索 引 号:, [ 发布机构 ], 发布机构: | X |)
        if (line.length() <= MAX_TITLE_LINE && METADATA_LABEL.matcher(PageLabels.canonical(line)).find()) {
            return true;
        }
        return line.length() <= MAX_METADATA_DATE_LINE && STARTS_WITH_DATE.matcher(line).find() && !line.contains("。")
                && DateExtractor.find(line) != null;
    }

    /** A header line stating the report's index number, issuer or dates (not menus, 字号 or view counts). */
    static boolean isPageLine(String line) {
        return line.length() <= MAX_TITLE_LINE && (PAGE_LINE_LABEL.matcher(PageLabels.canonical(line)).find() || isMetadata(line)
                && STARTS_WITH_DATE.matcher(line).find()) && !PAGE_CHROME.matcher(line).find();
    }

    /** The site's own lines under a page: sharing buttons, who runs the site, its ICP and police filing numbers. */
    private static final Pattern PAGE_FOOTER = Pattern.compile(
            "ICP备|公网安备|网站标识码|版权所有|Copyright|©|^\\s*(?:主办|承办|协办|技术支持|主办单位|承办单位)\\s*[:：]"
                    + "|^\\s*分享到|^\\s*[\\[【]?(?:联系我们|网站地图|关于我们|打印本页|关闭窗口)");

    static boolean isPageFooter(String line) {
        return PAGE_FOOTER.matcher(line).find();
    }

    static List<String> withoutPageFooter(List<String> footer) {
        return footer.stream().filter(l -> !isPageFooter(l)).toList();
    }

    static boolean isSignature(String line) {
        return line.length() <= MAX_SIGNATURE_LINE && !hasSentencePunctuation(line)
                && !HeadingMatcher.startsWithMarker(line) && ORG_SUFFIX.matcher(line).find();
    }

    /** A line labelling the report's date (发布时间：, 公文生成日期:), not a date the site shows (today's). */
    static boolean isLabelledDate(String line) {
        return DATE_LABEL.matcher(PageLabels.canonical(line)).find();
    }

    /** The organisation named by "来源:" (or 发布机构/发文机关) in a metadata line, or null. */
    static String sourceOrg(String line) {
        Matcher m = SOURCE.matcher(PageLabels.canonical(line));
        return m.find() ? m.group(1) : null;
    }

    static boolean endsWithReportWord(String line) {
        return line.endsWith("报告") || line.endsWith("总结");
    }

    private static boolean endsWithColon(String line) {
        return line.endsWith("：") || line.endsWith(":");
    }

    private static boolean hasSentencePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (SENTENCE_PUNCTUATION.indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Share of the line's character pairs that also occur in the title ("衡阳市雁峰2024…" vs the full title). */
    private static double overlap(String line, String title) {
        if (line.length() < 2) {
            return 0;
        }
        Set<String> titlePairs = new HashSet<>();
        for (int i = 0; i + 2 <= title.length(); i++) {
            titlePairs.add(title.substring(i, i + 2));
        }
        int hits = 0;
        for (int i = 0; i + 2 <= line.length(); i++) {
            if (titlePairs.contains(line.substring(i, i + 2))) {
                hits++;
            }
        }
        return hits / (double) (line.length() - 1);
    }
}
