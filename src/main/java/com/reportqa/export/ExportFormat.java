package com.reportqa.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file formats an answer or a conversation can be exported to. */
public enum ExportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    MARKDOWN("md", "text/markdown; charset=UTF-8", List.of("md", "markdown")),
    CSV("csv", "text/csv; charset=UTF-8", List.of("csv")),
    JSON("json", "application/json", List.of("json"));

    private static final String KNOWN = "docx、md、csv、json";

    private final String extension;
    private final String contentType;
    private final List<String> names;

    ExportFormat(String extension, String contentType, List<String> names) {
        this.extension = extension;
        this.contentType = contentType;
        this.names = names;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format named by a request parameter such as {@code docx} or {@code markdown}. */
    public static ExportFormat fromParam(String param) {
        if (param == null || param.isBlank()) {
            throw new ExportException("请指定导出格式：" + KNOWN + "。");
        }
        String name = param.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(name)).findFirst()
                .orElseThrow(() -> new ExportException("不支持的导出格式“" + param.strip() + "”，可选：" + KNOWN + "。"));
    }

    /** The format given by a file name's extension ({@code 回答.docx}, {@code out.markdown}). */
    public static ExportFormat fromFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1 || name.lastIndexOf('/') > dot || name.lastIndexOf('\\') > dot) {
            throw new ExportException("无法从文件名“" + name + "”判断导出格式，请使用扩展名 .docx、.md、.csv 或 .json。");
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(extension)).findFirst()
                .orElseThrow(() -> new ExportException("不支持的文件扩展名“." + extension
                        + "”，请使用 .docx、.md、.csv 或 .json。"));
    }
}
