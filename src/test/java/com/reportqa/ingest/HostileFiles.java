package com.reportqa.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Hostile and odd files a corpus folder or an upload may receive, each with a word its Chinese reason must
 * contain (or {@code null}: a good report that must be ingested). Used by the folder test and the upload IT.
 */
public final class HostileFiles {

    /** A small good report with the given town name (numbers as in {@link ReportIngesterTest#REPORT}). */
    public static String report(String town) {
        return ReportIngesterTest.REPORT.replace("测试镇", town);
    }

    /** The five good reports of src/test/resources/corpus, by file name. */
    public static Map<String, byte[]> goodReports() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        CorpusFiles.NAMES.forEach(n -> files.put(n, CorpusFiles.read(n).getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /** File name → content; the names are plain (path-traversal names are tried by the upload IT). */
    public static Map<String, byte[]> contents() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("empty.txt", new byte[0]);
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        files.put("junk.txt", junk);
        files.put("elf.txt", withHeader(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, junk));
        files.put("setup.pdf", withHeader("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), junk));
        files.put("secret.pdf", ReportIngesterTest.encryptedPdf());
        byte[] pdf = pdf();
        files.put("truncated.pdf", Arrays.copyOf(pdf, pdf.length / 3));
        files.put("broken.docx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        byte[] docx = ReportIngesterTest.docx(report("截断镇"));
        files.put("truncated.docx", Arrays.copyOf(docx, docx.length / 2));
        files.put("bomb.docx", zipBomb());
        files.put("plain-zip.docx", zip("a.txt", report("压缩镇").getBytes(StandardCharsets.UTF_8)));
        files.put("old.doc", oleDocument());
        files.put("image.png", withHeader(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, junk));
        files.put("没有标题的国标编码文字".repeat(7) + ".txt",
                "这是一段没有标题的文字，编码是国标。\n全年受理各类矛盾纠纷120件。\n".getBytes(Charset.forName("GBK")));
        files.put("million.txt", "法".repeat(1_000_000).getBytes(StandardCharsets.UTF_8));
        files.put("english.txt", "Annual report on law-based government, 2024.\nWe handled 120 disputes.\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("nul.txt", withHeader(report("空字节镇").getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0}));
        files.put("copy-of-000.txt", CorpusFiles.read(CorpusFiles.NAMES.get(0)).getBytes(StandardCharsets.UTF_8));
        files.put("utf16be.txt", utf16be(report("大端镇")));
        files.put("page.html", ("<html><head><meta charset='utf-8'><script>alert('x')</script></head><body>"
                + "<img src=x onerror=alert(1)>" + report("脚本镇").lines().map(l -> "<p>" + l + "</p>")
                        .reduce("", String::concat) + "<script>document.write('注入')</script></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        files.put("xss.txt", report("标签镇").replace("全年受理", "<img src=x onerror=alert(1)>全年受理")
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Rejected file → a word of its reason; ingested files are absent. */
    public static Map<String, String> expectedReasons() {
        Map<String, String> reasons = new LinkedHashMap<>();
        reasons.put("empty.txt", "空");
        reasons.put("junk.txt", "不是文本文件");
        reasons.put("elf.txt", "内容是");
        reasons.put("setup.pdf", "内容是");
        reasons.put("secret.pdf", "加密");
        reasons.put("truncated.pdf", "损坏");
        reasons.put("broken.docx", "损坏");
        reasons.put("truncated.docx", "损坏");
        reasons.put("bomb.docx", "压缩炸弹");
        reasons.put("plain-zip.docx", "损坏");
        reasons.put("old.doc", "旧版 Office");
        reasons.put("image.png", "不支持的文件类型");
        reasons.put("nul.txt", "不是文本文件");
        reasons.put("copy-of-000.txt", "内容相同");
        return reasons;
    }

    /** Places of the hostile files that are good reports and must be ingested. */
    public static final String[] INGESTED_PLACES = {"大端镇", "脚本镇", "标签镇"};
    /** Readable text without a title, place or year (GBK prose, a million 法, English): kept with them pending. */
    public static final int READABLE_WITHOUT_METADATA = 3;

    /** Writes every file, a symbolic link to a file outside the folder and a folder named like a report. */
    public static void writeAll(Path dir, Path outside) throws IOException {
        Files.createDirectories(dir);
        for (var e : contents().entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(outside, report("外部镇"));
        Files.createSymbolicLink(dir.resolve("link.txt"), outside);
        Files.createDirectories(dir.resolve("folder.txt"));
    }

    private static byte[] withHeader(byte[] header, byte[] rest) {
        byte[] out = Arrays.copyOf(header, header.length + rest.length);
        System.arraycopy(rest, 0, out, header.length, rest.length);
        return out;
    }

    private static byte[] utf16be(String text) {
        return withHeader(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A docx-looking zip whose document.xml inflates from about 50 KB to 50 MB of zeros. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                zip.write(zeros);
            }
        }
        return out.toByteArray();
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
        }
        return out.toByteArray();
    }

    private static byte[] oleDocument() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private HostileFiles() {
    }
}
