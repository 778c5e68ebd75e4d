package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms blind rounds 24 and 25 found, each in several wordings of our own. */
class Round19FormsTest extends ShippedCorpus {

    @ParameterizedTest
    @ValueSource(strings = {"五份报告里谁提到了八五普法？", "谁提到了网格化管理", "这几份报告谁写了法律明白人？", "三份报告中谁讲到了枫桥经验",
        "讲到八五普法的是哪几个地方的报告", "提到枫桥经验的有哪些报告？"})
    void should_see_who_mentions_as_a_mention_question(String question) {
        assertThat(ReportMention.asks(question)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"谁提得多，健龙镇还是黄溪镇的法律明白人？", "哪个地方写了培训多少人次？"})
    void should_keep_comparisons_out_of_mentions(String question) {
        assertThat(ReportMention.asks(question)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "五份报告里谁提到了八五普法？|八五普法",
        "这几份报告谁写了法律明白人？|法律明白人",
        "哪几份报告提到了枫桥经验|枫桥经验",
        "讲到八五普法的是哪几个地方的报告|八五普法",
        "写了法律明白人的都有哪几份报告？|法律明白人"})
    void should_leave_the_reports_searched_out_of_the_phrase(String question, String phrase) {
        assertThat(ReportMention.of(parser.parse(question)))
                .hasValueSatisfying(m -> assertThat(m.phrase()).isEqualTo(phrase));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇的报告报给谁？落款是哪几家？|ADDRESSEE,SIGNER",
        "落款写的是哪两个单位？|SIGNER",
        "是哪天挂网的？来源写的哪个单位？|PUBLISHED,ISSUER",
        "这篇报告来源标的是哪个单位？|ISSUER",
        "报告是打给谁的？又是哪几家单位联名报的？|ADDRESSEE,ISSUER",
        "这份报告写给哪个单位的|ADDRESSEE"})
    void should_see_signer_and_source_however_asked(String question, String fields) {
        assertThat(MetadataField.allAsked(question).stream().map(Enum::name).toList())
                .isEqualTo(List.of(fields.split(",")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"那几个“挂”，分别是啥", "这三个“坚持”分别是什么？", "那几个“不发生”具体指什么",
        "报告概括成了哪三个“坚持”？", "聚焦的是哪两项“整治”"})
    void should_ask_the_items_when_what_they_are_follows(String question) {
        assertThat(SloganAsk.of(question)).hasValueSatisfying(a -> assertThat(a.count()).isFalse());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "谁出的规范性文件多一点，还是一样多？|出 规范性文件",
        "法律顾问提意见这块，谁提得多？有这个数没|法律顾问提意见 提",
        "都让法律顾问给干部上过课吧，哪个搞的次数多？|法律顾问 干部上课",
        "报告里说的村（社区）个数各多少？|村 社区",
        "各地法律顾问到底聘了几个人？哪个地方最多|法律顾问 聘 人",
        "究竟搞了多少次应急演练|应急演练"})
    // places and years are blanked before the metric is cleaned, as the parser does
    void should_drop_the_words_of_asking_from_the_metric(String question, String metric) {
        assertThat(AskSplitter.clean(question.replaceAll("[，,？?]", " "))).isEqualTo(metric);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"是几年行动？|行动", "建了几级网格|网格", "那个专项整治是几年行动，|行动"})
    void should_count_a_number_written_into_a_name(String question, String phrase) {
        assertThat(SloganAsk.of(question)).hasValueSatisfying(a -> {
            assertThat(a.phrase()).isEqualTo(phrase);
            assertThat(a.count()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"执法队一共几号人？|人", "法律顾问有几号人|人"})
    void should_count_people_asked_as_hao_ren(String question, String unit) {
        assertThat(parser.parse(question).asks().get(0).units()).contains(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"雁峰区商圈法治驿站实现了啥目标？|false", "雁峰区明年的目标是什么？|true",
        "健龙镇达到了哪些目标|false"})
    void should_read_a_target_reached_as_past(String question, boolean future) {
        assertThat(parser.parse(question).future()).isEqualTo(future);
    }

    @ParameterizedTest
    @ValueSource(strings = {"那几个“办”都是哪些,一共几个", "那几个“挂”分别是啥？总共多少个"})
    void should_keep_the_count_when_it_is_asked_after_the_items(String question) {
        assertThat(SloganAsk.of(question)).hasValueSatisfying(a -> assertThat(a.count()).isTrue());
    }
}
