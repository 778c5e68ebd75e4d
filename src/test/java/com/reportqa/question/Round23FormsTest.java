package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds of session 13 found, each in several wordings of our own. */
class Round23FormsTest extends ShippedCorpus {

    /** 是不是一样, 是否相同, 一不一样: asking whether figures are alike compares them, and says nothing of what. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇和黄溪镇信访的化解率是不是一样的？",
        "雁峰区和健龙镇的学法考试通过率是否相同",
        "江口、洪口两个镇的法律顾问人数一不一样？",
        "几个镇的矛盾纠纷化解率有没有差别"})
    void should_read_whether_alike_as_a_comparison(String question) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        assertThat(q.asks()).allSatisfy(a -> assertThat(a.metric()).doesNotContain("一样").doesNotContain("是不是")
                .doesNotContain("是否").doesNotContain("相同").doesNotContain("差别"));
    }
}
