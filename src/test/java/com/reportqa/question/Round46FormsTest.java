package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.RateWord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds io, ip and iq of session 22 found, each in several wordings of our own. */
class Round46FormsTest extends ShippedCorpus {

    /** 城东街道, 新华乡, 城关镇: names of the national list are places, though they start like 城区 or 新区. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "黔江区城东街道去年受理矛盾纠纷多少件？|城东街道",
        "黔江区新华乡的法律顾问有几名？|新华乡",
        "城关镇2024年办了多少件行政复议？|城关镇",
        "璧山区和平镇有多少名执法人员？|和平镇"})
    void should_read_a_national_name_as_a_place(String question, String unknown) {
        assertThat(parser.parse(question).unknownPlaces()).contains(unknown);
    }

    /** 城区, 社区, 全区, 新区: common words that end like a place still name none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇城区有几个社区？",
        "雁峰区全区受理矛盾纠纷多少件？",
        "黄溪镇新区建设投入多少钱？"})
    void should_keep_common_words_out_of_places(String question) {
        assertThat(parser.parse(question).unknownPlaces()).isEmpty();
    }

    /** 来源署的是, 落的是哪几个单位, 成文是哪天: the fields said short. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "洪口镇报告来源署的是哪个单位？|ISSUER",
        "江口镇那份报告落的是哪几个单位？|SIGNER",
        "灵珠山街道那份报告，成文是哪天？|SIGNED",
        "那份报告成文又是几月几号？|SIGNED",
        "小溪塔街道那份报告的发文日期是哪天？|SIGNED"})
    void should_read_a_field_said_short(String question, MetadataField field) {
        assertThat(MetadataField.allAsked(question)).contains(field);
    }

    /** 成文是哪天，发布又是哪天: both dates, in the order asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "灵珠山街道那份报告，成文是哪天，发布又是哪天？",
        "这份报告成文是哪天？发布是哪天？"})
    void should_read_both_dates(String question) {
        assertThat(MetadataField.allAsked(question)).containsExactly(MetadataField.SIGNED, MetadataField.PUBLISHED);
    }

    /** 都整改完了吗: a yes-or-no check after the figures adds no words to what they count. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "黄溪镇排查出的一般隐患和重大隐患各多少，都整改完了吗？|整改",
        "江口镇受理了多少件信访？都办结了没有？|办结",
        "健龙镇矛盾纠纷受理多少件，化解完了么？|化解完"})
    void should_keep_a_trailing_check_out_of_the_context(String question, String checked) {
        assertThat(parser.parse(question).asks()).allSatisfy(a -> assertThat(a.context()).doesNotContain(checked));
    }

    /**
     * 想看看谁在普法时专门讲了民法典: the asker, who and the telling verb are no words of what is searched; 哪些地方利用
     * 赶场搞法治宣传的: the means opens what the places did, without 是 before it.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "想看看谁在普法时专门讲了民法典，哪些地方的报告里有？|普法 民法典",
        "想了解一下谁在培训时重点讲了行政复议法，哪几份报告里有？|培训 行政复议法",
        "有谁在宣传时提到了扫黑除恶，哪几份报告里有？|宣传 扫黑除恶",
        "这批报告里哪些地方利用赶场搞法治宣传的？|利用赶场搞法治宣传",
        "哪些地方通过微信公众号做普法的？|通过微信公众号做普法"})
    void should_search_what_was_done_not_who_said_it(String question, String phrase) {
        assertThat(ReportMention.of(parser.parse(question)))
                .hasValueSatisfying(m -> assertThat(m.phrase()).isEqualTo(phrase));
    }

    /** 问题图斑的整改比例: the rate's object is told by 图斑, not by the 问题 every count of problems opens with. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "旺草镇问题图斑的整改比例是多少？|摸排问题图斑63个，已整改到位58个|true",
        "旺草镇问题图斑的整改比例是多少？|完成村级财务审计19个村，发现问题28个，整改率100%|false",
        "矛盾纠纷的化解率是多少？|受理各类纠纷224件，化解223件|true"})
    void should_tell_a_rate_object_by_its_own_words(String question, String sentence, boolean of) {
        assertThat(RateWord.of(question)).hasValueSatisfying(r -> assertThat(r.objectIn(sentence)).isEqualTo(of));
    }

    /** 镇里定的那个工作安排: a 那个 closing a description points back at nothing; two facts are asked one by one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "洪口镇报告开头贯彻的是哪个纲要？镇里自己定的那个工作安排叫什么？|2",
        "江口镇请的法律顾问是哪家律所？专题会多久开一次？|2",
        "江口镇行政复议案件几件？那个复议结果怎么样？|1",
        "江口镇请的律所是哪家？另外，执法人员的办案纪律这些培训多久搞一次？|2",
        "雁峰区和江口镇行政复议各多少件？哪个多？顺便问下江口有没有行政应诉案件。|2"})
    void should_split_two_facts(String question, int parts) {
        List<SeveralQuestions.Part> split = SeveralQuestions.parts(question, parser.parse(question), parser);
        assertThat(split).hasSize(parts);
    }
}
