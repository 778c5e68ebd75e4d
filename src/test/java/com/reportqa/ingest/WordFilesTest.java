package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Word files as real writers make them, not as the other tests build them with POI: styles, headers and footers,
 * footnotes, endnotes, comments, tracked changes, numbered lists, merged table cells, text frames, a chart with
 * its embedded workbook, and Word's own constructs (WPS/VML text boxes in mc:AlternateContent, an equation,
 * ruby, symbols, fields, smart tags, moves, a content control). {@code libreoffice.docx} is LibreOffice 7.4's
 * docx of a flat ODF text; {@code chart-comment.docx} is a POI-written docx with a chart, comment and footnote
 * saved again by LibreOffice; {@code word-constructs.docx} is {@code libreoffice.docx} with the Word constructs
 * added to its document.xml. Each reads to the same text with poi-ooxml-full as with poi-ooxml-lite (the jar's).
 */
class WordFilesTest {

    private final ReportFileReader reader = new ReportFileReader();

    @Test
    void should_read_a_libreoffice_docx_with_styles_notes_comments_and_frames() throws Exception {
        // a styled paragraph needs poi-scratchpad: Tika styles docx paragraphs through its .doc extractor
        String text = read("libreoffice.docx");
        assertThat(text).contains("健龙镇2024年法治政府建设年度报告", "共受理矛盾纠纷215件", "调解成功210件",
                "脚注：含村级调解委员会受理的纠纷。", "尾注：行政诉讼均已审结。", "开展领导干部集体学法4次",
                "其中村（社区）干部92人", "普法宣传活动", "52场", "合计（合并单元格）", "90场",
                "文本框：全镇法律顾问覆盖率100%。", "页眉：健龙镇人民政府办公室", "页脚：健龙镇法治政府建设报告",
                "基层法治宣传的针对性还不够强。");
    }

    @Test
    void should_read_a_docx_with_a_chart_and_a_comment() throws Exception {
        String text = read("chart-comment.docx");
        assertThat(text).contains("丰华镇2024年度法治政府建设工作报告", "共受理矛盾纠纷128件",
                "脚注：数据来源于镇综治中心台账。", "办理行政处罚案件36件", "8件（合并单元格）",
                "全年开展普法宣传活动46场", "填报单位：丰华镇司法所", "矛盾纠纷受理件数", "页脚：第 1 页");
    }

    @Test
    void should_read_the_constructs_word_writes() throws Exception {
        String text = read("word-constructs.docx");
        assertThat(text).contains("共受理矛盾纠纷215件", "WPS文本框：法律顾问覆盖率100%。", "2025年1月", "移入文字",
                "目录：一、主要举措和成效", "基层法治宣传的针对性还不够强。");
    }

    private String read(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/word/" + name)) {
            FileText file = reader.read(name, in.readAllBytes());
            assertThat(file.format()).isEqualTo("docx");
            return file.text();
        }
    }
}
