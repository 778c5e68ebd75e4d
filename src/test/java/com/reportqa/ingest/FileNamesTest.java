package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileNamesTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("../../etc/passwd.txt", "passwd.txt"),
                Arguments.of("/etc/cron.d/job.txt", "job.txt"),
                Arguments.of("..\\..\\windows\\win.ini", "win.ini"),
                Arguments.of("..", "report"),
                Arguments.of("", "report"),
                Arguments.of(null, "report"),
                Arguments.of(".hidden.txt", "hidden.txt"),
                Arguments.of("健龙镇 2024年 报告.docx", "健龙镇_2024年_报告.docx"),
                Arguments.of("a<b>c:d\"e|f?g*.pdf", "a_b_c_d_e_f_g_.pdf"),
                Arguments.of("报告\u202Etxt.exe", "报告txt.exe"),
                Arguments.of("line\nbreak\u0000.txt", "linebreak.txt"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void should_keep_only_a_clean_last_segment(String original, String expected) {
        assertThat(FileNames.sanitize(original)).isEqualTo(expected);
    }

    @Test
    void should_cut_a_very_long_name_but_keep_its_extension() {
        String name = FileNames.sanitize("长".repeat(500) + ".txt");
        assertThat(name).endsWith(".txt").hasSize(FileNames.MAX_STEM_CHARS + 4);
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(255);
    }

    @Test
    void should_never_pick_an_existing_name(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.txt"), "x");
        Files.writeString(dir.resolve("r-2.txt.properties"), "url=x");
        assertThat(FileNames.unusedTarget(dir, "r.txt").getFileName().toString()).isEqualTo("r-3.txt");
        assertThat(FileNames.unusedTarget(dir, "s.txt").getFileName().toString()).isEqualTo("s.txt");
    }
}
