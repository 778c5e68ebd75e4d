package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds of session 12 found, each in several wordings of our own. */
class Round22FormsTest extends ShippedCorpus {

    /** 讲了几次课: the count between a verb and 课 leaves the action one word; other objects stay apart. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇法律顾问讲了几次课？|讲课",
        "黄溪镇一年上了几堂课呢|上课",
        "雁峰区给干部授了多少次课，|授课",
        "璧山那个镇协调纠纷开了多少场会？|开 会"})
    void should_put_an_action_split_by_its_count_back_together(String question, String metric) {
        assertThat(parser.parse(question).asks()).first().extracting(Ask::metric).asString().contains(metric);
    }

    /** 差不多吗, 一样吗, 谁家…多一些: words of comparing, never words of what is compared. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区和黄溪镇的干部学法考试通过率一样吗|差不多",
        "健龙镇和黄溪镇受理的矛盾纠纷差不多吗？|一样",
        "健龙镇和雁峰区的法律顾问提出的法律意见，谁家多一些？|一些"})
    void should_read_a_question_of_likeness_as_a_comparison(String question, String absent) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        assertThat(q.asks()).allSatisfy(a -> assertThat(a.metric()).doesNotContain(absent).doesNotContain("一样")
                .doesNotContain("家"));
    }

    /** 给多少个社区配了法律顾问: the noun right after 多少个 is what is counted, not the advisers named after it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区给多少个社区配了法律顾问？",
        "洪口镇多少个村配备了调解员",
        "健龙镇在多少个部门设了法律顾问"})
    void should_count_the_bodies_named_after_the_interrogative(String question) {
        assertThat(parser.parse(question).asks().get(0).units()).contains("个", "村").doesNotContain("人", "名");
    }

    /** 发现了多少问题: a thing counted in 个/项/条 names its measure words, though the question writes none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "留坝县督察发现了多少问题？",
        "黄溪镇排查出多少隐患",
        "健龙镇人大提了多少意见"})
    void should_count_things_in_their_measure_words(String question) {
        assertThat(parser.parse(question).asks().get(0).units()).contains("个", "项", "条").doesNotContain("轮", "次");
    }
}
