package com.reportqa.answer;

import com.reportqa.ingest.Report;
import com.reportqa.question.Question;

/** What a no_answer says it looked through, so "not stated" is never mistaken for "not searched". */
final class ScopeNote {

    private ScopeNote() {
    }

    /** （已查阅健龙镇2024年度报告）, （已查阅 3 份报告）, or nothing when the whole corpus was read. */
    static String of(Question q, int reportsInCorpus) {
        if (q.scope().size() == 1) {
            Report r = q.scope().get(0);
            return "（已查阅" + r.place().displayOrPending() + r.yearLabel() + "报告" + (q.future() ? "中的下一年工作安排" : "")
                    + "）";
        }
        return q.scope().size() < reportsInCorpus ? "（已查阅 " + q.scope().size() + " 份报告）" : "";
    }
}
