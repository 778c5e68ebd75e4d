package com.reportqa.export;

import com.reportqa.answer.Answer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON: the answer contract, unchanged, inside the conversation's metadata. The same shape (or a bare array
 * of answers) is read back, so an export can be posted again to turn it into another format.
 */
final class JsonWriter {

    /** The exported file; {@code conversationId} is null when the answers come from several conversations. */
    record ExportedAnswers(String conversationId, String exportedAt, int count, List<Answer> answers) {
    }

    private final JsonMapper json;

    JsonWriter(JsonMapper json) {
        this.json = json;
    }

    byte[] write(ExportContent content) {
        String exportedAt = content.exportedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new ExportedAnswers(content.conversationId(),
                exportedAt, content.answers().size(), content.answers()));
    }

    List<Answer> read(String body) {
        try {
            JsonNode root = json.readTree(body == null ? "" : body);
            JsonNode array = root != null && root.isObject() ? root.get("answers") : root;
            if (array == null || !array.isArray()) {
                throw new ExportException("请求内容应为回答的 JSON 数组，或 {\"answers\": [...]}。");
            }
            List<Answer> answers = new ArrayList<>();
            for (JsonNode node : array) {
                if (!(node instanceof ObjectNode answer) || !answer.hasNonNull("question")) {
                    throw new ExportException("每个回答都需要 question 字段。");
                }
                // an answer without citations or figures is still an answer; the record needs the empty lists
                for (String list : List.of("citations", "figures")) {
                    if (!answer.hasNonNull(list)) {
                        answer.putArray(list);
                    }
                }
                answers.add(json.treeToValue(answer, Answer.class));
            }
            return answers;
        } catch (JacksonException e) {
            throw new ExportException("请求内容不是有效的回答 JSON（需要 question、answer、citations 等字段）。");
        }
    }
}
