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

    /** (其中21名…现场述法): a part broken out in brackets answers a plain question less well than the whole. */
    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            党政主要负责人 述法     | (其中21名党政主要负责人进行现场述法       | 21名  | 0.9
            其中 现场述法           | (其中21名党政主要负责人进行现场述法       | 21名  | 1.0
            党政主要负责人 述法     | 完成2023年度全市473名党政主要负责人述法   | 473名 | 1.0
            行政处罚案件            | 办理案件142件，其中简易程序97件           | 97件  | 1.0
            """)
    void should_doubt_a_bracketed_part(String metric, String clause, String raw, double factor) {
        Figure f = new Figure(BigDecimal.ONE, raw.substring(raw.length() - 1), null, raw, "", clause, clause, clause,
                "p", "r", false, 0, 2);
        assertThat(FigureFinder.part(new Ask(metric, "", Set.of()), f)).isEqualTo(factor);
    }
}
