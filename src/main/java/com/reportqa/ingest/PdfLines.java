package com.reportqa.ingest;

import java.util.regex.Pattern;

/**
 * PDF text comes with a hard line break wherever the page wrapped a line. Lines are joined back into
 * paragraphs unless a line ends a sentence or the next one starts a numbered heading.
 */
final class PdfLines {

    private static final Pattern HEADING_START =
            Pattern.compile("^\\s*([一二三四五六七八九十]+、|[(（][一二三四五六七八九十\\d]+[)）]|\\d+[.．、])");
    private static final String SENTENCE_ENDS = "。！？!?：:；;";

    private PdfLines() {
    }

    static String join(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            out.append(line);
            if (i + 1 >= lines.length) {
                break;
            }
            String next = lines[i + 1].strip();
            boolean keepBreak = line.isEmpty() || next.isEmpty()
                    || SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) >= 0
                    || HEADING_START.matcher(next).find()
                    || line.length() < 20;
            if (keepBreak) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
