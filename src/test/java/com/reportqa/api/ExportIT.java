package com.reportqa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import com.reportqa.answer.Answer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export through the real server: a three-question conversation asked over {@code /api/ask}, downloaded in
 * every format and read back. The files are kept under target/export-it for {@code scripts/render-export.sh}.
 */
@AppTest
class ExportIT {

    static final List<String> QUESTIONS = List.of("健龙镇受理了多少件矛盾纠纷？", "那黄溪镇呢？",
            "这几份报告里，哪个地方化解矛盾纠纷的数量最多？按多少排一下。");
    static final Path OUT = Path.of("target/export-it");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    final List<Answer> asked = new ArrayList<>();
    String conversationId;

    @BeforeEach
    void ask_three_questions_in_one_conversation() throws Exception {
        for (String q : QUESTIONS) {
            String body = json.writeValueAsString(java.util.Map.of("question", q, "conversationId",
                    conversationId == null ? "" : conversationId));
            Answer a = json.readValue(send("POST", "/api/ask", body).body(), Answer.class);
            conversationId = a.conversationId();
            asked.add(a);
        }
        assertThat(asked).extracting(Answer::conversationId).containsOnly(conversationId);
        assertThat(asked).allSatisfy(a -> assertThat(a.citations()).isNotEmpty());
        Files.createDirectories(OUT);
    }

    @Test
    void should_download_the_conversation_as_docx() throws Exception {
        HttpResponse<byte[]> docx = export("docx");
        assertThat(docx.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Files.write(OUT.resolve("conversation.docx"), docx.body());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            for (Answer a : asked) {
                assertThat(text).contains(a.question());
                a.citations().forEach(c -> assertThat(text).contains(c.text()));
            }
            assertThat(text).contains("[1]").contains("引用原文").contains("参考文献").contains("[EB/OL]");
            long reports = asked.stream().flatMap(a -> a.citations().stream()).map(c -> c.reportId()).distinct().count();
            assertThat(text.lines().filter(l -> l.contains("[EB/OL]"))).hasSize((int) reports);
        }
    }

    @Test
    void should_download_markdown_csv_and_json_that_read_back() throws Exception {
        String md = new String(export("md").body(), StandardCharsets.UTF_8);
        assertThat(md).contains("## 问题 3：" + QUESTIONS.get(2)).contains(asked.get(0).answer()).contains("## 参考文献");
        Files.writeString(OUT.resolve("conversation.md"), md);

        byte[] csvBytes = export("csv").body();
        Files.write(OUT.resolve("conversation.csv"), csvBytes);
        assertThat(new String(csvBytes, StandardCharsets.UTF_8)).startsWith("\uFEFF\"问题\",\"回答\",\"引用编号\"");
        long rows = new String(csvBytes, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("\"" + QUESTIONS.get(1)))
                .count();
        assertThat(rows).isEqualTo(asked.get(1).citations().size());

        JsonNode root = json.readTree(export("json").body());
        assertThat(root.get("conversationId").asString()).isEqualTo(conversationId);
        assertThat(root.get("count").asInt()).isEqualTo(3);
        List<Answer> back = new ArrayList<>();
        root.get("answers").forEach(a -> back.add(json.treeToValue(a, Answer.class)));
        assertThat(back).isEqualTo(asked);
    }

    @Test
    void should_turn_posted_answers_into_a_chinese_named_attachment() throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("answers", asked));
        HttpResponse<byte[]> csv = sendBytes("POST", "/api/export?format=csv", body);
        assertThat(csv.statusCode()).isEqualTo(200);
        String disposition = csv.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment; filename=\"report-qa-export-")
                .contains("filename*=UTF-8''" + URLEncoder.encode("法治报告问答-引用导出-", StandardCharsets.UTF_8))
                .endsWith(".csv");
        HttpResponse<byte[]> md = sendBytes("POST", "/api/export?format=markdown", json.writeValueAsString(asked));
        assertThat(new String(md.body(), StandardCharsets.UTF_8)).contains(asked.get(2).answer());
    }

    @Test
    void should_refuse_unknown_conversations_and_formats_in_chinese() throws Exception {
        var unknown = send("GET", "/api/export?conversationId=nope&format=docx", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("message").asString()).contains("没有找到这个会话");
        var badFormat = send("GET", "/api/export?conversationId=" + conversationId + "&format=xlsx", null);
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badFormat.body()).get("message").asString()).contains("不支持的导出格式");
        assertThat(send("GET", "/api/export?conversationId=" + conversationId, null).statusCode()).isEqualTo(400);
        var badBody = send("POST", "/api/export?format=docx", "{\"answers\": 3}");
        assertThat(badBody.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badBody.body()).get("message").asString()).contains("回答");
    }

    HttpResponse<byte[]> export(String format) throws Exception {
        HttpResponse<byte[]> response = sendBytes("GET", "/api/export?conversationId=" + conversationId + "&format="
                + format, null);
        assertThat(response.statusCode()).as(format).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("filename*=UTF-8''").endsWith("." + format));
        return response;
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> sendBytes(String method, String path, String body) throws Exception {
        return http.send(request(method, path, body), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpRequest request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }
}
