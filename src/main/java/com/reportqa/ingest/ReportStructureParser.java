package com.reportqa.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one plain-text 法治政府建设年度报告 into title, issuer, place, year, publication date and paragraphs.
 *
 * <p>Deterministic: the same text always yields the same ids and structure. Any string input either parses
 * or raises {@link ReportFormatException} with a short Chinese reason; nothing else is thrown.
 *
 * <p>Decisions: header lines (title lines, 日期/来源 metadata, a repeated short title) and footer lines (signature
 * such as "雁峰区人民政府" and a final date) are not BODY paragraphs; they feed issuer, place and publishedOn.
 * A line whose whitespace gap after a sentence end is followed by a new heading ("…100%。   (九)…") is split
 * into two verbatim paragraphs so the second one gets its own section.
 */
public final class ReportStructureParser {

    private static final Pattern YEAR_WITH_NIAN = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private final TextCleaner cleaner = new TextCleaner();
    private final IssuerResolver issuerResolver = new IssuerResolver(new PlaceParser());

    /**
     * @param reportId prefix for paragraph ids (null is treated as "")
     * @param text     plain text with line breaks, raw or already cleaned
     * @return the structure of the report
     * @throws ReportFormatException "文件内容为空", "未识别出报告标题" or "未识别出报告年度"
     */
    public ReportStructure parse(String reportId, String text) throws ReportFormatException {
        String id = reportId == null ? "" : reportId;
        List<String> lines = nonEmptyLines(cleaner.clean(text));
        if (lines.isEmpty()) {
            throw new ReportFormatException("文件内容为空");
        }
        HeaderAnalyzer.Header header = HeaderAnalyzer.analyze(lines);
        List<String> body = new ArrayList<>();
        for (String line : lines.subList(header.bodyStart(), header.bodyEnd())) {
            body.addAll(HeadingMatcher.splitGluedHeadings(line));
        }
        Integer year = reportedYear(header.title(), body);
        if (year == null) {
            throw new ReportFormatException("未识别出报告年度");
        }
        IssuerResolver.Resolution who = issuerResolver.resolve(header);
        List<Paragraph> paragraphs = ParagraphBuilder.build(id, header.title(), body);
        return new ReportStructure(header.title(), who.issuer(), who.place(), year, header.publishedOn(), paragraphs);
    }

    /** The year in the title ("2024年度", "2024法治…"), else the first "20xx年" before the first heading. */
    private static Integer reportedYear(String title, List<String> body) {
        Matcher m = YEAR_WITH_NIAN.matcher(title);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = ANY_YEAR.matcher(title);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        for (String line : body) {
            if (HeadingMatcher.startsWithMarker(line)) {
                break; // only the opening paragraph(s) speak about the reported year in general
            }
            m = YEAR_WITH_NIAN.matcher(line);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        return null;
    }

    private static List<String> nonEmptyLines(String cleaned) {
        List<String> lines = new ArrayList<>();
        for (String line : cleaned.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
