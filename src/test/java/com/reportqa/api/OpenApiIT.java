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

/** The OpenAPI description and Swagger UI are served next to Vaadin, which maps every other path. */
@AppTest
class OpenApiIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void should_describe_the_api_with_chinese_summaries() throws Exception {
        var response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = JsonMapper.builder().build().readTree(response.body());
        assertThat(doc.get("info").get("title").asString()).isEqualTo("法治报告问答 API");
        JsonNode paths = doc.get("paths");
        assertThat(paths.has("/api/ask")).isTrue();
        assertThat(paths.has("/api/ask/stream")).isTrue();
        assertThat(paths.has("/api/reports")).isTrue();
        assertThat(paths.get("/api/ask").get("post").get("summary").asString()).contains("提问");
        assertThat(paths.get("/api/ask/stream").get("post").get("summary").asString()).contains("流式");
        assertThat(paths.get("/api/ask/stream").get("post").get("responses").get("200").get("content")
                .has("text/event-stream")).isTrue();
        paths.propertyNames().forEach(p -> assertThat(p).startsWith("/api/"));
    }

    @Test
    void should_serve_swagger_ui() throws Exception {
        var page = get("/swagger-ui.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(get("/v3/api-docs/swagger-config").body()).contains("/v3/api-docs");
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
