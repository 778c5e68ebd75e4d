package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void should_take_utf8_reports_as_text() {
        String report = "重庆市璧山区健龙镇人民政府关于2024年度法治政府建设情况的报告\n\t一、主要成效\r\n受理矛盾纠纷224件。";
        assertThat(PlainText.looksLikePlainText(report.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(PlainText.looksLikePlainText(("\uFEFF" + report).getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void should_leave_gbk_and_utf16_to_the_full_detection() {
        String report = "重庆市璧山区健龙镇人民政府关于2024年度法治政府建设情况的报告";
        assertThat(PlainText.looksLikePlainText(report.getBytes(Charset.forName("GBK")))).isFalse();
        assertThat(PlainText.looksLikePlainText(report.getBytes(StandardCharsets.UTF_16LE))).isFalse();
        assertThat(PlainText.looksLikePlainText(("\uFEFF" + report).getBytes(StandardCharsets.UTF_16BE))).isFalse();
    }

    @Test
    void should_leave_markup_pdf_binaries_and_utf16_to_the_full_detection() {
        assertThat(PlainText.looksLikePlainText("  <html><body>报告</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(PlainText.looksLikePlainText("%PDF-1.7 文本".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(PlainText.looksLikePlainText("{\\rtf1 报告}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(PlainText.looksLikePlainText(new byte[] {'P', 'K', 3, 4, 'a'})).isFalse();
        assertThat(PlainText.looksLikePlainText(new byte[] {0x7F, 'E', 'L', 'F', 2, 1})).isFalse();
        assertThat(PlainText.looksLikePlainText(new byte[] {'M', 'Z', (byte) 0x90, 0})).isFalse();
        assertThat(PlainText.looksLikePlainText("报告".getBytes(StandardCharsets.UTF_16LE))).isFalse();
        assertThat(PlainText.looksLikePlainText(" \n\t".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
