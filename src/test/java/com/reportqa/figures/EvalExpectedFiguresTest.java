package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every expected figure of the numeric questions must be among the mentions of its report. */
class EvalExpectedFiguresTest {

    private static final Set<String> FIGURE_TYPES = Set.of("numeric", "multi_numeric", "compare");

    private final FigureExtractor extractor = new FigureExtractor();

    static Stream<Arguments> expectedFigures() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : TestResources.lines("eval/questions.jsonl")) {
            if (line.isBlank()) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> q = (Map<String, Object>) MiniJson.parse(line);
            if (!FIGURE_TYPES.contains(q.get("type"))) {
                continue;
            }
            List<?> docs = (List<?>) q.get("doc");
            for (Object e : (List<?>) q.get("expected")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> figure = (Map<String, Object>) e;
                if (figure.get("value") == null) {
                    continue; // "not reported" entries of a comparison
                }
                String doc = figure.containsKey("doc") ? (String) figure.get("doc") : (String) docs.get(0);
                cases.add(Arguments.of(q.get("id"), doc, figure.get("raw"), figure.get("value"), figure.get("unit"),
                        figure.get("qualifier")));
            }
        }
        return cases.stream();
    }

    @Test
    void should_find_the_thirty_odd_expected_figures() {
        assertThat(expectedFigures().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}: {2} in {1}")
    @MethodSource("expectedFigures")
    void should_produce_every_expected_figure(String id, String doc, String raw, BigDecimal value, String unit,
                                              String qualifier) {
        List<FigureMention> mentions = TestResources.extractLines(extractor, "corpus/" + doc);
        assertThat(mentions)
                .as("%s expects %s (%s %s %s) in %s", id, raw, value, unit, qualifier, doc)
                .anySatisfy(m -> {
                    assertThat(m.raw()).isEqualTo(raw);
                    assertThat(m.value()).isEqualByComparingTo(value);
                    assertThat(m.value().toPlainString()).isEqualTo(value.toPlainString());
                    assertThat(m.unit()).isEqualTo(unit);
                    assertThat(m.qualifier()).isEqualTo(qualifier);
                });
    }
}
