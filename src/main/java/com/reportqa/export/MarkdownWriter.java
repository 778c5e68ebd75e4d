package com.reportqa.export;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Markdown: answers are Markdown already, so their text (tables, bold, [n] markers) is kept as it is; each
 * cited paragraph follows as a block quote, and the reference list closes the file.
 */
final class MarkdownWriter {

    byte[] write(ExportContent content) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(ExportText.TITLE).append("\n\n");
        md.append(ExportText.summary(content)).append("\n\n");
        int i = 0;
        for (Answer a : content.answers()) {
            md.append("## 问题 ").append(++i).append("：").append(oneLine(a.question())).append("\n\n");
            md.append("*回答方式：").append(a.mode() == null ? "—" : a.mode().label()).append("*\n\n");
            md.append(a.answer() == null ? "" : a.answer().strip()).append("\n\n");
            ExportText.notes(a).forEach(note -> md.append("> 注：").append(oneLine(note)).append("\n\n"));
            if (!a.citations().isEmpty()) {
                md.append("### 引用原文\n\n");
                for (Citation c : a.citations()) {
                    md.append("**[").append(c.n()).append("]** ").append(oneLine(ExportText.source(c)))
                            .append("（参考文献 [").append(content.referenceNumber(c)).append("]）\n\n");
                    quote(md, c.text());
                }
            }
        }
        List<String> references = content.referenceTexts();
        if (!references.isEmpty()) {
            md.append("## 参考文献\n\n");
            for (int r = 0; r < references.size(); r++) {
                md.append("[").append(r + 1).append("] ").append(references.get(r)).append("\n\n");
            }
        }
        return md.toString().strip().concat("\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void quote(StringBuilder md, String text) {
        for (String line : (text == null ? "" : text.strip()).split("\\R")) {
            md.append("> ").append(line).append('\n');
        }
        md.append('\n');
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
