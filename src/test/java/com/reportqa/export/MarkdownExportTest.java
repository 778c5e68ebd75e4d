package com.reportqa.export;

import static com.reportqa.export.ExportFixtures.CONVERSATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExportTest {

    final Export export = ExportFixtures.service().export(CONVERSATION, ExportFormat.MARKDOWN);
    final String md = new String(export.bytes(), StandardCharsets.UTF_8);

    @Test
    void should_keep_the_answer_and_its_markers() {
        assertThat(md).startsWith("# 法治报告问答 · 引用导出\n")
                .contains("导出时间：2026-11-23 01:00 · 会话：conv-1 · 共 4 个回答 · 引用 3 份报告")
                .contains("## 问题 1：雁峰区行政复议审结多少件？")
                .contains(ExportFixtures.NUMERIC.answer())
                .contains("| 2 | 黄溪镇 | 2024 | 180起 | “排查各类矛盾纠纷180起”[2] |")
                .contains("> 注：模型暂不可用，以下为原文摘录。");
        assertThat(export.fileName()).endsWith(".md");
        assertThat(export.contentType()).startsWith("text/markdown");
    }

    @Test
    void should_quote_each_cited_paragraph_under_its_marker() {
        assertThat(md).contains("### 引用原文\n\n**[1]** 衡阳市雁峰区2024年度法治政府建设情况报告 · "
                + "一、2024推进法治政府建设的主要举措和成效 › (五) · 段落 06470d6b42e3-p12（参考文献 [1]）\n\n> "
                + ExportFixtures.YANFENG_TEXT + "\n");
        assertThat(md).contains("> -1 也要照录：\"引号\", 逗号\n> 第二行\n");
        assertThat(md).contains("**[2]** 2024年度法治政府建设报告 · 一、法治政府建设完成情况 · 段落 3ba48369459b-p21（参考文献 [3]）");
    }

    @Test
    void should_end_with_each_cited_report_once() {
        String references = md.substring(md.indexOf("## 参考文献"));
        List<String> entries = references.lines().filter(l -> l.startsWith("[")).toList();
        assertThat(entries).containsExactly("[1] " + ExportFixtures.REFERENCES.get(0),
                "[2] " + ExportFixtures.REFERENCES.get(1), "[3] " + ExportFixtures.REFERENCES.get(2));
    }
}
