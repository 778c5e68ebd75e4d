package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionSpeedTest {

    private static final List<String> REPORTS = List.of("000_a11ebd4c0f3e8d67.txt", "001_6563e301bb6d0049.txt",
            "002_9bc7d885d2e118ff.txt", "003_3ba48369459b5a14.txt", "004_439855eb73e9025e.txt");

    @Test
    void should_extract_all_five_reports_well_under_100_ms_after_warm_up() {
        FigureExtractor extractor = new FigureExtractor();
        List<String> lines = REPORTS.stream().flatMap(r -> TestResources.lines("corpus/" + r).stream()).toList();
        for (int warmUp = 0; warmUp < 30; warmUp++) {
            lines.forEach(extractor::extract);
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            lines.forEach(extractor::extract);
            best = Math.min(best, System.nanoTime() - t0);
        }
        assertThat(best / 1_000_000.0).as("best of 5 runs, ms").isLessThan(100.0);
    }
}
