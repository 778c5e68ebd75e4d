package com.reportqa.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a report's header (title, metadata such as 日期/来源, a repeated short title) and footer
 * (signature and date lines) from its body, working on the non-empty lines of the cleaned text.
 *
 * <p>Decisions: header and footer lines never become BODY paragraphs; what they say is kept in {@link Header}
 * (title, 来源 organisation, date, signature) and used for issuer, place and publishedOn instead.
 */
final class HeaderAnalyzer {

    /**
     * @param titleLines  the lines that make up the title, in order
     * @param titleStart  index of the first title line (the body start when there is no title)
     * @param bodyStart   index of the first body line
     * @param bodyEnd     index after the last body line (footer excluded)
     * @param sourceOrg   the organisation named by "来源:" in the header, or null
     * @param publishedOn first explicit date in the header, else in the footer, else null
     * @param signatures  footer lines that name an organisation, top-down
     * @param pageLines   indexes of the header lines that state something about the report (索引号, 发布机构,
     *                    发布日期) — menus and 字号 left out
     */
    record Header(List<String> titleLines, int titleStart, int bodyStart, int bodyEnd, String sourceOrg,
                  LocalDate publishedOn, List<String> signatures, List<Integer> pageLines) {
        /** The title without a page's label (名称：…), so that what precedes 关于 is the issuer. */
        String title() {
            return TITLE_LABEL.matcher(String.join("", titleLines)).replaceFirst("");
        }
    }

    /**
     * The title is near the top: at most this many non-metadata lines are looked at (web pages put menus and
     * breadcrumbs above it).
     */
    private static final int TITLE_WINDOW = 16;
    /** The label some pages put before the title: 名称：…, 标题：…. */
    static final Pattern TITLE_LABEL = Pattern.compile("^(名称|标题|题名|文件名称)\\s*[:：]\\s*");
    private static final int MAX_FOOTER_LINES = 4;
    private static final Pattern PUBLISHED_LABEL = Pattern.compile("发\\s*布\\s*(日\\s*期|时\\s*间)");
    /** A title line must say 报告/总结, or combine a year with 法治. */
    private static final int MIN_TITLE_SCORE = 2;

    private HeaderAnalyzer() {
    }

    /** The header; a report without a title line (its page showed the title elsewhere) gets empty title lines. */
    static Header analyze(List<String> lines) {
        int titleLine = findTitleLine(lines);
        if (titleLine < 0) {
            return untitled(lines);
        }
        int first = titleLine;
        while (first > 0 && HeaderLines.isTitlePrefix(lines.get(first - 1))) {
            first--;
        }
        int last = titleLine;
        if (!HeaderLines.endsWithReportWord(lines.get(last)) && last + 1 < lines.size()
                && HeaderLines.isTitleContinuation(lines.get(last + 1))) {
            last++;
        }
        List<String> titleLines = List.copyOf(lines.subList(first, last + 1));
        String title = String.join("", titleLines);
        int bodyStart = last + 1;
        while (bodyStart < lines.size() && HeaderLines.isHeaderLine(lines.get(bodyStart), title)) {
            bodyStart++;
        }
        List<String> headerMeta = new ArrayList<>(lines.subList(0, first));
        headerMeta.addAll(lines.subList(last + 1, bodyStart));
        int bodyEnd = footerStart(lines, bodyStart);
        List<String> footer = HeaderLines.withoutPageFooter(lines.subList(bodyEnd, lines.size()));
        List<String> signatures = footer.stream().filter(HeaderLines::isSignature).toList();
        List<Integer> pageLines = new ArrayList<>(pageLines(lines, 0, first));
        pageLines.addAll(pageLines(lines, last + 1, bodyStart));
        return new Header(titleLines, first, bodyStart, bodyEnd, sourceOrg(headerMeta), publishedOn(headerMeta, footer),
                signatures, List.copyOf(pageLines));
    }

    private static Header untitled(List<String> lines) {
        int bodyStart = 0;
        while (bodyStart < lines.size() - 1 && isChromeBeforeBody(lines.get(bodyStart))) {
            bodyStart++;
        }
        List<String> headerMeta = lines.subList(0, bodyStart);
        int bodyEnd = footerStart(lines, bodyStart);
        List<String> footer = HeaderLines.withoutPageFooter(lines.subList(bodyEnd, lines.size()));
        return new Header(List.of(), bodyStart, bodyStart, bodyEnd, sourceOrg(headerMeta), publishedOn(headerMeta, footer),
                footer.stream().filter(HeaderLines::isSignature).toList(), pageLines(lines, 0, bodyStart));
    }

    /** The lines in [from, to) that tell who published the report, when, and under which index number. */
    private static List<Integer> pageLines(List<String> lines, int from, int to) {
        List<Integer> kept = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (HeaderLines.isPageLine(lines.get(i))) {
                kept.add(i);
            }
        }
        return kept;
    }

    /** Metadata and short page lines (menus, 字号) above the first sentence or heading of an untitled page. */
    private static boolean isChromeBeforeBody(String line) {
        return HeaderLines.isMetadata(line) || DateExtractor.isDateLikeLine(line)
                || line.length() <= 20 && !line.contains("。") && !HeadingMatcher.startsWithMarker(line)
                && !line.endsWith("：") && !line.endsWith(":");
    }

    /** The best-scoring title-like line before the body starts, earliest on ties; -1 if none. */
    private static int findTitleLine(List<String> lines) {
        int best = -1;
        int bestScore = MIN_TITLE_SCORE - 1;
        int looked = 0;
        for (int i = 0; i < lines.size() && looked < TITLE_WINDOW; i++) {
            String line = lines.get(i);
            if (HeaderLines.isMetadata(line)) {
                continue; // metadata tables (索引号, 发布机构, 日期 …) may precede the title
            }
            looked++;
            if (HeadingMatcher.startsWithMarker(line) || line.contains("。")) {
                break; // the body has started; a title never comes after body text
            }
            int score = HeaderLines.isTitleCandidate(line) ? HeaderLines.titleScore(line) : 0;
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        return best;
    }

    /** Footer = trailing signature and date lines (at most a few), never reaching into the header. */
    private static int footerStart(List<String> lines, int bodyStart) {
        // 分享到, 主办, ICP备 under the signature: the site's, read past to reach the signature above them
        int end = lines.size();
        while (end > bodyStart && HeaderLines.isPageFooter(lines.get(end - 1))) {
            end--;
        }
        int start = end;
        while (start > bodyStart && end - start < MAX_FOOTER_LINES) {
            String line = lines.get(start - 1);
            if (!HeaderLines.isSignature(line) && !DateExtractor.isDateLikeLine(line)) {
                break;
            }
            start--;
        }
        return start;
    }

    private static String sourceOrg(List<String> headerMeta) {
        for (String line : headerMeta) {
            String org = HeaderLines.sourceOrg(line);
            if (org != null) {
                return org;
            }
        }
        return null;
    }

    /**
     * Header dates (web publication) win over a final date line; unparseable dates give null. In the header, the
     * date labelled 发布日期 first (发文日期: 2025-01-20 发布日期: 2025-01-22), then any labelled date, then any date
     * at all: a site may print today's date above everything (静海区人民政府 2019年12月3日星期二).
     */
    private static LocalDate publishedOn(List<String> headerMeta, List<String> footer) {
        List<Function<String, LocalDate>> readings = List.of(HeaderAnalyzer::labelledPublished,
                line -> HeaderLines.isLabelledDate(line) ? DateExtractor.find(line) : null, DateExtractor::find);
        for (Function<String, LocalDate> reading : readings) {
            LocalDate date = firstDate(headerMeta, reading);
            if (date != null) {
                return date;
            }
        }
        return firstDate(footer, line -> DateExtractor.isDateLikeLine(line) ? DateExtractor.find(line) : null);
    }

    private static LocalDate labelledPublished(String line) {
        String canonical = PageLabels.canonical(line);
        Matcher label = PUBLISHED_LABEL.matcher(canonical);
        return label.find() ? DateExtractor.find(canonical.substring(label.start())) : null;
    }

    private static LocalDate firstDate(List<String> lines, Function<String, LocalDate> reading) {
        for (String line : lines) {
            LocalDate date = reading.apply(line);
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
