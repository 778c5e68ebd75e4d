package com.reportqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code bench scale} on 50 generated reports: the table prints, answers are exact, shared names never merge. */
class ScaleBenchSmokeTest {

    @Test
    void should_print_the_table_and_answer_generated_questions_exactly(@TempDir Path work) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        List<Column> columns = new ScaleBench(JsonMapper.builder().build())
                .run(List.of("50"), 1, work, null, null, 0, false, out);

        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("| measure | 50 report-qa | 50 stock Lucene |", "| numeric questions exact |",
                "| retrieval p50 / p95 / p99 ms |");
        Column c = columns.get(0);
        assertThat(c.reports()).isEqualTo(50);
        assertThat(c.numericExact().n()).isGreaterThan(50);
        assertThat((double) c.numericExact().ok() / c.numericExact().n()).isGreaterThanOrEqualTo(0.95);
        assertThat(c.clarified().n()).isPositive();
        assertThat(c.clarified().ok()).isEqualTo(c.clarified().n());
        assertThat(c.merged()).isZero();
        assertThat(c.withCounty().ok()).isEqualTo(c.withCounty().n());
    }
}
