package com.reportqa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API through the real server on a random port. */
@AppTest
class ApiIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_answer_with_the_contract_and_a_cited_figure() throws Exception {
        var response = post("/api/ask", "{\"question\":\"雁峰区行政复议审结多少件？\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("mode").asString()).isEqualTo("numeric");
        assertThat(answer.get("answer").asString()).contains("57件").contains("[1]");
        JsonNode figure = answer.get("figures").get(0);
        assertThat(figure.get("value").asInt()).isEqualTo(57);
        assertThat(figure.get("unit").asString()).isEqualTo("件");
        assertThat(figure.get("citation").asInt()).isEqualTo(1);
        JsonNode citation = answer.get("citations").get(0);
        for (String field : new String[] {"n", "file", "reportTitle", "place", "year", "paragraphId", "section", "text"}) {
            assertThat(citation.has(field)).as(field).isTrue();
        }
        assertThat(citation.get("text").asString()).contains("审结行政复议57件");
        assertThat(answer.get("conversationId").asString()).isNotBlank();
    }

    @Test
    void should_keep_a_conversation_for_follow_ups() throws Exception {
        JsonNode first = json.readTree(post("/api/ask", "{\"question\":\"健龙镇受理了多少件矛盾纠纷？\"}").body());
        String id = first.get("conversationId").asString();
        JsonNode second = json.readTree(post("/api/ask",
                "{\"question\":\"那黄溪镇呢？\",\"conversationId\":\"" + id + "\"}").body());
        assertThat(second.get("answer").asString()).contains("黄溪镇");
        assertThat(second.get("conversationId").asString()).isEqualTo(id);
    }

    @Test
    void should_refuse_bad_questions_with_a_chinese_message() throws Exception {
        var empty = post("/api/ask", "{\"question\":\"  \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).get("message").asString()).contains("不能为空");
        var tooLong = post("/api/ask", "{\"question\":\"" + "问".repeat(2001) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        var garbage = post("/api/ask", "not json");
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.body()).doesNotContain("Exception").doesNotContain("at com.");
    }

    @Test
    void should_list_reports_paragraphs_and_figures() throws Exception {
        JsonNode reports = json.readTree(get("/api/reports").body());
        assertThat(reports.size()).isEqualTo(5);
        String id = reports.get(0).get("id").asString();
        JsonNode report = json.readTree(get("/api/reports/" + id).body());
        assertThat(report.get("paragraphs").size()).isGreaterThan(10);
        assertThat(get("/api/reports/nope").statusCode()).isEqualTo(404);
        JsonNode figures = json.readTree(get("/api/figures?place=%E9%BB%84%E6%BA%AA&year=2024").body());
        assertThat(figures.size()).isGreaterThan(10);
        figures.forEach(f -> assertThat(f.get("place").asString()).contains("黄溪镇"));
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
