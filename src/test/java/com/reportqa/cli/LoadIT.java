package com.reportqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * A short load run on the real server (8 clients, 5 s, so CI stays fast; the 32 × 60 s figures in README
 * come from {@code ./report-qa bench load}): no errors, and every question always gets the same answer.
 */
@AppTest
class LoadIT {

    @LocalServerPort
    int port;

    @Test
    void should_answer_concurrent_clients_without_errors_and_identically() throws Exception {
        LoadBench.Result result = new LoadBench(URI.create("http://127.0.0.1:" + port), JsonMapper.builder().build())
                .run(8, 5);
        result.print(System.out);
        assertThat(result.problems()).isEmpty();
        assertThat(result.errors()).isZero();
        assertThat(result.inconsistentQuestions()).isZero();
        assertThat(result.requests()).isGreaterThan(LoadBench.QUESTIONS.size());
    }
}
