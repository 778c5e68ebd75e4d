package com.reportqa.export;

import static com.reportqa.export.ExportFixtures.CONVERSATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportqa.answer.Answer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonExportTest {

    final JsonMapper json = JsonMapper.builder().build();
    final ExportService service = ExportFixtures.service();
    final Export export = service.export(CONVERSATION, ExportFormat.JSON);

    @Test
    void should_wrap_the_answer_contract_in_conversation_metadata() {
        JsonNode root = json.readTree(export.bytes());
        assertThat(root.get("conversationId").asString()).isEqualTo("conv-1");
        assertThat(root.get("exportedAt").asString()).isEqualTo("2026-11-23T01:00:00+08:00");
        assertThat(root.get("count").asInt()).isEqualTo(4);
        JsonNode citation = root.get("answers").get(0).get("citations").get(0);
        assertThat(citation.get("reportTitle").asString()).isEqualTo("衡阳市雁峰区2024年度法治政府建设情况报告");
        assertThat(root.get("answers").get(0).get("mode").asString()).isEqualTo("numeric");
        assertThat(export.contentType()).isEqualTo("application/json");
    }

    @Test
    void should_round_trip_through_the_answer_record() {
        List<Answer> back = new ArrayList<>();
        json.readTree(export.bytes()).get("answers").forEach(a -> back.add(json.treeToValue(a, Answer.class)));
        assertThat(back).isEqualTo(CONVERSATION);
        assertThat(service.readAnswers(new String(export.bytes(), StandardCharsets.UTF_8))).isEqualTo(CONVERSATION);
    }

    @Test
    void should_leave_the_conversation_out_when_answers_come_from_several() {
        Answer other = ExportFixtures.NONE.withConversation("conv-2");
        JsonNode root = json.readTree(service.export(List.of(ExportFixtures.NUMERIC, other), ExportFormat.JSON).bytes());
        assertThat(root.get("conversationId").isNull()).isTrue();
        assertThat(root.get("count").asInt()).isEqualTo(2);
    }

    @Test
    void should_read_a_bare_array_and_answers_without_citations() {
        List<Answer> answers = service.readAnswers("[{\"question\":\"健龙镇受理多少件？\",\"answer\":\"224件[1]\"}]");
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.question()).isEqualTo("健龙镇受理多少件？");
            assertThat(a.citations()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"question\":\"x\"}", "[1]", "[{\"answer\":\"没有问题\"}]",
        "{\"answers\":[{\"question\":\"x\",\"citations\":[{\"n\":\"一\"}]}]}"})
    void should_refuse_what_is_not_a_list_of_answers_in_chinese(String body) {
        assertThatThrownBy(() -> service.readAnswers(body)).isInstanceOf(ExportException.class)
                .hasMessageMatching(".*(回答|question).*");
    }

    @Test
    void should_refuse_an_empty_export_in_chinese() {
        assertThatThrownBy(() -> service.export(List.of(), ExportFormat.JSON)).isInstanceOf(ExportException.class)
                .hasMessageContaining("没有可导出的回答");
    }
}
