package com.reportqa.answer;

import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.Sections;
import com.reportqa.question.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of a report in a question's scope, from the part of the report that fits the question's tense
 * (plan sections for a question about plans, the rest otherwise). The answerers that pick one sentence to
 * answer from (a period, a slogan) must look at the same sentences, so they take them from here.
 */
record ScopedSentence(Report report, Paragraph paragraph, int start, int end) {

    String text() {
        return paragraph.text().substring(start, end);
    }

    /** In report, paragraph and sentence order, from the first {@code maxReports} reports in scope. */
    static List<ScopedSentence> of(Question q, int maxReports) {
        return of(q, maxReports, q.future());
    }

    /** From the part of the reports of the other tense: for a question whose tense word (目标) may mislead. */
    static List<ScopedSentence> ofOtherTense(Question q, int maxReports) {
        return of(q, maxReports, !q.future());
    }

    private static List<ScopedSentence> of(Question q, int maxReports, boolean plans) {
        List<ScopedSentence> out = new ArrayList<>();
        for (Report r : q.scope().subList(0, Math.min(q.scope().size(), maxReports))) {
            for (Paragraph p : r.paragraphs()) {
                if (!p.content() || Sections.isPlan(r, p) != plans) {
                    continue;
                }
                for (int[] span : ExtractiveAnswerer.sentences(p)) {
                    out.add(new ScopedSentence(r, p, span[0], span[1]));
                }
            }
        }
        return out;
    }
}
