package com.reportqa.export;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The Markdown an answer is written in, as Word paragraphs: bullet lines, {@code **bold**} and the ranked
 * tables of comparisons. Markers such as [1] are plain text and stay as they are. Anything else is kept as
 * literal text, because an answer must never lose words on export.
 */
final class DocxMarkdown {

    /** A4 less the margins DocxWriter sets, in twips. */
    static final int TEXT_WIDTH = 11906 - 2 * 1800;

    private final XWPFDocument doc;

    DocxMarkdown(XWPFDocument doc) {
        this.doc = doc;
    }

    void write(String markdown) {
        List<String> lines = (markdown == null ? "" : markdown).lines().map(String::strip).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("|")) {
                List<List<String>> rows = new ArrayList<>();
                for (; i < lines.size() && lines.get(i).startsWith("|"); i++) {
                    if (!lines.get(i).matches("\\|?[\\s|:-]+")) {
                        rows.add(cells(lines.get(i)));
                    }
                }
                i--;
                table(rows);
            } else if (line.startsWith("- ") || line.startsWith("* ")) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(420);
                p.setIndentationHanging(210);
                inline(p, "• " + line.substring(2));
            } else if (!line.isEmpty()) {
                inline(doc.createParagraph(), line);
            }
        }
    }

    /** Text with {@code **bold**} spans as runs. */
    static void inline(XWPFParagraph p, String text) {
        String[] parts = text.split("\\*\\*", -1);
        boolean unpaired = parts.length % 2 == 0;
        for (int i = 0; i < parts.length; i++) {
            // an odd number of ** means one is literal: print it instead of bolding the rest of the line
            String part = unpaired && i == parts.length - 1 ? "**" + parts[i] : parts[i];
            if (!part.isEmpty()) {
                DocxWriter.run(p, part, false).setBold(i % 2 == 1 && !(unpaired && i == parts.length - 1));
            }
        }
    }

    private void table(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        int[] widths = widths(rows, columns);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < columns; c++) {
            var column = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
            column.setW(BigInteger.valueOf(widths[c]));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                table.getRow(r).getCell(c).setWidth(String.valueOf(widths[c]));
                XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                if (r == 0) {
                    DocxWriter.run(p, text.replace("**", ""), false).setBold(true);
                } else {
                    inline(p, text);
                }
            }
        }
    }

    /**
     * Column widths in twips over the text width, by the widest cell of each column (a Chinese character counts
     * as two Latin ones, plus room for the cell margins) and capped, so a quoted sentence gets the room and a
     * rank or a year is not wrapped.
     */
    static int[] widths(List<List<String>> rows, int columns) {
        int[] weights = new int[columns];
        for (int c = 0; c < columns; c++) {
            final int column = c;
            int widest = rows.stream().mapToInt(r -> column < r.size() ? displayWidth(r.get(column)) : 0).max()
                    .orElse(0);
            weights[c] = Math.max(6, Math.min(40, widest + 2));
        }
        int sum = Arrays.stream(weights).sum();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = TEXT_WIDTH * weights[c] / sum;
        }
        return widths;
    }

    private static int displayWidth(String text) {
        return text.codePoints().map(cp -> cp < 0x2E80 ? 1 : 2).sum();
    }

    private static List<String> cells(String row) {
        String inner = row.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }
}
