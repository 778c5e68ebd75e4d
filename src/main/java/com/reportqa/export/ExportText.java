package com.reportqa.export;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Chinese wording shared by the Markdown and Word exports, so both say the same thing. */
final class ExportText {

    static final String TITLE = "法治报告问答 · 引用导出";

    private ExportText() {
    }

    /** 导出时间：2026-11-23 16:55 · 会话：… · 共 3 个回答 · 引用 2 份报告 */
    static String summary(ExportContent content) {
        return Stream.of("导出时间：" + content.exportedAtText(),
                content.conversationId() == null ? null : "会话：" + content.conversationId(),
                "共 " + content.answers().size() + " 个回答",
                "引用 " + content.references().size() + " 份报告")
                .filter(s -> s != null).collect(Collectors.joining(" · "));
    }

    /** Visible warnings an answer carries, which must not be lost on export. */
    static List<String> notes(Answer a) {
        List<String> notes = new ArrayList<>();
        if (Boolean.FALSE.equals(a.grounded())) {
            notes.add("该回答中有内容未能在所引原文中找到依据，请核对原文。");
        }
        if (a.notice() != null && !a.notice().isBlank()) {
            notes.add(a.notice().strip());
        }
        return notes;
    }

    /** Where a cited paragraph comes from: report title · section · paragraph id. */
    static String source(Citation c) {
        return Stream.of(c.reportTitle(), c.section(), c.paragraphId() == null ? null : "段落 " + c.paragraphId())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
    }
}
