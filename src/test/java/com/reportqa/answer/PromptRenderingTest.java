package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import com.reportqa.llm.LlmSettings;
import com.reportqa.llm.Prompts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every prompt file, rendered with real passages of the shipped reports, has every placeholder filled. */
class PromptRenderingTest {

    static final List<Report> REPORTS = new ReportIngester(20_971_520)
            .ingestFolder(Path.of("src/test/resources/corpus")).reports();
    static final Prompts PROMPTS = new Prompts(new LlmSettings("openai", null, null, null, 30, 800, "prompts"));

    /** The values LlmAnswerer gives each prompt. */
    static final Map<String, List<String>> KEYS = Map.of(
            "system.md", List.of(),
            "answer.md", List.of("passages", "question"),
            "rewrite.md", List.of("history", "question"));

    static Stream<Path> promptFiles() throws IOException {
        return Files.list(Path.of("prompts")).filter(p -> p.toString().endsWith(".md")).sorted();
    }

    @ParameterizedTest
    @MethodSource("promptFiles")
    void should_fill_every_placeholder_with_real_passages(Path file) {
        String name = file.getFileName().toString();
        assertThat(KEYS).as("a prompt file LlmAnswerer does not know: " + name).containsKey(name);
        Report report = REPORTS.get(0);
        List<Passages.Passage> passages = report.paragraphs().stream()
                .filter(p -> p.kind() != ParagraphKind.TITLE && p.kind() != ParagraphKind.HEADING).limit(6)
                .map(p -> new Passages.Passage(report, p)).toList();
        Map<String, String> values = Map.of("passages", Passages.format(passages),
                "question", "健龙镇法治政府建设领导小组的组长是谁？", "history", "问：健龙镇受理了多少件矛盾纠纷？");

        String rendered = PROMPTS.render(name,
                Map.copyOf(values.entrySet().stream().filter(e -> KEYS.get(name).contains(e.getKey()))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));

        assertThat(rendered).doesNotContain("{{").doesNotContain("}}");
        for (String key : KEYS.get(name)) {
            assertThat(rendered).contains(values.get(key));
        }
        if (name.equals("answer.md")) {
            assertThat(passages).hasSize(6);
            assertThat(rendered).contains("[1]（" + report.place().display() + report.year() + "年度报告")
                    .contains("[6]（").contains(passages.get(5).paragraph().text());
        }
    }
}
