package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measure words beyond the everyday ones (多少平方米, 多少批次, 几个小时) are the unit asked, never words of the
 * metric; and a second measure word right after the first (多少批次、多少人次) asks the same thing again.
 */
class MeasureWordAsksTest extends ShippedCorpus {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇去年拆了多少平方米违建？           | 平方米 | 拆 违建
            黄溪镇整治了多少亩撂荒地？               | 亩     | 整治 撂荒地
            雁峰区一共罚了多少万元？                 | 元     | 罚
            洪口镇接访了多少批次群众？               | 批次   | 接访 群众
            江口镇执法培训累计多少课时？             | 课时   | 执法培训
            """)
    void should_take_the_measure_word_as_the_unit(String question, String unit, String metricWords) {
        Ask ask = parser.parse(question).asks().get(0);
        assertThat(ask.units()).contains(unit);
        Arrays.stream(metricWords.split(" ")).forEach(w -> assertThat(ask.metric()).contains(w));
        assertThat(ask.metric()).doesNotContain(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇信访接待了多少批次、多少人次？     | 批次 | 人次
            雁峰区接待来访多少批次和多少人次？       | 批次 | 人次
            """)
    void should_ask_the_same_thing_in_each_measure_word(String question, String first, String second) {
        List<Ask> asks = parser.parse(question).asks();
        assertThat(asks).hasSize(2);
        assertThat(asks.get(0).units()).contains(first);
        assertThat(asks.get(1).units()).contains(second);
        assertThat(asks.get(1).metric()).contains(asks.get(0).metric().split(" ")[0]);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇和黄溪镇受理的纠纷哪个多？按多少排一下
            """)
    void should_not_take_a_bare_interrogative_for_another_figure(String question) {
        assertThat(parser.parse(question).asks()).hasSize(1);
    }
}
