package com.reportqa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.HostileFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corpus editing over REST with an editor and a reader account, on a corpus folder that already holds every
 * hostile file next to the five good reports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reportqa.search.data-dir=target/it-data/editing/data",
    "spring.servlet.multipart.max-file-size=256KB",
    "spring.servlet.multipart.max-request-size=300KB",
    "server.address=127.0.0.1"})
class CorpusEditingIT {

    static final Path ROOT = Path.of("target/it-data/editing");
    static final Path CORPUS = ROOT.resolve("corpus");
    static final String PASSWORD = "correct horse battery staple";

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) throws IOException {
        prepareCorpus();
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        registry.add("reportqa.corpus.dir", CORPUS::toString);
        registry.add("reportqa.security.editors[0].username", () -> "editor");
        registry.add("reportqa.security.editors[0].password-hash", () -> encoder.encode(PASSWORD));
        registry.add("reportqa.security.readers[0].username", () -> "reader");
        registry.add("reportqa.security.readers[0].password-hash", () -> encoder.encode(PASSWORD));
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_skip_the_hostile_files_at_start_and_still_answer_from_the_good_reports() throws Exception {
        JsonNode answer = ask("雁峰区行政复议审结多少件？");
        assertThat(answer.get("answer").asString()).contains("57件");
        List<String> places = json.readTree(get("/api/reports").body()).valueStream()
                .map(r -> r.get("place").asString()).toList();
        assertThat(places).hasSize(5 + HostileFiles.INGESTED_PLACES.length + HostileFiles.READABLE_WITHOUT_METADATA)
                .anyMatch(p -> p.contains("雁峰区")).noneMatch(p -> p.contains("外部镇"));
    }

    @Test
    void should_require_an_editor_to_change_the_corpus() throws Exception {
        byte[] report = HostileFiles.report("权限镇").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> anonymous = upload("r.txt", report, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(message(anonymous)).contains("需要登录");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(upload("r.txt", report, basic("editor", "wrong password")).statusCode()).isEqualTo(401);
        HttpResponse<String> reader = upload("r.txt", report, basic("reader", PASSWORD));
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(message(reader)).contains("编辑");
        assertThat(send(request("/api/reports/reindex").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isEqualTo(401);
        assertThat(send(request("/api/reports/abc").DELETE()).statusCode()).isEqualTo(401);
        assertThat(files()).doesNotContain("r.txt");
    }

    @Test
    void should_upload_answer_from_and_delete_a_report_under_a_cleaned_name() throws Exception {
        byte[] report = HostileFiles.report("上传镇").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = upload("../../etc/passwd.txt", report, basic("editor", PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode edit = json.readTree(created.body());
        assertThat(edit.get("file").asString()).isEqualTo("passwd.txt");
        assertThat(edit.get("message").asString()).contains("已添加").contains("上传镇");
        assertThat(CORPUS.resolve("passwd.txt")).exists();
        assertThat(ask("上传镇全年受理了多少件矛盾纠纷？").get("answer").asString()).contains("120件");

        HttpResponse<String> again = upload("another-name.txt", report, basic("editor", PASSWORD));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(message(again)).contains("内容相同");

        String id = edit.get("report").get("id").asString();
        HttpResponse<String> deleted = send(request("/api/reports/" + id).DELETE()
                .header("Authorization", basic("editor", PASSWORD)));
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(CORPUS.resolve("passwd.txt")).doesNotExist();
        assertThat(get("/api/reports/" + id).statusCode()).isEqualTo(404);
        assertThat(send(request("/api/reports/" + id).DELETE().header("Authorization", basic("editor", PASSWORD)))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void should_refuse_every_hostile_upload_with_a_chinese_message_and_change_nothing() throws Exception {
        List<String> before = files();
        for (Map.Entry<String, byte[]> hostile : HostileFiles.contents().entrySet()) {
            if (!HostileFiles.expectedReasons().containsKey(hostile.getKey())) {
                continue;
            }
            HttpResponse<String> response = upload("../" + hostile.getKey(), hostile.getValue(),
                    basic("editor", PASSWORD));
            assertThat(response.statusCode()).as(hostile.getKey()).isIn(400, 413);
            assertThat(message(response)).as(hostile.getKey()).containsPattern("\\p{IsHan}")
                    .doesNotContain("Exception");
        }
        assertThat(files()).isEqualTo(before);
        assertThat(ROOT.resolve("empty.txt")).doesNotExist();
    }

    @Test
    void should_let_an_editor_set_the_metadata_a_report_lacks() throws Exception {
        JsonNode english = json.readTree(get("/api/reports").body()).valueStream()
                .filter(r -> r.get("file").asString().equals("english.txt")).findFirst().orElseThrow();
        assertThat(english.get("place").asString()).isEqualTo("待补充");
        String path = "/api/reports/" + english.get("id").asString() + "/metadata";
        String body = "{\"place\":\"渠县拱市乡\",\"year\":\"2024\",\"title\":\"An English page\"}";
        HttpRequest.BodyPublisher json = HttpRequest.BodyPublishers.ofString(body);

        assertThat(send(request(path).PUT(json).header("Content-Type", "application/json")
                .header("Authorization", basic("reader", PASSWORD))).statusCode()).isEqualTo(403);
        assertThat(send(request(path).PUT(HttpRequest.BodyPublishers.ofString("{\"year\":\"去年\"}"))
                .header("Content-Type", "application/json").header("Authorization", basic("editor", PASSWORD)))
                .statusCode()).isEqualTo(400);
        HttpResponse<String> set = send(request(path).PUT(json).header("Content-Type", "application/json")
                .header("Authorization", basic("editor", PASSWORD)));

        assertThat(set.statusCode()).isEqualTo(200);
        JsonNode report = this.json.readTree(set.body()).get("report");
        assertThat(report.get("place").asString()).isEqualTo("四川省达州市渠县拱市乡");
        assertThat(report.get("year").asInt()).isEqualTo(2024);
        assertThat(report.get("pending").valueStream().toList()).isEmpty();
        assertThat(CORPUS.resolve("english.txt.properties")).content().contains("year=2024");
    }

    @Test
    void should_reindex_the_folder_for_an_editor() throws Exception {
        HttpResponse<String> response = send(request("/api/reports/reindex").POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", basic("editor", PASSWORD)));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("reports").asInt())
                .isEqualTo(5 + HostileFiles.INGESTED_PLACES.length + HostileFiles.READABLE_WITHOUT_METADATA);
        assertThat(body.get("skipped").valueStream().map(s -> s.get("file").asString()))
                .contains("bomb.docx", "link.txt", "folder.txt");
    }

    static void prepareCorpus() throws IOException {
        if (Files.exists(ROOT)) {
            try (Stream<Path> all = Files.walk(ROOT)) {
                for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        HostileFiles.writeAll(CORPUS, ROOT.resolve("outside.txt"));
        for (var good : HostileFiles.goodReports().entrySet()) {
            Files.write(CORPUS.resolve(good.getKey()), good.getValue());
        }
    }

    JsonNode ask(String question) throws Exception {
        return json.readTree(send(request("/api/ask").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("question", question)),
                        StandardCharsets.UTF_8))).body());
    }

    HttpResponse<String> upload(String fileName, byte[] content, String authorization) throws Exception {
        String boundary = "----reportqa" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request("/api/reports")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    String message(HttpResponse<String> response) {
        return json.readTree(response.body()).get("message").asString();
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<String> files() {
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
