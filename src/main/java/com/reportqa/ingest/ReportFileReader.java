package com.reportqa.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns the bytes of a report file into plain text. The type is decided by content (Tika's magic
 * detection), not by the file name, so a renamed binary is refused instead of being read as text.
 * Plain text is decoded here because Tika's charset guess mistakes short GBK texts for other encodings.
 */
final class ReportFileReader {

    private static final int MAX_TEXT_CHARS = 5_000_000;
    private static final Set<String> SUPPORTED_EXTENSIONS =
            Set.of("txt", "md", "text", "html", "htm", "docx", "pdf");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Detector detector = new DefaultDetector();
    private final AutoDetectParser parser = new AutoDetectParser();

    FileText read(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("文件为空");
        }
        if (ZipGuard.isZip(bytes)) {
            ZipGuard.check(bytes);
        }
        String type = detect(fileName, bytes);
        String ext = extension(fileName);
        return switch (type) {
            case "text/plain", "text/markdown", "text/x-web-markdown" -> {
                if (!ext.equals("txt") && !ext.equals("md") && !ext.equals("text")) {
                    throw new UnreadableFileException("不支持的文件类型（." + ext + "），请上传 txt、html、docx 或 pdf");
                }
                yield new FileText(decodeText(bytes), "txt");
            }
            case "text/html", "application/xhtml+xml" -> new FileText(parse(bytes, type), "html");
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                    new FileText(parse(bytes, type), "docx");
            case "application/pdf" -> new FileText(PdfLines.join(parse(bytes, type)), "pdf");
            case "application/x-tika-ooxml-protected", "application/x-tika-msoffice", "application/msword" ->
                    throw new UnreadableFileException("文件已加密或为旧版 Office 格式，无法读取");
            case "application/zip", "application/x-tika-ooxml" ->
                    throw new UnreadableFileException("文件已损坏或不是有效的 Word 文档");
            default -> throw new UnreadableFileException(
                    "不支持的文件类型（" + describe(type, ext) + "），请上传 txt、html、docx 或 pdf");
        };
    }

    private String detect(String fileName, byte[] bytes) throws UnreadableFileException {
        if (PlainText.looksLikePlainText(bytes)) {
            // Tika's magic scan is the dearest step of reading a text report; text without control bytes and
            // without a markup or PDF opening cannot be any of the binary formats it would find
            return "text/plain";
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(bytes)) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UnreadableFileException("无法识别文件类型");
        }
    }

    private String parse(byte[] bytes, String type) throws UnreadableFileException {
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("文件已加密，无法读取");
        } catch (SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new UnreadableFileException("文件文字过多（超过 500 万字），请拆分后再上传");
            }
            throw new UnreadableFileException("文件已损坏或无法解析");
        } catch (TikaException | IOException | RuntimeException e) {
            Throwable cause = e.getCause();
            if (mentions(e, "zip bomb")) {
                // POI's ZipSecureFile refused the package: the same answer as ZipGuard gives
                throw new UnreadableFileException("文件解压后异常庞大（疑似压缩炸弹），已拒绝；请上传正常的 Word 文档");
            }
            if (cause instanceof EncryptedDocumentException
                    || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("encrypt")) {
                throw new UnreadableFileException("文件已加密，无法读取");
            }
            throw new UnreadableFileException("文件已损坏或无法解析");
        }
        return handler.toString();
    }

    private static boolean mentions(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    /** UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030, which covers GBK and GB2312. */
    static String decodeText(byte[] bytes) throws UnreadableFileException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableFileException("不是文本文件（含二进制内容）");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return GB18030.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException neither) {
                throw new UnreadableFileException("无法识别文字编码（不是 UTF-8、GBK 或 GB18030）");
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String describe(String type, String ext) {
        if (SUPPORTED_EXTENSIONS.contains(ext)) {
            // a renamed binary: the name promises a report, the content is something else
            return "扩展名为 ." + ext + "，但内容是 " + type;
        }
        return ext.isEmpty() ? type : "." + ext;
    }
}
