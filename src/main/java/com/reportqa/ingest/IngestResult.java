package com.reportqa.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** The outcome of reading a corpus folder: what was ingested and what was skipped, and why. */
public record IngestResult(List<Report> reports, List<SkippedFile> skipped) {

    public IngestResult {
        reports = List.copyOf(reports);
        skipped = List.copyOf(skipped);
    }

    public String summary() {
        int paragraphs = reports.stream().mapToInt(r -> r.paragraphs().size()).sum();
        String head = "已载入 " + reports.size() + " 份报告，" + paragraphs + " 个段落";
        if (skipped.isEmpty()) {
            return head;
        }
        return head + "；跳过 " + skipped.size() + " 个文件：" + skipped.stream().map(SkippedFile::toString)
                .collect(Collectors.joining("；"));
    }
}
