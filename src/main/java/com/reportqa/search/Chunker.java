package com.reportqa.search;

import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import java.util.ArrayList;
import java.util.List;

/** Cuts paragraphs into windows of whole sentences of about {@code windowChars} characters. */
final class Chunker {

    private final int windowChars;

    Chunker(int windowChars) {
        this.windowChars = windowChars;
    }

    List<Chunk> chunks(Report report) {
        List<Chunk> chunks = new ArrayList<>();
        for (Paragraph paragraph : report.paragraphs()) {
            if (paragraph.kind() == ParagraphKind.META) {
                continue;
            }
            List<String> source = source(report, paragraph);
            List<int[]> windows = windows(paragraph);
            for (int i = 0; i < windows.size(); i++) {
                int[] w = windows.get(i);
                String text = paragraph.text().substring(w[0], w[1]);
                chunks.add(new Chunk(paragraph.id() + "#" + i, paragraph.id(), report.id(), w[0], w[1], source,
                        text));
            }
        }
        return chunks;
    }

    private static List<String> source(Report report, Paragraph paragraph) {
        List<String> source = new ArrayList<>(List.of(report.place().display(), report.year() + "年度"));
        List<String> path = paragraph.sectionPath();
        source.addAll(path.subList(Math.max(0, path.size() - 2), path.size()));
        return List.copyOf(source);
    }

    List<int[]> windows(Paragraph paragraph) {
        String text = paragraph.text();
        List<Integer> starts = new ArrayList<>(paragraph.sentenceStarts());
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        starts.add(text.length());
        List<int[]> windows = new ArrayList<>();
        int windowStart = 0;
        for (int i = 1; i < starts.size(); i++) {
            int end = starts.get(i);
            int previous = starts.get(i - 1);
            if (end - windowStart > windowChars && previous > windowStart) {
                windows.add(new int[] {windowStart, previous});
                windowStart = previous;
            }
        }
        if (windowStart < text.length() || windows.isEmpty()) {
            windows.add(new int[] {windowStart, text.length()});
        }
        return windows;
    }
}
