package com.reportqa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {

    @TempDir
    Path dir;

    static Prompts in(Path dir) {
        return new Prompts(new LlmSettings("none", null, null, null, 30, 800, dir.toString()));
    }

    @Test
    void should_fall_back_to_the_packaged_prompts_when_the_directory_lacks_them() throws Exception {
        String packaged = in(dir.resolve("missing")).load("system.md");
        assertThat(packaged).isEqualTo(Files.readString(Path.of("prompts/system.md"), StandardCharsets.UTF_8));
    }

    @Test
    void should_prefer_the_file_in_the_prompts_directory() throws Exception {
        Files.writeString(dir.resolve("system.md"), "本地修改的系统提示", StandardCharsets.UTF_8);
        assertThat(in(dir).load("system.md")).isEqualTo("本地修改的系统提示");
        assertThat(in(dir).load("answer.md")).as("the others still come from the jar").contains("{{passages}}");
    }

    @Test
    void should_fill_placeholders_in_one_pass() throws Exception {
        Files.writeString(dir.resolve("t.md"), "资料：{{passages}}\n问题：{{question}}", StandardCharsets.UTF_8);
        String out = in(dir).render("t.md", Map.of("passages", "段落里写着{{question}}", "question", "问什么"));
        assertThat(out).isEqualTo("资料：段落里写着{{question}}\n问题：问什么");
    }

    @Test
    void should_refuse_a_placeholder_without_a_value() throws Exception {
        Files.writeString(dir.resolve("t.md"), "{{passages}} {{typo}}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> in(dir).render("t.md", Map.of("passages", "x")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("typo");
    }

    @Test
    void should_name_a_prompt_that_exists_nowhere() {
        assertThatThrownBy(() -> in(dir).load("nope.md")).hasMessageContaining("nope.md");
    }
}
