package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One place's figures over the shipped reports: exact, with the sentence that states them; empty otherwise. */
@AppTest
class NumericAnswererIT {

    @Autowired
    NumericAnswerer numeric;

    @Autowired
    NoNumberAnswerer noNumber;

    @Autowired
    QuestionUnderstanding understanding;

    @Test
    void should_answer_a_figure_with_its_sentence_cited() {
        Answer a = numeric.answer(understanding.understand("健龙镇受理矛盾纠纷多少件？")).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(a.answer()).startsWith("**224件**");
        assertThat(a.figures()).singleElement().satisfies(f -> assertThat(f.raw()).isEqualTo("224件"));
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.text()).contains("224件"));
    }

    @Test
    void should_answer_each_part_of_a_question_with_several_figures() {
        Answer a = numeric.answer(understanding.understand("健龙镇受理矛盾纠纷多少件？化解了多少件？")).orElseThrow();
        assertThat(a.answer()).contains("224件").contains("223件");
        assertThat(a.figures()).hasSize(2);
    }

    @Test
    void should_leave_a_figure_the_reports_do_not_state_to_the_next_answerer() {
        var q = understanding.understand("健龙镇2024年建了几座火箭发射场？");
        assertThat(numeric.answer(q)).isEmpty();
        Answer none = noNumber.answer(q).orElseThrow();
        assertThat(none.mode()).isEqualTo(Mode.NO_ANSWER);
        assertThat(none.answer()).contains("报告中没有写明（已查阅重庆市璧山区健龙镇2024年度报告）").contains("火箭发射场");
    }
}
