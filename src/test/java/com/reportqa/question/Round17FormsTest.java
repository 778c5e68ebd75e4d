package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms blind rounds 17 and 18 found, each in several wordings of our own. */
class Round17FormsTest {

    @ParameterizedTest
    @ValueSource(strings = {"哪个地方说了建了多少个调解委员会？", "哪些报告写了请了多少法律顾问？", "哪几个镇提到了培训多少人次？"})
    void should_take_a_count_asked_of_a_mention_for_a_comparison(String question) {
        assertThat(ReportMention.asks(question)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"有几个地方提到了法律明白人？", "新时代“枫桥经验”有哪几家的报告写了？", "“八五”普法都有谁写进报告了？",
        "“谁执法谁普法”这个说法，哪些报告里有？", "网格化管理还有谁提到了？"})
    void should_see_a_mention_question(String question) {
        assertThat(ReportMention.asks(question)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇的报告是以哪几个单位名义报的？报给谁？|ISSUER,ADDRESSEE",
        "这份报告以哪两个单位名义印发？|ISSUER",
        "报告报送给哪几个单位？|ADDRESSEE"})
    void should_see_every_metadata_field_despite_which(String question, String fields) {
        assertThat(MetadataField.allAsked(question).stream().map(Enum::name).toList())
                .isEqualTo(List.of(fields.split(",")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "增强几个意识、坚定几个自信、做到几个维护？|意识,自信,维护",
        "要树立几个意识，做到几个维护？|意识,维护"})
    void should_split_several_slogan_counts(String question, String phrases) {
        assertThat(SloganAsk.several(question).stream().map(SloganAsk::phrase).toList())
                .isEqualTo(List.of(phrases.split(",")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"确保了几个“零发生”？", "受理了多少件？", "增强几个意识？"})
    void should_not_split_one_slogan_count(String question) {
        assertThat(SloganAsk.several(question)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"报告里总结了哪几个“坚持”？", "守住了哪几个“不发生”？", "整治聚焦了哪几类问题？"})
    void should_ask_the_items_of_which(String question) {
        assertThat(SloganAsk.of(question)).hasValueSatisfying(a -> assertThat(a.count()).isFalse());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "法治政府建设专题会一般多长时间开一次？|法治政府建设专题会",
        "干部平常集中学法一般放在啥时候？|干部 集中学法",
        "例会通常安排在什么时候？|例会"})
    void should_keep_only_the_subject_of_a_time_question(String question, String subject) {
        assertThat(DurationAsk.asks(question)).isTrue();
        assertThat(DurationAsk.subject(question)).isEqualTo(subject);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "收到多少条意见建议、自己提了多少条？|提 意见建议",
        "收到意见建议多少条，提了多少条？|提 意见建议"})
    void should_give_a_bare_verb_the_thing_counted_before(String question, String metric) {
        List<Ask> asks = AskSplitter.split(question);
        assertThat(asks).hasSize(2);
        assertThat(asks.get(1).metric()).isEqualTo(metric);
    }

    @ParameterizedTest
    @ValueSource(strings = {"受理了多少件信访、办结了多少件？", "收到多少条意见建议、采纳了多少条？"})
    void should_leave_a_verb_of_two_characters_alone(String question) {
        List<Ask> asks = AskSplitter.split(question);
        assertThat(asks).hasSize(2);
        assertThat(asks.get(1).metric()).doesNotContain("信访").doesNotContain("意见建议");
    }

    @ParameterizedTest
    @ValueSource(strings = {"存在哪几方面问题", "还存在什么不足"})
    void should_keep_the_word_for_what_exists(String question) {
        assertThat(AskSplitter.clean(question)).contains("存在");
    }
}
