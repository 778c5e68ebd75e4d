package com.reportqa.answer;

import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.Sections;
import com.reportqa.question.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 工作安排列了几条, 主要举措分了几个方面: a count of the items of a section whose heading names the thing asked, when the
 * report writes no number for it. The items are the section's sub-headings ((一)…, (二)…) or, without them, its
 * paragraphs opening with 一是…, 1. …; each is cited by its opening sentence and the count is marked as computed.
 */
final class SectionItems {

    private static final int MAX_REPORTS = 3;
    /** How much of the question's other words the heading and its items must hold. */
    private static final double COVERAGE = 0.5;
    private static final Pattern COUNT_UNIT = Pattern.compile("几\\s*(个方面|方面|个部分|部分|条|项|点|类|个)");

    private SectionItems() {
    }

    private record Item(Paragraph paragraph, String text) {
    }

    private record Section(Report report, Paragraph heading, List<Item> items, double coverage) {
    }

    /**
     * @param phrase the counted thing as asked (工作安排, 下步工作目标); its last two characters are tried when the
     *               heading does not hold all of it
     */
    static Optional<Answer> count(Question q, String phrase, SentenceScorer scorer) {
        Section best = null;
        Set<String> wanted = scorer.words(q.topic());
        for (Report r : q.scope().subList(0, Math.min(q.scope().size(), MAX_REPORTS))) {
            for (Paragraph h : r.paragraphs()) {
                if (h.kind() != ParagraphKind.HEADING || h.sectionPath().isEmpty()
                        || Sections.isPlan(r, h) != q.future() || !names(h, phrase)) {
                    continue;
                }
                List<Item> items = items(r, h);
                double cov = wanted.isEmpty() ? 1 : scorer.coverage(wanted, h.text());
                if (items.size() >= 2 && cov >= COVERAGE && (best == null || cov > best.coverage())) {
                    best = new Section(r, h, items, cov);
                }
            }
        }
        return Optional.ofNullable(best).map(s -> answer(q, s));
    }

    /** The heading holds the phrase, or its head (安排 of 法治政府建设安排) as its own last word. */
    private static boolean names(Paragraph heading, String phrase) {
        String text = heading.text().replaceAll("[:：。\\s]+$", "");
        return text.contains(phrase) || phrase.length() > 2 && text.endsWith(phrase.substring(phrase.length() - 2));
    }

    /** The section's sub-headings in order, or else its paragraphs that open an item (一是…). */
    private static List<Item> items(Report r, Paragraph heading) {
        List<String> path = heading.sectionPath();
        List<Item> subsections = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<Item> opened = new ArrayList<>();
        for (Paragraph p : r.paragraphs()) {
            List<String> own = p.sectionPath();
            if (own.size() == path.size() + 1 && own.subList(0, path.size()).equals(path)) {
                String sub = own.get(path.size());
                if (!seen.contains(sub)) {
                    seen.add(sub);
                    subsections.add(new Item(p, opening(p.kind() == ParagraphKind.HEADING ? sub : p.text())));
                }
            } else if (own.equals(path) && p.kind() != ParagraphKind.HEADING
                    && ExtractiveAnswerer.ITEM_OPENING.matcher(p.text()).lookingAt()) {
                opened.add(new Item(p, opening(p.text())));
            }
        }
        return subsections.size() >= 2 ? subsections : opened;
    }

    /** An item's first sentence: its title, not the details after it. */
    private static String opening(String text) {
        int end = text.indexOf('。');
        return (end > 0 ? text.substring(0, end + 1) : text).strip();
    }

    private static Answer answer(Question q, Section s) {
        Citations citations = new Citations();
        StringBuilder lines = new StringBuilder();
        for (Item item : s.items()) {
            int n = citations.cite(s.report(), item.paragraph(), item.text());
            lines.append("\n- ").append(item.text()).append("[").append(n).append("]");
        }
        int count = s.items().size();
        var unit = COUNT_UNIT.matcher(q.text());
        String u = unit.find() ? unit.group(1) : "条";
        String heading = s.heading().text().replaceAll("[:：]\\s*$", "").strip();
        String text = "**" + count + u + "**（按条目数计算）。" + s.report().shortLabel() + "报告“" + heading + "”下列了" + count
                + u + "：" + lines;
        AnswerFigure figure = new AnswerFigure(BigDecimal.valueOf(count), u, null, count + u, heading,
                s.report().place().displayOrPending(), s.report().year(), 1, true);
        return new Answer(null, q.text(), text, Mode.NUMERIC, citations.list(), List.of(figure), null, null, null);
    }
}
