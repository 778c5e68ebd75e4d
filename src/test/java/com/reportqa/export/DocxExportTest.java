package com.reportqa.export;

import static com.reportqa.export.ExportFixtures.CONVERSATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxExportTest {

    final Export export = ExportFixtures.service().export(CONVERSATION, ExportFormat.DOCX);

    @Test
    void should_hold_every_question_answer_quoted_paragraph_and_reference() throws Exception {
        try (XWPFDocument doc = open(); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("法治报告问答 · 引用导出").contains("导出时间：2026-11-23 01:00");
            for (Answer a : CONVERSATION) {
                assertThat(text).contains(a.question());
                for (Citation c : a.citations()) {
                    // Word keeps the line break of a paragraph as a break: compare line by line
                    c.text().lines().forEach(line -> assertThat(text).contains(line));
                }
            }
            assertThat(text).contains("57件。衡阳市雁峰区2024年度报告原文：“全年审结行政复议57件”[1]")
                    .contains("语料中没有珠晖区的报告。").contains("• 健龙镇：数字赋能[1]")
                    .contains("模型暂不可用，以下为原文摘录。").contains("未能在所引原文中找到依据");
            assertThat(references(doc)).containsExactly("[1] " + ExportFixtures.REFERENCES.get(0),
                    "[2] " + ExportFixtures.REFERENCES.get(1), "[3] " + ExportFixtures.REFERENCES.get(2));
        }
    }

    @Test
    void should_keep_markers_and_point_quoted_paragraphs_at_their_reference() throws Exception {
        try (XWPFDocument doc = open()) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("问题 2：健龙镇和黄溪镇哪个矛盾纠纷更多？");
            assertThat(paragraphs).filteredOn(p -> p.startsWith("[2] 2024年度法治政府建设报告 · "))
                    .singleElement().asString().endsWith("（参考文献 [3]）");
            assertThat(paragraphs).filteredOn(p -> p.contains("段落 a11ebd4c0f3e-p31")).singleElement().asString()
                    .endsWith("（参考文献 [2]）");
            XWPFParagraph answer = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("57件。"))
                    .findFirst().orElseThrow();
            assertThat(answer.getRuns().get(0).isBold()).as("**57件** is bold").isTrue();
            assertThat(answer.getRuns().get(1).isBold()).isFalse();
        }
    }

    @Test
    void should_turn_the_ranking_into_a_table() throws Exception {
        try (XWPFDocument doc = open()) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("地方");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("健龙镇");
            assertThat(table.getRow(2).getCell(4).getText()).isEqualTo("“排查各类矛盾纠纷180起”[2]");
            assertThat(table.getRow(1).getCell(4).getWidth()).as("the quote gets room")
                    .isGreaterThan(3 * table.getRow(1).getCell(0).getWidth());
        }
    }

    @Test
    void should_name_chinese_fonts_for_word_and_wps() throws Exception {
        try (XWPFDocument doc = open()) {
            var styles = doc.getStyles();
            assertThat(styles.getStyle(DocxStyles.HEADING_1).getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("黑体");
            assertThat(styles.getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia())
                    .isEqualTo("宋体");
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).as(r.text()).isIn("宋体", "黑体");
                }
            }
            String stylesXml = part("word/styles.xml");
            String defaults = stylesXml.substring(stylesXml.indexOf("<w:docDefaults"),
                    stylesXml.indexOf("</w:docDefaults>"));
            assertThat(defaults).contains("w:eastAsia=\"宋体\"").contains("w:eastAsia=\"zh-CN\"");
        }
    }

    @Test
    void should_export_one_answer_with_its_own_references_only() throws Exception {
        Export one = ExportFixtures.service().export(List.of(ExportFixtures.NUMERIC), ExportFormat.DOCX);
        assertThat(one.fileName()).isEqualTo("法治报告问答-引用导出-20261123-010000.docx");
        assertThat(one.contentType()).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(one.bytes()))) {
            assertThat(references(doc)).containsExactly("[1] " + ExportFixtures.REFERENCES.get(0));
        }
    }

    private String part(String name) throws Exception {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(export.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No " + name + " in the docx");
    }

    private XWPFDocument open() throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(export.bytes()));
    }

    /** The paragraphs after the 参考文献 heading. */
    private static List<String> references(XWPFDocument doc) {
        List<String> all = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        return all.subList(all.indexOf("参考文献") + 1, all.size());
    }
}
