package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Questions answered in the reports' words, through the real index: only the reports in scope are retrieved,
 * the extract is cited, and with no model configured nothing is streamed here.
 */
@AppTest
class TextAnswererIT {

    @Autowired
    TextAnswerer text;

    @Autowired
    QuestionUnderstanding understanding;

    @Test
    void should_answer_from_the_reports_in_scope_only() {
        var q = understanding.understand("健龙镇是怎么开展普法宣传的？");
        assertThat(text.hits(q)).isNotEmpty()
                .allSatisfy(h -> assertThat(q.scope()).anySatisfy(r -> assertThat(r.id()).isEqualTo(h.reportId())));
        List<String> tokens = new ArrayList<>();
        Answer a = text.answer(q, tokens::add, true);
        assertThat(a.mode()).isEqualTo(Mode.EXTRACTIVE);
        assertThat(a.answer()).startsWith("根据健龙镇2024年度报告");
        assertThat(a.citations()).isNotEmpty().allSatisfy(c -> assertThat(c.text()).contains(c.quote()));
        assertThat(tokens).isEmpty();
    }

    /** A list announced with ：一是…二是…三是…: every item, past an item's second sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄溪镇报告里自己说存在哪些问题？帮我列一下       | 宣传力度不够       | 学习理解不够深入 | 工作创新不足
            洪口镇2023年法治政府建设有啥不足，原因又是啥？   | 依法行政意识       | 农村地区         | 行政执法创新
            黄溪镇自己承认法治政府建设有哪些问题？           | 宣传力度不够       | 学习理解不够深入 | 工作创新不足
            江口镇2024年法治政府建设有啥安排？               | 发挥党建引领作用   | 强化宣传教育     | 加强行政执法队伍建设
            江口镇明年打算怎么推进法治政府建设，列一下       | 发挥党建引领作用   | 强化宣传教育     | 加强行政执法队伍建设
            """)
    void should_quote_every_item_a_lead_in_announces(String question, String first, String second, String third) {
        Answer a = text.answer(understanding.understand(question), t -> { }, false);
        assertThat(a.mode()).isEqualTo(Mode.EXTRACTIVE);
        assertThat(a.answer()).contains(first).contains(second).contains(third);
    }

    /** A message of two questions: the second gets its own sentence when the first's do not answer it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            洪口镇2023年法治政府建设有啥不足？原因又是啥？   | 依法行政意识 | 培训深度不够
            洪口镇2023年法治政府建设有啥不足，原因又是啥？   | 依法行政意识 | 培训深度不够
            """)
    void should_answer_each_question_of_a_message(String question, String first, String second) {
        Answer a = text.answer(understanding.understand(question), t -> { }, false);
        assertThat(a.mode()).isEqualTo(Mode.EXTRACTIVE);
        assertThat(a.answer()).contains(first).contains(second);
    }

    @Test
    void should_say_nothing_was_found_and_where_it_looked() {
        Answer a = text.answer(understanding.understand("健龙镇的火星基地是怎么建设的？"), t -> { }, false);
        assertThat(a.mode()).isEqualTo(Mode.NO_ANSWER);
        assertThat(a.answer()).contains("（已查阅重庆市璧山区健龙镇2024年度报告）");
    }

    @Test
    void should_answer_a_comparison_without_figures_only_by_a_stated_none() {
        Answer a = text.statedNone(understanding.understand("各地发生了几起重大事故？比较一下")).orElseThrow();
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.quote()).containsAnyOf("未发生", "零", "没有", "无"));
    }
}
