package com.reportqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFailures;
import com.reportqa.answer.InvalidQuestionException;
import com.reportqa.answer.Mode;
import com.reportqa.question.HostileQuestions;
import com.reportqa.question.QuestionText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** A batch never loses the lines after a bad one: every line gets its answer or its error line, in order. */
class BatchAskTest {

    /** Questions starting with this make the fake answering fail the way a bug would. */
    private static final String BOOM = "!boom";

    final JsonMapper json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    final AnswerFailures failures = new AnswerFailures();

    /** Answers like AnswerService on the outside: refuses empty questions, and fails on {@link #BOOM}. */
    final Function<String, Answer> answering = question -> {
        String text = QuestionText.clean(question);
        if (text.isEmpty()) {
            throw new InvalidQuestionException("问题不能为空，请输入要查询的内容。");
        }
        if (text.startsWith(BOOM)) {
            throw new IllegalStateException("Query text cannot be null or blank: " + text);
        }
        return new Answer(null, text, "答", Mode.NO_ANSWER, List.of(), List.of(), null, null, "c");
    };

    @Test
    void should_write_300_lines_for_300_questions_with_nul_only_and_failing_ones() {
        List<String> questions = new HostileQuestions(7, List.of("健龙镇", "雁峰区", "江口镇")).take(300);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String q = i % 10 == 3 ? "\u0000".repeat(1 + i % 4) : i % 50 == 7 ? BOOM + questions.get(i)
                    : questions.get(i);
            Map<String, String> line = new LinkedHashMap<>();
            line.put("id", "q" + i);
            line.put("question", q);
            lines.add(json.writeValueAsString(line));
        }
        List<Answer> printed = new ArrayList<>();

        BatchAsk.Result result = new BatchAsk(answering, failures, json).run(lines, printed::add);

        assertThat(printed).hasSize(300).isEqualTo(result.answers());
        assertThat(printed).extracting(Answer::id).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 300).mapToObj(i -> "q" + i).toList());
        long errors = printed.stream().filter(a -> a.mode() == Mode.ERROR).count();
        assertThat(errors).isGreaterThanOrEqualTo(30 + 6);
        assertThat(result.failed()).isEqualTo((int) errors);
        assertThat(result.exitCode()).isEqualTo((int) errors);
        assertThat(failures.count()).as("only the failures are logged as such, not the empty questions").isEqualTo(6);
        assertThat(printed.get(3).answer()).isEqualTo("问题不能为空，请输入要查询的内容。");
        assertThat(printed.get(7).answer()).contains("内部错误").doesNotContain("Query text");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            not json                                   |    | 不是有效的 JSON
            {"id":"a"}                                 | a  | 没有 question 字段
            {"id":"b","question":{"text":"健龙镇"}}   | b  | 没有 question 字段
            {"id":"c","question":null}                 | c  | 没有 question 字段
            [1,2,3]                                    |    | 没有 question 字段
            {"id":"d","question":"\\u0000\\u200b"}     | d  | 问题不能为空
            {"id":"e","question":"!boom 健龙镇"}       | e  | 内部错误
            {"id":7,"question":"!boom"}                | 7  | 内部错误
            """)
    void should_say_in_chinese_why_a_line_is_an_error(String line, String id, String reason) {
        BatchAsk.Result result = new BatchAsk(answering, failures, json).run(List.of(line, "", "{\"question\":\"好\"}"),
                a -> { });

        assertThat(result.answers()).hasSize(2);
        Answer error = result.answers().get(0);
        assertThat(error.mode()).isEqualTo(Mode.ERROR);
        assertThat(error.id()).isEqualTo(id);
        assertThat(error.answer()).contains(reason);
        assertThat(result.answers().get(1).mode()).as("the batch goes on").isEqualTo(Mode.NO_ANSWER);
        assertThat(result.failed()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} failed → exit code {1}")
    @CsvSource({"0, 0", "1, 1", "124, 124", "125, 125", "126, 125", "300, 125"})
    void should_count_failed_lines_in_the_exit_code_up_to_125(int failed, int exitCode) {
        assertThat(new BatchAsk.Result(List.of(), failed).exitCode()).isEqualTo(exitCode);
    }
}
