package com.reportqa.cli;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFailures;
import com.reportqa.answer.InvalidQuestionException;
import com.reportqa.answer.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ask} and {@code ask --batch}: one answer per question, in order. A line that cannot be answered (bad
 * JSON, no question, an invalid question, a failure while answering) becomes one line with {@code mode: "error"}
 * and the Chinese reason, and the batch goes on: a single bad line must not lose the answers after it.
 */
final class BatchAsk {

    /** Exit codes above 125 mean "killed by a signal" or "could not run" to shells. */
    static final int MAX_EXIT_CODE = 125;
    private static final String LINE_FORMAT = "请写成 {\"id\": \"…\", \"question\": \"…\"}。";

    private final Function<String, Answer> ask;
    private final AnswerFailures failures;
    private final JsonMapper json;

    /** What a batch produced: every line's answer, in order, and how many of them are errors. */
    record Result(List<Answer> answers, int failed) {

        Result {
            answers = List.copyOf(answers);
        }

        /** The number of error lines, capped, so that 0 still means every line was answered. */
        int exitCode() {
            return Math.min(failed, MAX_EXIT_CODE);
        }
    }

    BatchAsk(Function<String, Answer> ask, AnswerFailures failures, JsonMapper json) {
        this.ask = ask;
        this.failures = failures;
        this.json = json;
    }

    /**
     * @param lines the JSON Lines of the batch file; blank lines are skipped
     * @param print called with each answer as soon as it is made, so a long batch shows progress
     */
    Result run(List<String> lines, Consumer<Answer> print) {
        List<Answer> answers = new ArrayList<>();
        int failed = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Answer answer = line(line);
            failed += answer.mode() == Mode.ERROR ? 1 : 0;
            answers.add(answer);
            print.accept(answer);
        }
        return new Result(answers, failed);
    }

    /** One question's answer, or its error line; never throws. */
    Answer answer(String question, String id) {
        try {
            return ask.apply(question).withId(id);
        } catch (InvalidQuestionException e) {
            return error(id, question, e.getMessage());
        } catch (RuntimeException e) {
            failures.record(question, e);
            return error(id, question, "回答这个问题时出现内部错误，已跳过；请换个说法再问。");
        }
    }

    private Answer line(String line) {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (RuntimeException e) {
            return error(null, null, "这一行不是有效的 JSON，" + LINE_FORMAT);
        }
        String id = scalar(node, "id");
        String question = scalar(node, "question");
        if (question == null) {
            return error(id, null, "这一行没有 question 字段，" + LINE_FORMAT);
        }
        return answer(question, id);
    }

    /** A field's value as text when it is a string or number; objects, arrays and null count as missing. */
    private static String scalar(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    private static Answer error(String id, String question, String message) {
        return new Answer(id, question, message, Mode.ERROR, List.of(), List.of(), null, null, null);
    }
}
