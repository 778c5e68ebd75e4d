package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 第三条, 第二点, （三是）: a question for one numbered item of a list the report gives. */
class OrdinalItemTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            洪口镇报告列的存在不足里，第三条（三是）讲的是什么问题？ | 三
            黄溪镇存在的问题中第二点是什么？                         | 二
            健龙镇下一步工作的一是讲什么？                           | 一
            健龙镇受理了多少件矛盾纠纷？                             | -
            雁峰区第一责任人职责怎么落实？                           | -
            """)
    void should_read_the_item_number_asked(String question, String numeral) {
        assertThat(ExtractiveAnswerer.ordinalAsked(question)).isEqualTo("-".equals(numeral) ? null : numeral);
    }
}
