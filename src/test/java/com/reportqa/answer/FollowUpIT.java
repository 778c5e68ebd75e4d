package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Follow-ups without a model: the previous question's topic is carried over and retrieved with. */
@AppTest
class FollowUpIT {

    @Autowired
    AnswerService answers;

    @Test
    void should_answer_a_fact_follow_up_that_names_only_another_place() {
        Answer first = answers.ask("健龙镇法治政府建设领导小组的组长是谁？");
        assertThat(first.answer()).contains("领导小组组长");

        Answer second = answers.ask("那江口镇呢？", first.conversationId());

        assertThat(second.question()).isEqualTo("那江口镇呢？");
        assertThat(second.mode()).isEqualTo(Mode.EXTRACTIVE);
        assertThat(second.answer()).contains("领导小组组长");
        assertThat(second.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.place()).contains("江口镇"));
    }
}
