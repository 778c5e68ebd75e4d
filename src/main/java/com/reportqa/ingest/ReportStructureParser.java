package com.reportqa.ingest;

import com.reportqa.divisions.Divisions;
import com.reportqa.lexicon.ChineseScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one plain-text 法治政府建设年度报告 into title, issuer, place, year, publication date and paragraphs.
 *
 * <p>Deterministic: the same text always yields the same ids and structure. Any non-empty text parses: a title,
 * place or year the text does not reveal is null (shown as 待补充), never a refusal; only an empty text raises
 * {@link ReportFormatException}.
 *
 * <p>Decisions: header lines (title lines, 日期/来源 metadata, a repeated short title) and footer lines (signature
 * such as "雁峰区人民政府" and a final date) are not BODY paragraphs; they feed issuer, place and publishedOn.
 * A line whose whitespace gap after a sentence end is followed by a new heading ("…100%。   (九)…") is split
 * into two verbatim paragraphs so the second one gets its own section.
 */
public final class ReportStructureParser {

    /** A page table's label in front of the title (名称: 中共…的报告). */
    private static final int FLATTENED_LINE = 600;
    private static final Pattern FLATTENED_BREAK = Pattern.compile("(?<=报告|[：:。；;])\\s+(?=[\\p{IsHan}\\d（(])"
            + "|\\s+(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])");
    private static final Pattern YEAR_WITH_NIAN = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    /** A year the text speaks of (2024年以来, 2024年度, 2024年法治…, 2024以来), not a date (2025年1月). */
    private static final Pattern YEAR_IN_TEXT = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(?:\\s*年(?!\\s*\\d)|(?=以来))");

    private final TextCleaner cleaner = new TextCleaner();
    private final IssuerResolver issuerResolver = new IssuerResolver(new PlaceParser());
    private final PlaceFinder placeFinder;

    /** With the national list shipped in the jar; prefer sharing one {@link Divisions} where several parse. */
    public ReportStructureParser() {
        this(Divisions.load());
    }

    public ReportStructureParser(Divisions divisions) {
        this.placeFinder = new PlaceFinder(new PlaceParser(), divisions);
    }

    /**
     * @param reportId prefix for paragraph ids (null is treated as "")
     * @param text     plain text with line breaks, raw or already cleaned
     * @return the structure of the report
     * @throws ReportFormatException "文件内容为空"
     */
    public ReportStructure parse(String reportId, String text) throws ReportFormatException {
        return parse(reportId, text, "");
    }

    /** Like {@link #parse(String, String)}; the file name is a last source of the place. */
    public ReportStructure parse(String reportId, String text, String fileName) throws ReportFormatException {
        String id = reportId == null ? "" : reportId;
        List<String> lines = nonEmptyLines(cleaner.clean(text));
        if (lines.isEmpty()) {
            throw new ReportFormatException("文件内容为空");
        }
        // title, year and place are read in simplified script (東城區 is 东城区); paragraphs keep the text as published
        List<String> simplified = lines.stream().map(ChineseScript::simplified).toList();
        HeaderAnalyzer.Header header = HeaderAnalyzer.analyze(simplified);
        List<String> body = new ArrayList<>();
        for (String line : lines.subList(header.bodyStart(), header.bodyEnd())) {
            body.addAll(HeadingMatcher.splitGluedHeadings(line));
        }
        List<String> simplifiedBody = body.stream().map(ChineseScript::simplified).toList();
        Integer year = reportedYear(header.title(), simplifiedBody);
        IssuerResolver.Resolution who = issuerResolver.resolve(header);
        Place place = placeFinder.find(who.place(), header.title(), simplifiedBody, fileName == null ? "" : fileName);
        String title = header.titleLines().isEmpty() ? null : HeaderAnalyzer.TITLE_LABEL.matcher(
                String.join("", lines.subList(header.titleStart(), header.titleStart() + header.titleLines().size())))
                .replaceFirst("");
        List<String> pageLines = header.pageLines().stream().map(lines::get).toList();
        List<String> footer = HeaderLines.withoutPageFooter(lines.subList(header.bodyEnd(), lines.size()));
        List<Paragraph> paragraphs = ParagraphBuilder.build(id, title, body, pageLines, footer);
        return new ReportStructure(title, who.issuer(), place, year, header.publishedOn(), paragraphs);
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
        return yearOfOpening(body);
    }

    /**
     * An untitled report starting at a heading: the year the text speaks of most (a 2024 report says 2024年
     * more often than its plans say 2025年), headings counting thrice; null when it names no year.
     */
    private static Integer yearOfOpening(List<String> body) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : body) {
            int weight = HeadingMatcher.startsWithMarker(line) ? 3 : 1;
            Matcher m = YEAR_IN_TEXT.matcher(line);
            while (m.find()) {
                counts.merge(Integer.valueOf(m.group(1)), weight, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static List<String> nonEmptyLines(String cleaned) {
        List<String> lines = new ArrayList<>();
        for (String line : cleaned.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            // a page flattened to one line (title, addressee and text joined by spaces): its breaks are the spaces
            // after a title, a salutation or a full stop
            for (String piece : line.length() > FLATTENED_LINE ? FLATTENED_BREAK.split(line) : new String[] {line}) {
                if (!piece.isBlank()) {
                    lines.add(piece);
                }
            }
        }
        return lines;
    }
}
