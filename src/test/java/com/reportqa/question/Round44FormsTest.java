package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds ik and il of session 21 found, each in several wordings of our own. */
class Round44FormsTest extends ShippedCorpus {

    /** 执法队里持证的比例: what is in a body is asked of the body, as reports write it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "黄溪镇执法队里持证的有几个人？|执法队持证",
        "江口镇调解室里的调解员有几名？|调解室调解员",
        "健龙镇派出所里有几名民警？|派出所民警",
        "黄溪镇执法人员里持证的有几人？（报告好像没直接写比例）|执法人员里持证"})
    void should_ask_of_the_body_not_of_its_inside(String question, String metric) {
        assertThat(parser.parse(question).asks()).singleElement().extracting(Ask::metric).asString()
                .satisfies(m -> assertThat(m.replaceAll("\\s", "")).isEqualTo(metric));
    }

    /** 邻里, 村里: 里 of a word of its own stays. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇调解了多少起邻里纠纷？|邻里",
        "健龙镇建了几个村里的调解室？|村里"})
    void should_keep_li_of_its_own_word(String question, String kept) {
        assertThat(parser.parse(question).asks().getFirst().metric()).contains(kept);
    }

    /** 2025年…最后达到多少了: the outcome of a year no report is on, not the plan the year before set for it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇2025年的矛盾纠纷化解率最后达到多少了？|false",
        "健龙镇2025年实际受理了多少件矛盾纠纷？|false",
        "健龙镇2025年重点抓哪几方面工作？|true",
        "健龙镇报告最后那部分2025年的打算，列了几条？|true"})
    void should_read_an_outcome_of_the_next_year_as_no_plan(String question, boolean plan) {
        Question q = parser.parse(question);
        assertThat(q.future()).isEqualTo(plan);
        assertThat(q.scope().isEmpty()).isEqualTo(!plan);
    }

    /** 领导干部述法的事，哪些地方写了: the matter (的事) is the phrase searched, without its noun for a matter. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "法律明白人培养的事，五份报告里哪些地方写了？|法律明白人培养",
        "哪几份报告写了枫桥经验这件事？|枫桥经验",
        "想找找这几份报告里哪些地方搞了法律明白人培养？|法律明白人培养",
        "五份报告里哪些地方开展了“法治移动讲堂”？|法治移动讲堂"})
    void should_search_the_matter_not_its_noun(String question, String phrase) {
        assertThat(ReportMention.of(parser.parse(question)))
                .hasValueSatisfying(m -> assertThat(m.phrase()).isEqualTo(phrase));
    }
}
