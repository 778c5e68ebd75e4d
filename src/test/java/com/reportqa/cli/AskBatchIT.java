package com.reportqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import com.reportqa.ingest.Corpus;
import com.reportqa.question.HostileQuestions;
import com.reportqa.question.QuestionText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ask --batch --json} over 300 generated questions, NUL-only ones among them, with the real answering. */
@AppTest
class AskBatchIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    Corpus corpus;
    @Autowired
    JsonMapper json;
    @TempDir
    Path dir;

    @Test
    void should_write_one_line_per_question_and_count_the_refused_ones_in_the_exit_code() throws Exception {
        long seed = HostileQuestions.seed();
        List<String> questions = new HostileQuestions(seed, HostileQuestions.placeNames(corpus.reports())).take(300);
        // escaped, so that lone surrogates survive the file as \ud800 and reach the command line as they are
        JsonMapper escaping = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
        List<String> lines = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < questions.size(); i++) {
            String q = i % 20 == 0 ? "\u0000" : questions.get(i);
            String clean = QuestionText.clean(q);
            refused += clean.isEmpty() || clean.length() > 2000 ? 1 : 0;
            Map<String, String> line = new LinkedHashMap<>();
            line.put("id", "q" + i);
            line.put("question", q);
            lines.add(escaping.writeValueAsString(line));
        }
        Path batch = dir.resolve("hostile.jsonl");
        Files.write(batch, lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.of(context, "ask", "--batch", batch.toString(), "--json");

        List<String> out = run.stdout().lines().toList();
        assertThat(out).as("seed " + seed).hasSize(300);
        int errors = 0;
        for (int i = 0; i < out.size(); i++) {
            JsonNode answer = json.readTree(out.get(i));
            assertThat(answer.get("id").asString()).isEqualTo("q" + i);
            if (answer.get("mode").asString().equals("error")) {
                errors++;
                assertThat(answer.get("answer").asString()).as("seed " + seed + " line " + i).matches("问题(不能为空|过长).*");
            }
        }
        assertThat(out.get(0)).contains("\"mode\":\"error\"").contains("问题不能为空，请输入要查询的内容。");
        assertThat(errors).as("seed " + seed).isEqualTo(refused);
        assertThat(run.exitCode()).isEqualTo(Math.min(refused, 125));
        assertThat(run.stderr()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
