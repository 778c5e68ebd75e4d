package com.reportqa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import com.reportqa.answer.AnswerFailures;
import com.reportqa.ingest.Corpus;
import com.reportqa.question.HostileQuestions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated questions through the real server: {@code POST /api/ask} and the event stream answer 200 or
 * refuse with 400 and a Chinese message, never 500, and no failure reaches the error handler.
 */
@AppTest
class AskHostileIT {

    private static final int QUESTIONS = 500;
    /** The stream costs a thread and a connection each; a tenth of the questions exercise it. */
    private static final int STREAMED = 50;

    @LocalServerPort
    int port;
    @Autowired
    Corpus corpus;
    @Autowired
    AnswerFailures failures;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_refuse_a_question_of_only_nul_as_empty() throws Exception {
        var response = post("/api/ask", "{\"question\":\"\\u0000\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("message").asString()).isEqualTo("问题不能为空，请输入要查询的内容。");
        var stream = post("/api/ask/stream", "{\"question\":\"\\u0000\\u200b\\u202e\\u3000\"}");
        assertThat(stream.statusCode()).isEqualTo(400);
        assertThat(json.readTree(stream.body()).get("message").asString()).isEqualTo("问题不能为空，请输入要查询的内容。");
    }

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            POST | text/plain       | 健龙镇受理了多少件？        | 415
            GET  | application/json |                             | 405
            POST | application/json | {"question": 12345}         | 200
            POST | application/json | {"question": ["a", "b"]}    | 400
            POST | application/json | {"question": "\u0000"      | 400
            """)
    void should_answer_a_malformed_request_with_4xx_not_500(String method, String type, String body, int status)
            throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                .header("Content-Type", type)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void should_answer_or_refuse_every_generated_question_and_never_fail() throws Exception {
        long seed = HostileQuestions.seed();
        List<String> questions = new HostileQuestions(seed, HostileQuestions.placeNames(corpus.reports()))
                .take(QUESTIONS);
        long failuresBefore = failures.count();
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Map<String, String> body = new LinkedHashMap<>();
            body.put("question", questions.get(i));
            String path = i < STREAMED ? "/api/ask/stream" : "/api/ask";
            var response = post(path, json.writeValueAsString(body));
            String where = "seed " + seed + ", " + path + " " + HostileQuestions.show(questions.get(i)) + " → "
                    + response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length()));
            if (response.statusCode() == 400) {
                JsonNode error = json.readTree(response.body());
                if (!error.get("message").asString().matches("问题(不能为空|过长).*")) {
                    broken.add(where);
                }
            } else if (response.statusCode() != 200 || response.body().contains("\"status\":500")) {
                broken.add(where); // a stream reports a late failure as an error event with status 500
            }
        }
        assertThat(broken).as("seed " + seed).isEmpty();
        assertThat(failures.count()).as("failures that reached the top of a request").isEqualTo(failuresBefore);
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
