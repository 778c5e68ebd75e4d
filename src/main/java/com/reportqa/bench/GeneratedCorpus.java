package com.reportqa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Generated reports and their ground-truth questions. */
public record GeneratedCorpus(List<GeneratedReport> reports, List<BenchQuestion> questions) {

    public GeneratedCorpus {
        reports = List.copyOf(reports);
        questions = List.copyOf(questions);
    }

    /** {@code dir/corpus/*.txt} and {@code dir/questions.jsonl} (the format of shared/eval/questions.jsonl). */
    public void write(Path dir, JsonMapper json) throws IOException {
        CorpusGenerator.write(this, dir.resolve("corpus"));
        List<String> lines = questions.stream().map(q -> json.writeValueAsString(q.toJson())).toList();
        Files.write(dir.resolve("questions.jsonl"), lines, StandardCharsets.UTF_8);
    }

    public long bytes() {
        return reports.stream().mapToLong(r -> r.text().getBytes(StandardCharsets.UTF_8).length).sum();
    }
}
