package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** General question rules found on the third blind question set, each on real phrasings of officials. */
class Blind3QuestionRulesTest extends ShippedCorpus {

    /** A、B、C各有几个: one ask per listed item, not one ask with the others as its context. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇组织宪法宣誓，副镇长、二级机构负责人、新录用公务员各有几个人？ | 副镇长 | 二级机构负责人 | 新录用公务员
            雁峰区行政复议、行政诉讼、信访分别有多少件？                         | 行政复议 | 行政诉讼 | 信访
            """)
    void should_ask_each_listed_item(String question, String first, String second, String third) {
        List<Ask> asks = parser.parse(question).asks();
        assertThat(asks).hasSize(3);
        assertThat(asks.get(0).metric()).contains(first);
        assertThat(asks.get(1).metric()).contains(second);
        assertThat(asks.get(2).metric()).contains(third);
    }

    @Test
    void should_read_a_bare_total_after_a_new_count_as_the_running_total_of_the_same_thing() {
        List<Ask> asks = parser.parse("洪口镇的法律明白人，2023年新培养了几个，累计一共有多少？").asks();
        assertThat(asks).hasSize(2);
        assertThat(asks.get(0).metric()).contains("新培养");
        assertThat(asks.get(1).metric()).startsWith("累计").contains("培养").doesNotContain("新");
        // a bare "哪个多" after an ask still adds nothing
        assertThat(parser.parse("健龙镇受理了多少矛盾纠纷？哪个多？").asks()).hasSize(1);
    }

    /** Words about the asking (自己觉得, 有啥, 平时一般, 哪三种, 哪几部) are no content the report must cover. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇自己觉得在行政执法改革上有啥短板？             | 自己,觉得,啥
            洪口镇平时一般什么时候组织全镇干部集中学法？         | 平时,一般,时候
            黄溪镇2024年组织镇村干部学了哪几部法律？             | 哪,几部
            江口镇执法队伍培训的“三位一体”具体是哪三种？         | 三种,哪
            """)
    void should_drop_words_about_the_asking(String question, String dropped) {
        String topic = parser.parse(question).topic();
        for (String word : dropped.split(",")) {
            assertThat(topic).doesNotContain(word);
        }
    }

    @Test
    void should_keep_一般_where_it_is_part_of_the_thing_asked() {
        assertThat(parser.parse("江口镇一般程序处罚了多少起？").asks().get(0).metric()).contains("一般程序");
    }
}
