package com.reportqa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/ask/stream} without a model: still a stream, ending in the answer event. */
@AppTest
class AskStreamIT {

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_stream_the_answer_event_without_a_model() throws Exception {
        var stream = SseEvents.post(port, "{\"question\":\"雁峰区行政复议审结多少件？\"}");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.contentType()).startsWith("text/event-stream");
        assertThat(stream.named("answer")).hasSize(1);
        assertThat(stream.events().getLast().name()).isEqualTo("answer");
        JsonNode answer = json.readTree(stream.named("answer").getFirst().data());
        assertThat(answer.get("mode").asString()).isEqualTo("numeric");
        assertThat(answer.get("answer").asString()).contains("57件");
        assertThat(answer.get("citations").get(0).get("text").asString()).contains("审结行政复议57件");
        String tokens = String.join("", stream.named("token").stream()
                .map(e -> json.readTree(e.data()).get("text").asString()).toList());
        assertThat(tokens).isEqualTo(answer.get("answer").asString());
    }

    @Test
    void should_keep_the_conversation_across_streamed_questions() throws Exception {
        var first = SseEvents.post(port, "{\"question\":\"健龙镇受理了多少件矛盾纠纷？\"}");
        String id = json.readTree(first.named("answer").getFirst().data()).get("conversationId").asString();

        var second = SseEvents.post(port, "{\"question\":\"那黄溪镇呢？\",\"conversationId\":\"" + id + "\"}");

        JsonNode answer = json.readTree(second.named("answer").getFirst().data());
        assertThat(answer.get("answer").asString()).contains("黄溪镇");
        assertThat(answer.get("conversationId").asString()).isEqualTo(id);
    }

    @Test
    void should_refuse_bad_questions_with_400_before_streaming() throws Exception {
        var empty = SseEvents.post(port, "{\"question\":\"\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).get("message").asString()).contains("不能为空");
        var tooLong = SseEvents.post(port, "{\"question\":\"" + "问".repeat(2001) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).get("message").asString()).contains("问题过长");
        var garbage = SseEvents.post(port, "not json");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body()).doesNotContain("Exception");
    }
}
