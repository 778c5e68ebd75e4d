package com.reportqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.answer.AnswerService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Questions about reports in the forms real pages have, naming places as officials do (金东澧浦镇, 西宁礼让街,
 * 四川的报告里, a wrong district before a town): the bars are what the national gazetteer, year rules and question
 * forms reached (61.0 % on first contact, 84.1 % after), so no later change loses ground unnoticed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reportqa.corpus.dir=src/test/resources/elsewhere/corpus",
    "reportqa.search.data-dir=target/it-data/elsewhere",
    "server.address=127.0.0.1"})
class ElsewhereEvalIT {

    @Autowired
    AnswerService answers;
    @Autowired
    JsonMapper json;

    @Test
    void should_answer_questions_about_reports_from_elsewhere() throws Exception {
        List<JsonNode> questions = Files.readAllLines(Path.of("src/test/resources/eval/elsewhere.jsonl"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(json::readTree).toList();
        List<EvalCommand.Result> results = new EvalCommand(answers).run(questions);
        EvalCommand.print(results, System.out);

        assertThat(share(results, r -> true)).as("all").isGreaterThanOrEqualTo(0.84);
        assertThat(share(results, r -> r.type().contains("numeric"))).as("numeric + multi_numeric")
                .isGreaterThanOrEqualTo(0.85);
        assertThat(share(results, r -> r.type().equals("none"))).as("none").isGreaterThanOrEqualTo(0.9);
        assertThat(share(results, r -> r.type().equals("compare"))).as("compare").isGreaterThanOrEqualTo(0.6);
        // report-metadata answers cite the title paragraph: the page's 发布机构/发布日期 lines are not paragraphs
        List<EvalCommand.Result> cited = results.stream().filter(r -> r.citationOk() != null).toList();
        assertThat(cited.stream().filter(EvalCommand.Result::citationOk).count() / (double) cited.size())
                .as("citations holding the evidence").isGreaterThanOrEqualTo(0.9);
    }

    private static double share(List<EvalCommand.Result> results, Predicate<EvalCommand.Result> type) {
        List<EvalCommand.Result> of = results.stream().filter(type).toList();
        return of.stream().filter(EvalCommand.Result::correct).count() / (double) of.size();
    }
}
