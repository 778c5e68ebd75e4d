package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which questions ask for a duration or frequency, and which for a slogan's count or items. */
class FormAsksTest {

    @ParameterizedTest
    @ValueSource(strings = {"法治工作例会多久召开一次？", "接警后多长时间内到场？", "行政复议多少个工作日内办结？", "多久学一次法？",
        "群众诉求几天内答复？", "执法培训的频次是多少？"})
    void should_see_a_duration_ask(String question) {
        assertThat(DurationAsk.asks(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"受理了多少件矛盾纠纷？", "新当选副镇长几名？", "2024年召开了几次专题会？", "哪些单位参加了培训？"})
    void should_not_see_a_duration_in_counts(String question) {
        assertThat(DurationAsk.asks(question)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"法治工作例会多久召开一次？|法治工作例会", "接警后多长时间内到场？|接警后 到场"})
    void should_keep_the_subject_of_a_duration(String question, String subject) {
        assertThat(DurationAsk.subject(question)).isEqualTo(subject);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "确保了几个“零发生”？|零发生|true|true",
        "整治聚焦了几类问题？|问题|true|false",
        "“三个一”指的是什么？|三个一|false|true",
        "“四个零”包括哪些？|四个零|false|true",
        "做到了多少个\"两个维护\"？|两个维护|true|true",
        "报告说存在几个方面的不足？|不足|true|false",
        "把几项程序作为重大行政决策必经程序？|程序|true|false",
        "便民服务的办事原则一共几条？|办事原则|true|false",
        "办事原则有多少项？|办事原则|true|false",
        "报告中自查出来的不足，列了几条？|不足|true|false",
        "解纷队伍是由几类人员组成的？|解纷队伍|true|false",
        "重大活动要守住几个不发生|不发生|true|true",
        "那三个“不”的目标，原话是哪三句？|三个不|false|true",
        "他们提的两个“零”，分别是哪两个？|两个零|false|true",
    })
    void should_see_a_slogan_ask(String question, String phrase, boolean count, boolean quoted) {
        assertThat(SloganAsk.of(question)).contains(new SloganAsk(phrase, count, quoted));
    }

    @ParameterizedTest
    @ValueSource(strings = {"新建了几个高清视频监控探头？", "有几个执法人员？", "受理了多少件？", "开展了哪些工作？"})
    void should_not_see_a_slogan_in_plain_counts(String question) {
        assertThat(SloganAsk.of(question)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"新任命的干部几人宣誓？各是什么职务？|true", "有几人？分别是哪些人？|true",
        "处罚金额合计多少？简易程序和一般程序各多少？|false", "受理了多少件？|false"})
    void should_see_a_breakdown_ask_only_for_named_parts(String question, boolean expected) {
        assertThat(BreakdownAsk.asks(question)).isEqualTo(expected);
    }
}
