package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The route's table over the shipped reports: each question form reaches its answerer, and the order holds —
 * an unknown place stops a numeric question, a rate comparison is not ranked by counts.
 */
@AppTest
class AnswerRouteIT {

    @Autowired
    AnswerRoute route;

    @Autowired
    QuestionUnderstanding understanding;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            北京市朝阳区受理矛盾纠纷多少件？ ~ NO_ANSWER ~ 语料中没有朝阳区的报告
            各地的化解率比一比 ~ NUMERIC ~ | 排名 | 地方 | 年度 | 化解率 |
            各地受理矛盾纠纷多少件？比较一下 ~ NUMERIC ~ | 排名 | 地方 | 年度 | 数字 |
            有哪些报告？ ~ EXTRACTIVE ~ 语料中共有 5 份
            哪几份报告里提到了“法律明白人”？ ~ EXTRACTIVE ~ 5 份报告中有 3 份提到“法律明白人”
            健龙镇的报告是哪天发布的？ ~ EXTRACTIVE ~ 2025-03-19
            健龙镇受理矛盾纠纷多少件？ ~ NUMERIC ~ **224件**
            健龙镇矛盾纠纷化解率是多少？ ~ NUMERIC ~ **99%**
            健龙镇2024年建了几座火箭发射场？ ~ NO_ANSWER ~ 报告中没有写明
            健龙镇是怎么开展普法宣传的？ ~ EXTRACTIVE ~ 根据健龙镇2024年度报告，相关原文如下
            """)
    void should_send_each_form_to_its_answerer(String question, Mode mode, String says) {
        Answer a = route.answer(understanding.understand(question), t -> { }, false);
        assertThat(a.mode()).isEqualTo(mode);
        assertThat(a.answer()).contains(says);
    }
}
