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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The visible question set, the held-out one and the second and fourth blind rounds (written from the reports by
 * someone who had not read the code), answered without any model, must clear the bars of the figures and
 * answering issues.
 */
@AppTest
class EvalIT {

    @Autowired
    AnswerService answers;
    @Autowired
    JsonMapper json;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"questions.jsonl", "heldout.jsonl", "blind2.jsonl", "blind4.jsonl"})
    void should_clear_the_bars_on_the_question_set(String name) throws Exception {
        List<EvalCommand.Result> results = run(name);

        assertThat(share(results, r -> r.type().contains("numeric"))).as("numeric + multi_numeric").isGreaterThanOrEqualTo(0.95);
        assertThat(share(results, r -> r.type().equals("compare"))).as("compare").isGreaterThanOrEqualTo(0.90);
        assertThat(share(results, r -> r.type().equals("none"))).as("none").isGreaterThanOrEqualTo(0.90);
        assertThat(share(results, r -> r.type().equals("fact") || r.type().equals("list"))).as("fact + list")
                .isGreaterThanOrEqualTo(0.85);
        List<EvalCommand.Result> cited = results.stream().filter(r -> r.citationOk() != null).toList();
        assertThat(cited.stream().filter(EvalCommand.Result::citationOk).count() / (double) cited.size())
                .as("citations holding the evidence").isGreaterThanOrEqualTo(0.98);
    }

    /**
     * The third, fifth, sixth and seventh blind rounds (written from the reports by someone who had not read the code) still miss
     * comparisons whose places count different things, a question listing every figure of one sentence, and a
     * unit convention (七方面 as 方面 or 个方面): their bars are what the rules reached, so that no later change loses
     * ground unnoticed (round 3: 41/60 before its rules, 56/60 after; round 5: 34/40 before, 36/40 after; round 6: 34/40
     * before, 38/40 after; round 7: 34/40 before, 35/40 after; round 10, the six forms of issue 15: 36/48 before,
     * 42/48 after; round 11, the same forms written afresh: 32/48 before, 47/48 after; round 12, a quarter of it
     * comparisons, written after round 11's rules: 35/48 before, 45/48 after; round 13, a quarter of it comparisons
     * of things reports count differently: 36/48 before, 39/48 after; round 14, two authors, one writing
     * comparisons, the other the six forms: 53/66 before, 64/66 after; round 15, the same two briefs written afresh:
     * 54/62 before, 62/62 after; round 16, comparisons of less obvious measures and the six forms typed as in a chat:
     * 43/62 before, 54/62 after; round 17, a comparison brief and the six forms again: 56/64 before, 63/64 after;
     * round 18, written after round 17's rules: 49/64 before, 58/64 after; round 19, a comparison-and-figures brief
     * and a facts-and-lists brief: 51/64 before, 61/64 after; round 20, the same two briefs written after round 19's
     * rules: 39/48 before, 46/48 after; round 21, three briefs (facts and lists, comparisons and figures, harder
     * questions on the less prominent sentences): 76/84 before, 84/84 after; then 24 hard comparisons and figures, a01–a24:
     * 22/24 before, 23/24 after; then 24 in the six forms of issue 15, ys01–ys24: 18/24 before, 21/24 after; round 22,
     * four briefs (figures in the six forms, comparisons and metadata, hard comparisons, figures asked in a chat's
     * words): 27/28, 25/28, 15/26 and 23/26 before, 28, 27, 19 and 24 after; then 24 of every form, fe01–fe24, written
     * after all of the session's rules: 24/24 before; round 23, the six forms written four times by helpers who read
     * only the five reports, each after the rules of the one before: 30/36, 25/30, 22/30 and 25/30 before, 36/36,
     * 28/30, 28/30 and 29/30 after;
     * round 25, the six forms by a helper who read only the five reports: 39/45 before, 42/45 after; round 26, the
     * same brief written afresh after round 25's rules: 42/45 before, 45/45 after; round 27, weighted to comparisons
     * and written after all of them: 42/45 before, 43/45 after; round 28, the six forms by a helper who read only
     * the five reports: 41/45 before, 45/45 after; round 29, weighted to figures: 41/45 before, 45/45 after; round 30, written after
     * both rounds' rules, ten comparisons: 43/45 before, 44/45 after; round 31, weighted to comparisons and figures:
     * 36/45 before, 42/45 after; round 32, the six forms again: 41/45 before, 44/45 after;
     * round 33, written after both rounds' rules: 43/45 before, 43/45 after; round 34, the less prominent sentences,
     * written after round 33's rules: 37/45 before, 40/45 after; round 35, twelve comparisons, most of what no report
     * states: 32/45 before, 44/45 after; round 36, written after round 35's rules: 40/45 before, 43/45 after; round
     * 37, written after both rounds' rules: 35/45 before, 40/45 after; round 38, the six forms again: 37/45 before,
     * 44/45 after; round 39, written after round 38's rules: 44/45 before, 45/45 after; round 40, the least prominent
     * sentences and worked-out values: 33/45 before, 35/45 after, 42/45 after session 20; round 41, the six forms as
     * officials ask them: 44/45 before, 45/45 after; round 42, written after round 41's rules: 45/45 before;
     * round 43, preambles, two asks at once and two measures of one report compared: 38/45 before, 40/45 after, 42/45
     * after session 21; round 44, the six forms as officials ask them: 42/45 before, 44/45 after; round 45, written
     * after round 44's rules, six messages asking two things at once: 44/45 before).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            blind3.jsonl | 27 | 16 | 8 | 5
            blind5.jsonl | 16 |  8 | 8 | 4
            blind6.jsonl |  8 | 17 | 8 | 5
            blind7.jsonl | 19 |  6 | 6 | 4
            blind10.jsonl | 15 | 25 | 4 | 2
            blind11.jsonl | 18 | 20 | 7 | 2
            blind12.jsonl | 15 | 14 | 7 | 9
            blind13.jsonl |  8 | 17 | 8 | 6
            blind14.jsonl | 16 | 26 | 8 | 14
            blind15.jsonl | 22 | 10 | 8 | 22
            blind16.jsonl | 11 | 17 | 5 | 21
            blind17.jsonl | 16 | 22 | 4 | 21
            blind18.jsonl | 19 | 23 | 4 | 12
            blind19.jsonl | 22 | 23 | 4 | 14
            blind20.jsonl | 12 | 17 | 4 | 13
            blind21.jsonl | 47 | 43 | 8 | 30
            blind22.jsonl | 56 | 21 | 15 | 30
            blind23.jsonl | 31 | 56 | 13 | 21
            blind25.jsonl | 14 | 20 |  3 |  5
            blind26.jsonl | 15 | 20 |  3 |  7
            blind27.jsonl | 11 | 16 |  3 | 13
            blind28.jsonl | 15 | 20 |  3 |  7
            blind29.jsonl | 23 |  9 |  3 | 10
            blind30.jsonl | 15 | 17 |  3 |  9
            blind31.jsonl | 15 | 15 |  3 |  9
            blind32.jsonl | 16 | 16 |  3 |  9
            blind33.jsonl | 16 | 15 |  3 |  9
            blind34.jsonl | 14 | 15 |  2 |  9
            blind35.jsonl | 17 | 13 |  3 | 11
            blind36.jsonl | 18 | 13 |  3 |  9
            blind37.jsonl | 17 | 11 |  3 |  9
            blind38.jsonl | 18 | 13 |  3 | 10
            blind39.jsonl | 18 | 13 |  3 | 11
            blind40.jsonl | 18 | 12 |  3 |  9
            blind41.jsonl | 18 | 13 |  3 | 11
            blind42.jsonl | 18 | 13 |  3 | 11
            blind43.jsonl | 18 | 10 |  3 |  9
            blind44.jsonl | 18 | 13 |  3 | 10
            blind45.jsonl | 18 | 12 |  3 | 11
            blind46.jsonl | 18 | 13 |  3 | 10
            blind47.jsonl | 16 | 13 |  3 | 11
            blind48.jsonl | 17 | 13 |  3 | 10
            blind49.jsonl | 18 | 13 |  3 | 11
            blind50.jsonl | 17 | 13 |  3 | 11
            blind51.jsonl | 17 | 12 |  3 | 11
            blind52.jsonl | 18 | 13 |  3 | 11
            blind53.jsonl | 18 | 13 |  3 | 11
            blind54.jsonl | 18 | 13 |  3 | 10
            blind55.jsonl | 18 | 12 |  3 | 11
            blind56.jsonl | 16 | 12 |  3 |  9
            blind57.jsonl | 18 | 13 |  3 | 11
            blind58.jsonl | 18 | 12 |  3 | 11
            blind59.jsonl | 17 | 11 |  3 | 11
            """)
    void should_keep_what_the_blind_rounds_reached(String name, int numeric, int factAndList, int none, int compare)
            throws Exception {
        List<EvalCommand.Result> results = run(name);
        assertThat(count(results, r -> r.type().contains("numeric"))).as("numeric + multi_numeric")
                .isGreaterThanOrEqualTo(numeric);
        assertThat(count(results, r -> r.type().equals("fact") || r.type().equals("list"))).as("fact + list")
                .isGreaterThanOrEqualTo(factAndList);
        assertThat(count(results, r -> r.type().equals("none"))).as("none").isGreaterThanOrEqualTo(none);
        assertThat(count(results, r -> r.type().equals("compare"))).as("compare").isGreaterThanOrEqualTo(compare);
        List<EvalCommand.Result> cited = results.stream().filter(r -> r.citationOk() != null).toList();
        assertThat(cited).allMatch(EvalCommand.Result::citationOk);
    }

    private List<EvalCommand.Result> run(String name) throws Exception {
        Path file = Path.of("../shared/eval/" + name);
        if (!Files.exists(file)) {
            file = Path.of("src/test/resources/eval/" + name);
        }
        List<JsonNode> questions = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(json::readTree).toList();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(40);
        List<EvalCommand.Result> results = new EvalCommand(answers).run(questions);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        EvalCommand.print(results, new PrintStream(report, true, StandardCharsets.UTF_8));
        System.out.println(report.toString(StandardCharsets.UTF_8));
        return results;
    }

    private static long count(List<EvalCommand.Result> results, Predicate<EvalCommand.Result> type) {
        return results.stream().filter(type).filter(EvalCommand.Result::correct).count();
    }

    private static double share(List<EvalCommand.Result> results, Predicate<EvalCommand.Result> type) {
        List<EvalCommand.Result> of = results.stream().filter(type).toList();
        return of.stream().filter(EvalCommand.Result::correct).count() / (double) of.size();
    }
}
