package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of good and bad files: every bad one gets one clear reason, no good report is lost. */
class ReportIngesterTest {

    static final String REPORT = """
            重庆市璧山区测试镇人民政府关于2024年度法治政府建设情况的报告
            日期:2025-02-01
            2024年,我镇坚持依法行政。
            一、主要成效
            (一)化解矛盾纠纷
            全年受理各类矛盾纠纷120件,化解118件,化解率98%。
            """;

    @TempDir
    Path dir;

    @Test
    void should_ingest_every_good_file_and_name_every_bad_one() throws IOException {
        for (String name : CorpusFiles.NAMES) {
            Files.writeString(dir.resolve(name), CorpusFiles.read(name));
        }
        Files.write(dir.resolve("gbk.txt"), REPORT.replace("测试镇", "国标镇").getBytes(Charset.forName("GBK")));
        Files.write(dir.resolve("utf16.txt"), utf16(REPORT.replace("测试镇", "双字节镇")));
        Files.writeString(dir.resolve("page.html"), "<html><head><meta charset='utf-8'><script>alert(1)</script></head><body>"
                + REPORT.replace("测试镇", "网页镇").lines().map(l -> "<p>" + l + "</p>").collect(Collectors.joining())
                + "</body></html>");
        Files.write(dir.resolve("word.docx"), docx(REPORT.replace("测试镇", "文档镇")));
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 7});
        Files.writeString(dir.resolve("notes.xyz"), "随便写的一段话");
        Files.write(dir.resolve("broken.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.write(dir.resolve("secret.pdf"), encryptedPdf());
        Files.writeString(dir.resolve("copy-of-000.txt"), CorpusFiles.read(CorpusFiles.NAMES.get(0)));
        Files.writeString(dir.resolve("no-title.txt"), "这是一段没有标题的文字。\n内容也没有年份。\n");

        IngestResult result = new ReportIngester(20 << 20).ingestFolder(dir);

        assertThat(result.reports()).extracting(r -> r.place().name()).contains("健龙镇", "洪口镇", "江口镇", "黄溪镇",
                "雁峰区", "国标镇", "双字节镇", "网页镇", "文档镇");
        assertThat(result.reports()).hasSize(10);
        assertThat(result.reports()).filteredOn(r -> r.file().equals("no-title.txt")).singleElement()
                .satisfies(r -> assertThat(r.pending()).containsExactly("标题", "地区", "年度"));
        Map<String, String> reasons = result.skipped().stream()
                .collect(Collectors.toMap(SkippedFile::file, SkippedFile::reason));
        assertThat(reasons).containsOnlyKeys("empty.txt", "binary.txt", "notes.xyz", "broken.docx", "secret.pdf",
                "copy-of-000.txt");
        assertThat(reasons.get("empty.txt")).contains("空");
        assertThat(reasons.get("binary.txt")).contains("不是文本文件");
        assertThat(reasons.get("notes.xyz")).contains("不支持的文件类型");
        assertThat(reasons.get("broken.docx")).containsAnyOf("损坏", "无法解析");
        assertThat(reasons.get("secret.pdf")).contains("加密");
        assertThat(reasons.get("copy-of-000.txt")).contains("内容相同");
        assertThat(result.summary()).startsWith("已载入 10 份报告").contains("跳过 6 个文件");
        Report html = result.reports().stream().filter(r -> "网页镇".equals(r.place().name())).findFirst().orElseThrow();
        assertThat(html.paragraphs()).noneMatch(p -> p.text().contains("alert"));
    }

    @Test
    void should_give_the_same_ids_for_the_same_content_under_another_name() throws Exception {
        var ingester = new ReportIngester(20 << 20);
        byte[] bytes = CorpusFiles.read(CorpusFiles.NAMES.get(2)).getBytes(StandardCharsets.UTF_8);
        Report a = ingester.ingest("a.txt", bytes, new java.util.Properties());
        Report b = ingester.ingest("b.txt", bytes, new java.util.Properties());
        assertThat(a.id()).isEqualTo(b.id());
        assertThat(a.paragraphs()).extracting(Paragraph::id).isEqualTo(b.paragraphs().stream().map(Paragraph::id).toList());
    }

    @Test
    void should_refuse_a_file_over_the_size_limit() throws IOException {
        Files.writeString(dir.resolve("big.txt"), REPORT + "很长的内容。".repeat(1000));
        IngestResult result = new ReportIngester(1000).ingestFolder(dir);
        assertThat(result.reports()).isEmpty();
        assertThat(result.skipped()).singleElement().extracting(SkippedFile::reason).asString().contains("文件过大");
    }

    @Test
    void should_read_the_url_and_issuer_of_a_sidecar() throws IOException {
        Files.writeString(dir.resolve("r.txt"), REPORT);
        Files.writeString(dir.resolve("r.txt.properties"), "url=https://example.gov.cn/r.html\n", StandardCharsets.UTF_8);
        List<Report> reports = new ReportIngester(20 << 20).ingestFolder(dir).reports();
        assertThat(reports).singleElement().extracting(Report::url).isEqualTo("https://example.gov.cn/r.html");
    }

    private static byte[] utf16(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] out = new byte[body.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, 2, body.length);
        return out;
    }

    static byte[] docx(String text) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                content.showText("Annual report 2024");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
