package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.question.Ask;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A percentage answers a question about a rate or share, not a count (矛盾纠纷受理数). */
class RateQuestionTest {

    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            矛盾纠纷 受理       | %  | 0.35
            信访 化解率         | %  | 1.0
            公开面              | %  | 1.0
            公开规范化          | %  | 1.0
            矛盾纠纷 受理       | 件 | 1.0
            人大建议政协提案 满意度 | % | 1.0
            """)
    void should_answer_a_count_with_a_count(String metric, String unit, double factor) {
        Figure f = new Figure(BigDecimal.TEN, unit, null, "10" + unit, "办结率", "办结率100%", "办结率100%",
                "办结率100%", "p", "r", false, 0, 2);
        assertThat(FigureFinder.rateFactor(new Ask(metric, "", Set.of()), f)).isEqualTo(factor);
    }
}
