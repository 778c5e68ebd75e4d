package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 各地… over a corpus of many places: the ranking lists its top rows and counts the rest instead of a table of
 * every place, and the places without the figure are counted, not listed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reportqa.search.data-dir=target/it-data/compare-many", "server.address=127.0.0.1"})
class CompareManyPlacesIT {

    static final Path CORPUS = Path.of("target/it-data/compare-many-corpus");

    @Autowired
    AnswerService answers;

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) throws IOException {
        for (Path dir : new Path[] {CORPUS, Path.of("target/it-data/compare-many")}) {
            if (Files.exists(dir)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        CorpusGenerator.write(new CorpusGenerator().generate(120, 3), CORPUS);
        registry.add("reportqa.corpus.dir", CORPUS::toString);
    }

    @Test
    void should_list_the_top_of_a_ranking_across_many_places_and_count_the_rest() {
        Answer a = answers.ask("各地受理了多少件矛盾纠纷？");
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        long rows = a.answer().lines().filter(l -> l.matches("^\\| \\d+ \\|.*")).count();
        assertThat(rows).isEqualTo(CompareAnswerer.SHOWN_ROWS);
        assertThat(a.figures()).hasSize(CompareAnswerer.SHOWN_ROWS);
        assertThat(a.answer()).containsPattern("共 \\d+ 个地方的报告有这一数字，上表列出前 30 个");
        assertThat(a.answer().lines().filter(l -> l.contains("未报告")).count())
                .isLessThanOrEqualTo(CompareAnswerer.LISTED_MISSING);
        // ranked by value, largest first
        for (int i = 1; i < a.figures().size(); i++) {
            assertThat(a.figures().get(i).value()).isLessThanOrEqualTo(a.figures().get(i - 1).value());
        }
    }
}
