package com.reportqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import com.reportqa.answer.AnswerService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The held-out question set (written from the reports without looking at the code, none a paraphrase of
 * the visible set) must clear the same bars as the visible one: the code must generalise, not fit.
 */
@AppTest
class HeldoutEvalIT {

    @Autowired
    AnswerService answers;
    @Autowired
    JsonMapper json;

    @Test
    void should_clear_the_bars_on_the_held_out_question_set() throws Exception {
        Path file = Path.of("src/test/resources/eval/heldout.jsonl");
        List<JsonNode> questions = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(json::readTree).toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(70);
        List<EvalCommand.Result> results = new EvalCommand(answers).run(questions);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        EvalCommand.print(results, new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));

        assertThat(share(results, r -> r.type().contains("numeric"))).as("numeric + multi_numeric").isGreaterThanOrEqualTo(0.95);
        assertThat(share(results, r -> r.type().equals("compare"))).as("compare").isGreaterThanOrEqualTo(0.90);
        assertThat(share(results, r -> r.type().equals("none"))).as("none").isGreaterThanOrEqualTo(0.90);
        assertThat(share(results, r -> r.type().equals("fact") || r.type().equals("list"))).as("fact + list")
                .isGreaterThanOrEqualTo(0.85);
        List<EvalCommand.Result> cited = results.stream().filter(r -> r.citationOk() != null).toList();
        assertThat(cited.stream().filter(EvalCommand.Result::citationOk).count() / (double) cited.size())
                .as("citations holding the evidence").isGreaterThanOrEqualTo(0.98);
    }

    private static double share(List<EvalCommand.Result> results, Predicate<EvalCommand.Result> type) {
        List<EvalCommand.Result> of = results.stream().filter(type).toList();
        return of.stream().filter(EvalCommand.Result::correct).count() / (double) of.size();
    }
}
