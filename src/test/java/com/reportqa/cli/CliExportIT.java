package com.reportqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import com.reportqa.answer.Answer;
import com.reportqa.answer.Mode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** {@code ask … --export FILE} run as the command line runs it, inside the shared test context. */
@AppTest
class CliExportIT {

    @Autowired
    ApplicationContext context;
    @Autowired
    JsonMapper json;
    @TempDir
    Path dir;

    @Test
    void should_write_one_answer_as_docx_and_say_where_on_stderr() throws Exception {
        Path file = dir.resolve("新目录/健龙镇.docx"); // a missing directory is created
        CliRun run = run("ask", "健龙镇受理了多少件矛盾纠纷？", "--export", file.toString());
        assertThat(run.exitCode()).isZero();
        // logs share stderr: the export's own message is one line of its own
        assertThat(run.stderr().lines().filter(l -> l.startsWith("已将")))
                .containsExactly("已将 1 个回答导出到 " + file.toAbsolutePath());
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText()).contains("健龙镇受理了多少件矛盾纠纷？").contains("224件").contains("[1]")
                    .contains("参考文献");
        }
    }

    @Test
    void should_export_every_answer_of_a_batch_as_csv() throws Exception {
        Path batch = dir.resolve("q.jsonl");
        Files.writeString(batch, "{\"id\":\"a\",\"question\":\"健龙镇受理了多少件矛盾纠纷？\"}\n"
                + "{\"id\":\"b\",\"question\":\"雁峰区行政复议审结多少件？\"}\n", StandardCharsets.UTF_8);
        Path csv = dir.resolve("out.csv");
        CliRun run = run("ask", "--batch", batch.toString(), "--export", csv.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).contains("已将 2 个回答导出到 ");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains("健龙镇受理了多少件矛盾纠纷？").contains("雁峰区行政复议审结多少件？")
                .contains("审结行政复议57件");
    }

    @Test
    void should_write_markdown_with_markers_quotes_and_references() throws Exception {
        Path file = dir.resolve("回答.md");
        assertThat(run("ask", "雁峰区行政复议审结多少件？", "--export", file.toString()).exitCode()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("雁峰区行政复议审结多少件？")
                .contains("57件").contains("[1]").contains("审结行政复议57件").contains("[EB/OL]");
    }

    @Test
    void should_write_json_that_reads_back_into_the_answer_contract() throws Exception {
        Path file = dir.resolve("回答.json");
        assertThat(run("ask", "雁峰区行政复议审结多少件？", "--export", file.toString()).exitCode()).isZero();
        var tree = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(tree.get("count").asInt()).isEqualTo(1);
        var answer = json.treeToValue(tree.get("answers").get(0), Answer.class);
        assertThat(answer.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(answer.answer()).contains("57件");
        assertThat(answer.citations()).singleElement().satisfies(c -> assertThat(c.text()).contains("审结行政复议57件"));
    }

    @Test
    void should_refuse_an_unknown_extension_before_answering() {
        Path file = dir.resolve("回答.xlsx");
        CliRun run = run("ask", "健龙镇受理了多少件矛盾纠纷？", "--export", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("不支持的文件扩展名").contains(".docx");
        assertThat(run.stdout()).isEmpty();
        assertThat(file).doesNotExist();
    }

    private CliRun run(String... args) {
        return CliRun.of(context, args);
    }
}
