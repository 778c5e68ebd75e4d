package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Rates over the shipped reports: compared with rates (never with counts), stated ones quoted. */
@AppTest
class RateAnswererIT {

    @Autowired
    RateAnswerer rates;

    @Autowired
    QuestionUnderstanding understanding;

    @Test
    void should_rank_rates_and_mark_the_places_that_state_none() {
        Answer a = rates.comparison(understanding.understand("各地的化解率比一比")).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        // 黄溪镇 says 排查各类矛盾纠纷180起，均已调解成功: 100 %, from its words
        assertThat(a.answer()).contains("| 1 | 黄溪镇 | 2024 | 100%（报告写明排查各类矛盾纠纷180起，均已调解成功） |")
                .contains("| 2 | 健龙镇 | 2024 | 99% |").contains("未报告").contains("由原文的文字");
        assertThat(a.figures()).allSatisfy(f -> assertThat(f.raw()).matches("\\d+(\\.\\d)?%.*"));
    }

    /** 调解成功率 is what reports also call a 化解率: the stated one first, then one said in words. */
    @Test
    void should_rank_a_success_rate_with_the_resolution_rates_reports_state() {
        Answer a = rates.comparison(understanding.understand("璧山健龙镇、黔江黄溪镇、云阳县江口镇，矛盾纠纷调解成功率谁最高？"))
                .orElseThrow();
        assertThat(a.answer()).contains("| 1 | 黄溪镇 | 2024 | 100%").contains("| 2 | 健龙镇 | 2024 | 99% |")
                .contains("| — | 江口镇 | 2023 | 未报告 |");
    }

    /** Asked to work it out, the rate is computed even where the report states one. */
    @Test
    void should_compute_a_rate_when_asked_to() {
        Answer a = rates.single(understanding.understand("健龙镇矛盾纠纷化解率，按受理和化解的件数自己算是多少？")).orElseThrow();
        assertThat(a.figures()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("99.6");
            assertThat(f.computed()).isTrue();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇的矛盾纠纷化解率和信访化解率，哪个高？                     | 信访化解率           | 矛盾纠纷化解率
            健龙镇矛盾纠纷和信访的化解率哪个高？                             | 信访化解率           | 矛盾纠纷化解率
            健龙镇的两个化解率——矛盾纠纷的和信访的，分别多少？哪个高一点？  | 信访化解率           | 矛盾纠纷化解率
            健龙镇2024年矛盾纠纷和信访这两块的化解率分别是多少？哪块更高？   | 信访化解率           | 矛盾纠纷化解率
            黄溪镇党务政务村务的公开面和公开规范化程度分别达到多少？哪个更高？ | 党务政务村务的公开面 | 公开规范化程度
            """)
    void should_rank_two_measures_of_one_place(String question, String first, String second) {
        Answer a = rates.withinPlace(understanding.understand(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(a.figures()).extracting(AnswerFigure::metric).containsExactly(first, second);
        assertThat(a.figures()).allSatisfy(f -> assertThat(a.citations().get(f.citation() - 1).text())
                .contains(f.raw().replaceFirst("（.*$", "")));
        assertThat(a.answer()).contains(first + "最高");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄溪镇给“公开面”和“公开规范化”定的比例，哪个定得低一些？按从低到高排。 | 公开规范化 | 公开面     | 公开规范化最低
            黄溪镇政务公开里“公开面”与“公开规范化”两个指标，哪个写得更高？       | 公开面     | 公开规范化 | 公开面最高
            黄溪镇的公开面和公开规范化哪个低？                                   | 公开面     | 公开规范化 | 公开规范化最低
            """)
    void should_take_quoted_measures_and_rank_them_in_the_order_asked(String question, String first, String second,
            String named) {
        Answer a = rates.withinPlace(understanding.understand(question)).orElseThrow();
        assertThat(a.figures()).extracting(AnswerFigure::metric).containsExactly(first, second);
        assertThat(a.answer()).contains(named);
    }

    @ParameterizedTest
    @ValueSource(strings = {"健龙镇矛盾纠纷化解率是多少？", "健龙镇和江口镇的化解率哪个高？", "健龙镇的化解率和火星率哪个高？"})
    void should_leave_one_measure_or_several_places_alone(String question) {
        assertThat(rates.withinPlace(understanding.understand(question))).isEmpty();
    }

    /** 各自受理多少、化解多少，化解率排个名: the rate's own two counts asked beside it stay a rate comparison. */
    @Test
    void should_rank_a_rate_asked_with_its_own_counts() {
        Answer a = rates.comparison(understanding.understand("健龙镇、江口镇，各自受理多少、化解多少，化解率排个名"))
                .orElseThrow();
        assertThat(a.answer()).contains("| 排名 | 地方 | 年度 | 化解率 |");
        assertThat(rates.comparison(understanding.understand("健龙镇、江口镇，各自受理多少、罚款多少，化解率排个名")))
                .isEmpty();
    }

    @Test
    void should_not_take_a_count_comparison_or_a_one_place_question_as_a_rate_comparison() {
        assertThat(rates.comparison(understanding.understand("各地受理矛盾纠纷多少件？比较一下"))).isEmpty();
        assertThat(rates.comparison(understanding.understand("健龙镇矛盾纠纷化解率是多少？"))).isEmpty();
    }
}
