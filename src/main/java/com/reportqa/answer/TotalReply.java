package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The answer to a total asked with its parts: the total first — the report's own figure when it states one, else
 * the sum of the parts marked as computed, else 未写明 with why — then every part asked, each cited, and 未写明 for
 * a part the report does not state.
 */
final class TotalReply {

    /** A part (or another ask) as answered: what it is, and the figure stating it, or null when none does. */
    record Part(String label, Report report, Figure figure) {
    }

    /**
     * @param totalLabel what the total counts (行政处罚罚款), "" when the question does not name it
     * @param explicit   the question asked for the total in so many words (一共, 合计): the line says 合计
     * @param stated     the figure the report states the total with, if any
     * @param parts      the parts asked or listed, in order; a part with no figure is 未写明
     * @param others     further asks of the question, answered as plain figures
     * @param asked      the measure word the question asks the total in (几人 → 人), or null
     * @param sentence   the one sentence listing the parts, quoted once at the end; null quotes each figure
     */
    static Answer build(Question q, String totalLabel, boolean explicit, Optional<Part> stated, List<Part> parts,
            List<Part> others, String asked, String sentence, Function<String, Paragraph> paragraphs) {
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        StringBuilder lines = new StringBuilder();
        List<Figure> found = parts.stream().map(Part::figure).filter(Objects::nonNull).toList();
        Set<Report> reports = new LinkedHashSet<>();
        parts.stream().filter(p -> p.figure() != null).forEach(p -> reports.add(p.report()));
        boolean allFound = !parts.isEmpty() && found.size() == parts.size();
        Optional<Totals.Sum> sum = allFound && reports.size() == 1 ? Totals.sum(found, asked) : Optional.empty();
        Report from = stated.map(Part::report).orElse(reports.isEmpty() ? null : reports.iterator().next());
        if (from == null) {
            from = others.stream().filter(p -> p.figure() != null).map(Part::report).findFirst().orElse(null);
        }
        String label = totalLabel.isBlank() ? "合计" : explicit ? "合计（" + totalLabel + "）" : totalLabel;
        // the parts' citation first when the parts' sentence is quoted once, so that its number is [1]
        int listed = sentence == null || found.isEmpty() ? 0
                : cite(citations, parts.stream().filter(p -> p.figure() != null).findFirst().orElseThrow(), sentence,
                        paragraphs);
        if (stated.isPresent()) {
            Part t = stated.get();
            int n = cite(citations, t, t.figure().raw(), paragraphs);
            figures.add(figure(t, label, n, false, t.figure().value(), t.figure().unit(), t.figure().qualifier(),
                    t.figure().raw()));
            lines.append("- ").append(label).append("：**").append(t.figure().raw()).append("**");
            sum.filter(s -> s.value().compareTo(t.figure().value()) != 0 && s.unit().equals(t.figure().unit()))
                    .ifPresent(s -> lines.append("（所问各项相加为").append(s.raw()).append("，不等于此数）"));
            lines.append(quote(t, n, sentence != null && t.figure().paragraphId().equals(
                    found.isEmpty() ? "" : found.get(0).paragraphId()))).append("\n");
        } else if (sum.isPresent()) {
            Totals.Sum s = sum.get();
            Part first = parts.get(0);
            int n = listed > 0 ? listed : cite(citations, first, first.figure().raw(), paragraphs);
            figures.add(figure(first, label, n, true, s.value(), s.unit(), s.qualifier(), s.raw()));
            StringBuilder terms = new StringBuilder();
            for (Part p : parts) {
                terms.append(terms.isEmpty() ? "" : "＋").append(p.label().replace(" ", "")).append(p.figure().raw());
            }
            lines.append("- ").append(label).append("：**").append(s.raw()).append("**（计算值：").append(terms)
                    .append("，报告未直接写明合计）\n");
        } else {
            String why = parts.isEmpty() ? "" : !allFound ? "（所问各项报告未全部写明，无法相加）"
                    : reports.size() > 1 ? "（各项出自不同报告，不相加）" : "（各项计量单位不同，不能相加）";
            lines.append("- ").append(label).append("：报告中未写明").append(why).append("\n");
        }
        for (List<Part> group : List.of(parts, others)) {
            for (Part p : group) {
                if (p.figure() == null) {
                    lines.append("- ").append(p.label()).append("：报告中未写明。\n");
                    continue;
                }
                boolean inSentence = sentence != null && group == parts;
                int n = inSentence ? listed : cite(citations, p, p.figure().raw(), paragraphs);
                figures.add(figure(p, p.figure().metric(), n, false, p.figure().value(), p.figure().unit(),
                        p.figure().qualifier(), p.figure().raw()));
                lines.append("- ").append(p.label()).append("：**").append(p.figure().raw()).append("**")
                        .append(quote(p, n, inSentence)).append("\n");
            }
        }
        if (parts.isEmpty() && explicit) {
            // 合计几次？各是几次？ with no part stated on its own: said, not left out
            lines.append("- 各项：报告中未分别写明。\n");
        }
        StringBuilder text = new StringBuilder(from == null ? "" : "根据" + from.shortLabel() + "报告：\n");
        text.append(lines);
        if (listed > 0) {
            text.append("\n原文：“").append(sentence.strip()).append("”[").append(listed).append("]");
        }
        return new Answer(null, q.text(), text.toString().strip(), Mode.NUMERIC, citations.list(), figures, null,
                null, null);
    }

    private static int cite(Citations citations, Part p, String quote, Function<String, Paragraph> paragraphs) {
        Paragraph paragraph = paragraphs.apply(p.figure().paragraphId());
        return citations.cite(p.report(), paragraph, quote);
    }

    private static String quote(Part p, int n, boolean quotedBelow) {
        return quotedBelow ? "" : "。原文：“" + FigureAnswers.quote(p.figure()) + "”[" + n + "]";
    }

    private static AnswerFigure figure(Part p, String metric, int citation, boolean computed,
            BigDecimal value, String unit, String qualifier, String raw) {
        return new AnswerFigure(value, unit, qualifier, raw, metric,
                p.report().place().display(), p.report().year(), citation, computed);
    }
}
