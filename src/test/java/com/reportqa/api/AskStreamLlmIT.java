package com.reportqa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.FakeModelServer;
import com.reportqa.FakeModelServer.Status;
import com.reportqa.FakeModelServer.Text;
import com.reportqa.LlmAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/ask/stream} with the fake model: the model's tokens arrive as separate events. */
@LlmAppTest
class AskStreamLlmIT {

    static final String QUESTION = "{\"question\":\"江口镇请的是哪家律所做政府法律顾问？\"}";

    @LocalServerPort
    int port;
    @Autowired
    FakeModelServer model;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_stream_the_models_tokens_then_the_final_answer() throws Exception {
        String text = "江口镇聘请龙脊律师事务所律师作为政府法律顾问，\n为重大行政决策提供法律意见";
        model.reply(r -> new Text(text + r.marker("龙脊律师事务所") + "。", 3));

        var stream = SseEvents.post(port, QUESTION);

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.named("token").size()).isGreaterThan(5);
        assertThat(stream.events().getLast().name()).isEqualTo("answer");
        String tokens = String.join("", stream.named("token").stream()
                .map(e -> json.readTree(e.data()).get("text").asString()).toList());
        assertThat(tokens).as("line breaks survive the event format").startsWith(text);
        JsonNode answer = json.readTree(stream.named("answer").getFirst().data());
        assertThat(answer.get("mode").asString()).isEqualTo("llm");
        assertThat(answer.get("grounded").asBoolean()).isTrue();
        assertThat(answer.get("answer").asString()).isEqualTo(text + "[1]。");
        assertThat(answer.get("citations").get(0).get("text").asString()).contains("龙脊律师事务所");
    }

    @Test
    void should_stream_the_extractive_answer_with_the_notice_when_the_model_fails() throws Exception {
        model.reply(new Status(503, "{}"));

        var stream = SseEvents.post(port, QUESTION);

        JsonNode answer = json.readTree(stream.named("answer").getFirst().data());
        assertThat(answer.get("mode").asString()).isEqualTo("extractive");
        assertThat(answer.get("notice").asString()).isEqualTo("大模型暂时不可用，以下为报告原文摘录。");
        assertThat(stream.named("error")).isEmpty();
    }
}
