package com.reportqa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code ask-requires-login=true}: the chat and the API need an account; the login page does not. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reportqa.corpus.dir=corpus",
    "reportqa.search.data-dir=target/it-data/login",
    "reportqa.security.ask-requires-login=true",
    "server.address=127.0.0.1"})
class AskRequiresLoginIT {

    static final String PASSWORD = "a reader's long password";

    @DynamicPropertySource
    static void reader(DynamicPropertyRegistry registry) {
        registry.add("reportqa.security.readers[0].username", () -> "reader");
        registry.add("reportqa.security.readers[0].password-hash",
                () -> PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void should_ask_only_with_an_account() throws Exception {
        String body = "{\"question\":\"雁峰区行政复议审结多少件？\"}";
        HttpResponse<String> anonymous = send(ask(body));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("需要登录");
        assertThat(send(request("/api/reports")).statusCode()).isEqualTo(401);
        assertThat(send(ask(body).header("Authorization", SecurityIT.basic("reader", "wrong"))).statusCode())
                .isEqualTo(401);
        HttpResponse<String> answered = send(ask(body).header("Authorization", SecurityIT.basic("reader", PASSWORD)));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("57件");
        // a reader is not an editor
        assertThat(send(request("/api/reports/reindex").POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", SecurityIT.basic("reader", PASSWORD))).statusCode()).isEqualTo(403);
    }

    @Test
    void should_send_the_browser_to_the_login_page() throws Exception {
        HttpResponse<String> chat = send(request("/"));
        assertThat(chat.statusCode()).isEqualTo(302);
        assertThat(chat.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/login"));
        assertThat(send(request("/login")).statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = send(login("reader", "wrong"));
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/login?error"));
        HttpResponse<String> right = send(login("reader", PASSWORD));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/"));
    }

    HttpRequest.Builder login(String user, String password) {
        String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        return request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    HttpRequest.Builder ask(String body) {
        return request("/api/ask").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
