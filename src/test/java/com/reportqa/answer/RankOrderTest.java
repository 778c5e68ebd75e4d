package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankOrderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪家最少？从少到多排个队。                   | true  | true
            各地办结率从低到高排一下                     | true  | true
            按人数由小到大排                             | true  | true
            排个序，哪个地方最少？                       | false | true
            三地业务培训各几次？哪家最少？               | false | true
            谁多谁少，比一比                             | false | false
            哪个地方最多？从多到少排                     | false | false
            从高到低排，最低的是谁                       | false | false
            健龙和黄溪的化解率比一比                     | false | false
            最多跑一次改革推进了几项，谁家少一些         | false | true
            江口和雁峰的行政复议案件，哪个少？先说少的。 | true  | true
            各镇的罚款额比一比，低的排在前面             | true  | true
            先列少的，再列多的                           | true  | true
            雁峰区和江口镇的复议案件比一比，少的先说     | true  | true
            """)
    void should_read_which_end_of_the_ranking_is_asked(String question, boolean fewestFirst, boolean asksFewest) {
        RankOrder order = RankOrder.of(question);
        assertThat(order.fewestFirst()).isEqualTo(fewestFirst);
        assertThat(order.asksFewest()).isEqualTo(asksFewest);
        assertThat(order.namedOfCounts()).isEqualTo(asksFewest ? "最少" : "最多");
    }
}
