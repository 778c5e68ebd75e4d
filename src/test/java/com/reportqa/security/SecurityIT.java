package com.reportqa.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** The default configuration: asking open to all, no editor account, so no corpus editing over HTTP. */
@AppTest
class SecurityIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_refuse_every_corpus_edit_when_no_editor_is_configured() throws Exception {
        for (HttpRequest.Builder request : new HttpRequest.Builder[] {
                request("/api/reports").POST(HttpRequest.BodyPublishers.ofString("x")),
                request("/api/reports/reindex").POST(HttpRequest.BodyPublishers.noBody()),
                request("/api/reports/abc").DELETE(),
                request("/api/reports/reindex").POST(HttpRequest.BodyPublishers.noBody())
                        .header("Authorization", basic("editor", "guess-a-password"))}) {
            HttpResponse<String> response = send(request);
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json.readTree(response.body()).get("message").asString()).contains("未配置编辑账号");
        }
        assertThat(send(request("/api/reports")).statusCode()).isEqualTo(200);
    }

    @Test
    void should_answer_without_login_and_return_markup_as_json_text() throws Exception {
        String question = "<img src=x onerror=alert(1)>雁峰区行政复议审结多少件？";
        HttpResponse<String> response = send(request("/api/ask").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(java.util.Map.of("question", question)),
                        StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> v.startsWith("application/json"));
        // browsers never sniff the JSON into HTML
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(json.readTree(response.body()).get("question").asString()).isEqualTo(question);
    }

    @Test
    void should_serve_the_chat_and_the_login_page_without_login() throws Exception {
        HttpResponse<String> chat = send(request("/"));
        assertThat(chat.statusCode()).isEqualTo(200);
        assertThat(chat.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(send(request("/login")).statusCode()).isEqualTo(200);
    }

    @Test
    void should_keep_csrf_protection_outside_the_api() throws Exception {
        // the UI's form posts need Spring's CSRF token (Vaadin's own requests carry Vaadin's token); the
        // login form itself is exempted by Vaadin's configurer
        for (String path : new String[] {"/logout", "/anything"}) {
            HttpResponse<String> response = send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("a=b")));
            assertThat(response.statusCode()).as(path).isEqualTo(403);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
