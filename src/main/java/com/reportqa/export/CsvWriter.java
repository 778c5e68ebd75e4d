package com.reportqa.export;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV (RFC 4180, CRLF, every cell quoted) with one row per citation, in UTF-8 with a BOM so that Excel reads
 * the Chinese right. An answer without citations still gets one row, so no question goes missing.
 */
final class CsvWriter {

    static final List<String> HEADER = List.of("问题", "回答", "引用编号", "报告标题", "发布机关", "地区", "年度", "发布日期",
            "章节", "段落编号", "引用原文");

    byte[] write(ExportContent content) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        row(csv, HEADER);
        for (Answer a : content.answers()) {
            if (a.citations().isEmpty()) {
                row(csv, List.of(nz(a.question()), nz(a.answer()), "", "", "", "", "", "", "", "", ""));
            }
            for (Citation c : a.citations()) {
                List<String> cells = List.of(nz(a.question()), nz(a.answer()), String.valueOf(c.n()),
                        nz(c.reportTitle()), nz(c.issuer()), nz(c.place()), c.year() > 0 ? String.valueOf(c.year()) : "",
                        GbtReference.date(c.publishedOn()).map(Object::toString).orElse(nz(c.publishedOn())),
                        nz(c.section()), nz(c.paragraphId()), nz(c.text()));
                row(csv, cells);
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /**
     * A quoted cell. Text starting with = + - @ (or a tab or CR, which some spreadsheets skip before such a
     * sign) would run as a formula when opened, so it is prefixed with an apostrophe.
     */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
