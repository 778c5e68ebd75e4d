package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureIndex;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.Question;
import com.reportqa.question.ReportMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * "Which reports mention X": every report in scope searched for a sentence that states X — the quoted phrase
 * verbatim, or all of X's content words (or their synonyms) in one sentence, with a figure when the question
 * asks for 数字 — and only those reports listed, each with that sentence cited.
 */
@Component
class MentionAnswerer implements Answerer {

    private final Function<Report, List<Figure>> figures;
    private final Synonyms synonyms;
    /** Used only to split X into content words, the way questions are split everywhere else. */
    private final SentenceScorer splitter;

    @Autowired
    MentionAnswerer(FigureIndex figures, Synonyms synonyms) {
        this(figures::of, synonyms);
    }

    MentionAnswerer(Function<Report, List<Figure>> figures, Synonyms synonyms) {
        this.figures = figures;
        this.synonyms = synonyms;
        this.splitter = new SentenceScorer(List.of(), synonyms);
    }

    /** The sentence of a report that states X. */
    record Mention(Report report, Paragraph paragraph, String sentence) {
    }

    @Override
    public Optional<Answer> answer(Question q) {
        return Optional.of(answerOf(q));
    }

    private Answer answerOf(Question q) {
        Optional<ReportMention> asked = ReportMention.of(q);
        if (asked.isEmpty()) {
            return noAnswer(q, "请写明要查找的内容，例如：哪几份报告提到了“网格化管理”？");
        }
        ReportMention m = asked.get();
        Set<String> words = m.quoted() ? Set.of(m.phrase()) : splitter.words(m.phrase());
        if (words.isEmpty()) {
            words = Set.of(m.phrase().replace(" ", ""));
        }
        List<Report> reports = q.scope().stream()
                .sorted(Comparator.comparing(Report::year).reversed().thenComparing(r -> r.place().display()))
                .toList();
        List<Mention> found = new ArrayList<>();
        for (Report r : reports) {
            first(r, words, m.wantsFigure()).ifPresent(found::add);
        }
        String what = "“" + m.phrase().replace(" ", "") + "”" + (m.wantsFigure() ? "的数字" : "");
        if (found.isEmpty()) {
            return noAnswer(q, reports.size() == 1 ? reports.get(0).shortLabel() + "报告中没有提到" + what + "。"
                    : reports.size() + " 份报告都没有提到" + what + "。");
        }
        Citations citations = new Citations();
        StringBuilder text = new StringBuilder();
        text.append(reports.size()).append(" 份报告中有 ").append(found.size()).append(" 份提到").append(what)
                .append("：\n");
        for (Mention f : found) {
            int n = citations.cite(f.report(), f.paragraph(), f.sentence());
            Report r = f.report();
            text.append("- ").append(r.place().known() ? r.place().name() : r.place().displayOrPending()).append("（")
                    .append(r.place().displayOrPending()).append("，").append(r.yearLabel()).append("）：“")
                    .append(f.sentence()).append("”[").append(n).append("]\n");
        }
        return new Answer(null, q.text(), text.toString().strip(), Mode.EXTRACTIVE, citations.list(), List.of(),
                null, null, null);
    }

    private Optional<Mention> first(Report report, Set<String> words, boolean wantsFigure) {
        for (Paragraph p : report.paragraphs()) {
            if (p.kind() == ParagraphKind.META) {
                continue;
            }
            List<Integer> starts = p.sentenceStarts().isEmpty() ? List.of(0) : p.sentenceStarts();
            for (int i = 0; i < starts.size(); i++) {
                int start = starts.get(i);
                int end = i + 1 < starts.size() ? starts.get(i + 1) : p.text().length();
                String sentence = p.text().substring(start, end);
                if (words.stream().allMatch(w -> synonyms.of(w).stream().anyMatch(sentence::contains))
                        && (!wantsFigure || hasFigure(report, p, start, end))) {
                    return Optional.of(new Mention(report, p, sentence.strip()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean hasFigure(Report report, Paragraph p, int start, int end) {
        return figures.apply(report).stream()
                .anyMatch(f -> p.id().equals(f.paragraphId()) && f.start() >= start && f.start() < end);
    }

    private static Answer noAnswer(Question q, String message) {
        return new Answer(null, q.text(), message, Mode.NO_ANSWER, List.of(), List.of(), null, null, null);
    }
}
