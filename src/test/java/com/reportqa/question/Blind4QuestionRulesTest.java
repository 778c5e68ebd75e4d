package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** General question rules found on the fourth blind question set. */
class Blind4QuestionRulesTest extends ShippedCorpus {

    /** 几个地方 counts the places asked about; the 几次 after it says what is counted. */
    @Test
    void should_not_take_the_number_of_places_for_the_thing_counted() {
        Question q = parser.parse("几个地方给执法人员搞业务培训，各自搞了几次？排一下。");
        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        List<Ask> asks = q.asks();
        assertThat(asks).hasSize(1);
        assertThat(asks.get(0).units()).contains("次").doesNotContain("个");
        assertThat(asks.get(0).metric()).contains("执法人员").contains("培训");
    }

    /** 谁高 compares rates as 谁多 compares counts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄溪镇和雁峰区的干部学法考试通过率谁高？ | COMPARE
            江口镇和黄溪镇哪个的矛盾纠纷化解率更高？ | COMPARE
            黄溪镇干部学法考试的通过率是多少？       | NUMERIC
            """)
    void should_read_which_is_higher_as_a_comparison(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** A place the corpus lacks, written right after a known one (璧山丁家街道), is still noticed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            璧山丁家街道去年化解了多少起矛盾纠纷？ | 丁家街道
            通江沙溪镇受理了多少件信访？           | 沙溪镇
            """)
    void should_notice_an_unknown_place_after_a_known_one(String question, String unknown) {
        assertThat(parser.parse(question).unknownPlaces()).containsExactly(unknown);
    }

    @Test
    void should_drop_the_light_verb_of_a_measures_question() {
        assertThat(parser.parse("黄溪镇2025年法治政府建设打算采取哪几项工作措施？").topic()).doesNotContain("采取");
    }
}
