package com.reportqa.answer;

import com.reportqa.ingest.PageLabels;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import com.reportqa.question.MetadataField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a report says about itself: its publication and signature dates, its issuer and the document
 * numbers (文号) it cites, each with the paragraph that holds it (the title paragraph when only the header did).
 */
final class ReportMetadata {

    private static final String DATE = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
            + "|[〇零○Ｏ一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日";
    /** A line of nothing but a date: the signature date under a report (2025年12月26日). */
    private static final Pattern DATE_LINE = Pattern.compile("^[（(]?(" + DATE + ")[)）]?$");
    /** A header line naming the date (日期:2025-03-19, 发布时间：2024年3月29日). */
    private static final Pattern HEADER_DATE = Pattern.compile("^(发布|印发|成文)?(日期|时间)\\s*[:：]\\s*(" + DATE + ")");
    /** 璧山府办发〔2024〕10号, 增政〔2025〕4号, [2024]3号, with the document title in 《》 before it when there is one. */
    private static final Pattern NUMBER = Pattern.compile(
            "(《[^《》]{2,60}》)?\\s*[（(]?\\s*(\\p{IsHan}{0,8}[〔［\\[【](?:19|20)\\d{2}[〕］\\]】]\\s*第?\\s*\\d{1,4}\\s*号)");
    /** Verbs a document number's issuer abbreviation can be run into: 印发璧山府办发〔2024〕10号. */
    private static final Pattern LEADING_VERB = Pattern.compile("^.*?(印发|按照|根据|依据|对标|落实|执行|出台|制定|转发|文号为?|字号)");

    /** Page lines are matched in their canonical form (PageLabels): 标签：value. */
    private static final Pattern INDEX_LINE = Pattern.compile("索引号：([\\w\\-/.]+)");
    private static final Pattern ISSUER_LINE = PageLabels.organisationAfter("发布机构", "发文机关", "发布单位");
    private static final Pattern SOURCE_LINE = PageLabels.organisationAfter("信息来源", "来源");
    /** A short salutation naming bodies of government, ending in a colon. */
    private static final Pattern ADDRESSEE_LINE = Pattern.compile(
            "[\\p{IsHan}、（）()]{2,60}(委|政府|委员会|人大|常委会|办公室|局|组)[:：]");

    /** One value read, with the paragraph to cite and the words there to highlight. */
    record Value(String text, Paragraph paragraph, String quote) {
    }

    List<Value> of(MetadataField field, Report report) {
        return switch (field) {
            case PUBLISHED -> published(report);
            case SIGNED -> dateLine(report, true);
            case ISSUER -> issuer(report);
            case SIGNER -> signer(report);
            case DOCUMENT_NUMBER -> numbers(report);
            case INDEX_NUMBER -> pageLine(report, INDEX_LINE);
            case ADDRESSEE -> addressee(report);
            case TITLE -> ownTitle(report);
        };
    }

    /** The title as read, cited to the line that states it (the first line, or the page line 标题：…). */
    private static List<Value> ownTitle(Report r) {
        if (r.title() == null || r.title().isBlank()) {
            return List.of();
        }
        for (Paragraph p : metaFirst(r)) {
            if (p.text().contains(r.title())) {
                return List.of(new Value(r.title(), p, r.title()));
            }
        }
        return title(r).map(p -> List.of(new Value(r.title(), p, p.text().strip()))).orElse(List.of());
    }

    /** The value of a page line such as 索引号：…, quoted with its label. */
    private static List<Value> pageLine(Report r, Pattern label) {
        for (Paragraph p : r.paragraphs()) {
            String canonical = PageLabels.canonical(p.text());
            Matcher m = label.matcher(canonical);
            if (p.kind() == ParagraphKind.META && m.find()) {
                // the quote must be the page's own words: the label's match where the line is written plainly
                return List.of(new Value(m.group(1), p, p.text().contains(m.group()) ? m.group() : p.text().strip()));
            }
        }
        return List.of();
    }

    /** 中共渠县委员会、渠县人民政府： — the salutation line before the text starts. */
    private static List<Value> addressee(Report r) {
        for (Paragraph p : r.paragraphs()) {
            if (p.kind() == ParagraphKind.HEADING) {
                break;
            }
            String line = p.text().strip();
            if (p.content() && ADDRESSEE_LINE.matcher(line).matches()) {
                return List.of(new Value(line.substring(0, line.length() - 1), p, line));
            }
        }
        return List.of();
    }

    private static final Pattern TIME_AFTER = Pattern.compile("\\s+(\\d{1,2}:\\d{2}(?::\\d{2})?)");

    private List<Value> published(Report r) {
        if (r.publishedOn() != null) {
            LocalDate d = r.publishedOn();
            String iso = d.toString();
            String chinese = d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            String text = iso + "（" + chinese + "）";
            for (Paragraph p : metaFirst(r)) {
                if (p.text().contains(iso)) {
                    // 2024-03-29 13:09: the page's time of day is part of what it states
                    Matcher time = TIME_AFTER.matcher(p.text()).region(p.text().indexOf(iso) + iso.length(),
                            p.text().length());
                    return time.lookingAt()
                            ? List.of(new Value(iso + " " + time.group(1) + "（" + chinese + "）", p, iso + time.group()))
                            : List.of(new Value(text, p, iso));
                }
                if (p.text().contains(chinese)) {
                    return List.of(new Value(text, p, chinese));
                }
            }
            return title(r).map(p -> List.of(new Value(text, p, p.text().strip()))).orElse(List.of());
        }
        for (Paragraph p : r.paragraphs()) {
            Matcher m = HEADER_DATE.matcher(p.text().strip());
            if (m.find() && valid(m.group(3))) {
                return List.of(new Value(m.group(3), p, m.group()));
            }
        }
        return dateLine(r, false);
    }

    private static final Pattern ARABIC_DATE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?");

    /** 2025年2月10日 also as 2025-02-10, the form a page's 成文日期 and the publication date are given in. */
    private static String withIso(String date) {
        Matcher m = ARABIC_DATE.matcher(date.strip());
        return m.matches() ? date + "（" + String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) + "）" : date;
    }

    /** The last line of a date alone: the date under the signature. */
    private List<Value> dateLine(Report r, boolean signed) {
        List<Paragraph> ps = r.paragraphs();
        for (int i = ps.size() - 1; i >= 0; i--) {
            for (String line : lines(ps.get(i))) {
                Matcher m = DATE_LINE.matcher(line.strip());
                if (m.matches() && valid(m.group(1))) {
                    String text = signed ? withIso(m.group(1)) : m.group(1) + "（报告未单独标注发布日期，此为落款日期）";
                    return List.of(new Value(text, ps.get(i), m.group(1)));
                }
            }
        }
        return List.of();
    }

    /** The signature block is one paragraph of its lines joined by spaces (who signed, then the date). */
    private static String[] lines(Paragraph p) {
        boolean signature = p.kind() == ParagraphKind.META && p.sectionPath().contains(Paragraph.SIGNATURE);
        return p.text().strip().split(signature ? "\\s+" : "\\R");
    }

    /** The organisations under the text (中共…委员会 / …人民政府), else the issuer as the header gives it. */
    private List<Value> signer(Report r) {
        List<Value> signed = r.paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.META && p.sectionPath().contains(Paragraph.SIGNATURE))
                .flatMap(p -> Arrays.stream(lines(p)).map(String::strip)
                        .filter(l -> !DATE_LINE.matcher(l).matches() && l.matches(".*\\p{IsHan}.*"))
                        .map(l -> new Value(l, p, l)))
                .toList();
        return signed.isEmpty() ? issuer(r) : signed;
    }

    private List<Value> issuer(Report r) {
        List<Value> stated = pageLine(r, ISSUER_LINE);
        stated = stated.isEmpty() ? pageLine(r, SOURCE_LINE) : stated;
        if (r.issuer() == null || r.issuer().isBlank()) {
            return stated;
        }
        if (!stated.isEmpty()) {
            return jointIssuer(r, stated.get(0)).orElse(stated);
        }
        List<String> joint = List.of(r.issuer().split("、"));
        Optional<Paragraph> title = title(r)
                .filter(p -> joint.size() > 1 && joint.stream().allMatch(p.text()::contains));
        if (title.isPresent()) {
            // 中共兰考县委 兰考县人民政府关于…的报告: the title names every issuer, the signature only lists them
            return List.of(new Value(r.issuer(), title.get(), joint.get(0)));
        }
        String first = joint.get(0);
        for (int i = r.paragraphs().size() - 1; i >= 0; i--) {
            Paragraph p = r.paragraphs().get(i);
            if (Arrays.stream(lines(p)).anyMatch(l -> l.strip().equals(first))
                    || (p.ordinal() == 0 && p.text().contains(first))) {
                return List.of(new Value(r.issuer(), p, first));
            }
        }
        return title(r).map(p -> List.of(new Value(r.issuer(), p, p.text().strip()))).orElse(List.of());
    }

    /**
     * A report issued jointly (中共…委员会 and …人民政府 in its title) whose page names only one of them as 发布机构:
     * the report is issued in both names, so both are the answer, with the page's own line kept beside them.
     */
    private static Optional<List<Value>> jointIssuer(Report r, Value pageIssuer) {
        List<String> joint = List.of(r.issuer().split("、"));
        if (joint.size() < 2 || !joint.contains(pageIssuer.text())) {
            return Optional.empty();
        }
        return title(r).filter(p -> joint.stream().allMatch(p.text()::contains))
                .map(p -> List.of(new Value(r.issuer(), p, joint.get(0)),
                        new Value("网页“发布机构”栏写的是" + pageIssuer.text(), pageIssuer.paragraph(), pageIssuer.quote())));
    }

    private List<Value> numbers(Report r) {
        List<Value> values = new ArrayList<>();
        for (Paragraph p : r.paragraphs()) {
            Matcher m = NUMBER.matcher(p.text());
            while (m.find()) {
                String number = LEADING_VERB.matcher(m.group(2)).replaceFirst("").replace(" ", "");
                String text = m.group(1) == null ? number : m.group(1) + "（" + number + "）";
                if (values.stream().noneMatch(v -> v.text().equals(text))) {
                    values.add(new Value(text, p, m.group().strip()));
                }
            }
        }
        return values;
    }

    /** The page and signature lines before the text: a date there is the report's, one in the text may be anything. */
    private static List<Paragraph> metaFirst(Report r) {
        List<Paragraph> ordered = new ArrayList<>(
                r.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.META).toList());
        r.paragraphs().stream().filter(p -> p.kind() != ParagraphKind.META).forEach(ordered::add);
        return ordered;
    }

    private static Optional<Paragraph> title(Report r) {
        return r.paragraphs().stream().findFirst();
    }

    /** Numeric dates must exist (2025-02-30 does not); dates in Chinese numerals are taken as written. */
    private static boolean valid(String date) {
        Matcher m = Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})").matcher(date);
        if (!m.find()) {
            return true;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
