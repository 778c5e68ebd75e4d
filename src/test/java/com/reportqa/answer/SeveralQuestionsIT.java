package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A message of two questions through the answer service: each answered by its own route, joined, cited in order. */
@AppTest
class SeveralQuestionsIT {

    @Autowired
    AnswerService answers;

    @Test
    void should_answer_each_question_of_a_message() {
        Answer a = answers.ask("江口镇的法律顾问来自哪个律师事务所？另外专题会多久开一次？");
        assertThat(a.answer()).contains("（1）", "龙脊律师事务所", "（2）", "每季度");
        assertThat(a.citations()).extracting(Citation::n).containsExactly(1, 2);
        assertThat(a.answer()).contains("[1]", "[2]");
        assertThat(a.citations().get(1).quote()).contains("每季度");
    }

    @Test
    void should_answer_a_figure_and_a_frequency_numerically() {
        Answer a = answers.ask("健龙镇2024年受理了多少件矛盾纠纷？法治政府建设专题会多久开一次？");
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(a.answer()).contains("224件", "（2）");
        assertThat(a.figures()).anySatisfy(f -> assertThat(f.raw()).contains("224件"));
        assertThat(a.figures()).allSatisfy(f -> assertThat(f.citation())
                .isBetween(1, a.citations().size()));
    }

    /** 办案纪律这些培训: 这些 after a noun points back at nothing, so the second question is one of its own. */
    @Test
    void should_answer_a_question_that_names_things_such_as() {
        Answer a = answers.ask("江口镇请的法律顾问是哪家律所？另外，他们对执法人员的办案纪律这些培训多久搞一次？");
        assertThat(a.answer()).contains("（1）", "龙脊律师事务所", "（2）", "每季度（1次/季度）");
    }

    /** 行政复议 and 行政应诉 share only 行政 and 案件: two things, the ranking of the first kept to its own measure. */
    @Test
    void should_not_join_two_things_that_share_only_common_words() {
        Answer a = answers.ask("行政复议案件，雁峰区和江口镇各多少件？哪个多？顺便问下江口有没有行政应诉案件。");
        assertThat(a.answer()).contains("（1）", "| 1 | 雁峰区 | 2024 | 57件 |", "（2）");
    }

    /**
     * 法律明白人是干什么的？法律明白人每人补贴多少钱？: read as one question (they share 法律明白人), nothing answers
     * the whole; each sentence on its own still gets its answer, and the one no report states is said so.
     */
    @Test
    void should_answer_each_sentence_when_the_message_read_whole_finds_nothing() {
        Answer a = answers.ask("健龙镇的法律明白人是干什么的？法律明白人每人每年补贴多少钱？");
        assertThat(a.answer()).contains("（1）", "“1+N”联动服务模式", "（2）", "报告中没有写明");
    }

    /** A place no report is of refuses the whole message: its second sentence is not answered of another place. */
    @Test
    void should_not_answer_a_sentence_of_a_message_about_a_place_without_a_report() {
        Answer a = answers.ask("云阳县盘龙街道去年受理了多少件信访？信访满意度多少？");
        assertThat(a.mode()).isEqualTo(Mode.NO_ANSWER);
        assertThat(a.answer()).doesNotContain("（2）");
    }

    @Test
    void should_keep_a_total_and_its_parts_one_question() {
        Answer a = answers.ask("江口镇2023年处罚罚款合计多少？简易程序和一般程序各多少？");
        assertThat(a.answer()).doesNotContain("（1）");
    }
}
