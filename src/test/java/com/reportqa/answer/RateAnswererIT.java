package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
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

    @Test
    void should_not_take_a_count_comparison_or_a_one_place_question_as_a_rate_comparison() {
        assertThat(rates.comparison(understanding.understand("各地受理矛盾纠纷多少件？比较一下"))).isEmpty();
        assertThat(rates.comparison(understanding.understand("健龙镇矛盾纠纷化解率是多少？"))).isEmpty();
    }
}
