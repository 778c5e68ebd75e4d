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

    /** 哪几份是县司法局出的: the reports of one issuer, the body as people say it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "你这些报告里，哪几份是县司法局出的？|县司法局",
        "有哪些报告是街道办事处发布的|街道办事处",
        "镇政府出的报告有几份？|镇政府",
        "以区委名义报的那几份有哪些|区委"})
    void should_read_the_issuer_a_catalogue_is_filtered_by(String question, String body) {
        assertThat(IssuedBy.of(question)).contains(body);
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.CATALOG);
        assertThat(parser.parse(question).unknownPlaces()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "留坝县司法局|县司法局|true",
        "中共临泽县沙河镇委员会、临泽县沙河镇人民政府|镇政府|true",
        "中共示例区委员会 示例区人民政府|区委|true",
        "拱市乡人民政府|市政府|false",
        "重庆市南岸区人民政府|市政府|false",
        "小溪塔街道办事处|县司法局|false"})
    void should_match_an_issuer_as_people_name_it(String issuer, String body, boolean issued) {
        assertThat(IssuedBy.issued(issuer, body)).isEqualTo(issued);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"健龙镇的报告是谁发布的？", "哪些报告提到了网格化管理", "雁峰区发了多少份文件"})
    void should_not_read_other_questions_as_filtered_by_issuer(String question) {
        assertThat(IssuedBy.of(question)).isEmpty();
    }
    /** What the asker says of their own plans before the question scopes nothing in time and asks nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我们镇准备明年搞法治建设示范创建，想参考下江口镇的做法：他们的法治建设专题会多长时间开一次？|江口镇",
        "我这边打算学习一下健龙镇。请问健龙镇受理了多少件矛盾纠纷？|健龙镇",
        "咱们计划下一步推广黄溪镇的经验，想了解一下黄溪镇一共排查了多少起矛盾纠纷|黄溪镇"})
    void should_leave_the_askers_own_plans_out_of_the_question(String question, String place) {
        Question q = parser.parse(question);
        assertThat(q.future()).isFalse();
        assertThat(q.places()).containsExactly(place);
        assertThat(q.asks()).allSatisfy(a -> assertThat(a.metric()).doesNotContain("准备").doesNotContain("参考")
                .doesNotContain("学习").doesNotContain("推广"));
    }

    /** A sentence of the asker's own that counts something (想对比几个地方) is still theirs when 请问 or a full stop ends it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我负责网格员队伍，想对比几个地方，请问哪些报告提到了法律明白人？",
        "我在司法所管普法，想找两三个参照。哪几份报告写了法律明白人？"})
    void should_read_past_an_askers_sentence_that_counts(String question) {
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.MENTIONS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我们想知道江口镇明年计划开展多少场普法活动？",
        "我想问下健龙镇下一步打算建多少个调解室"})
    void should_keep_a_plan_the_question_itself_asks(String question) {
        assertThat(parser.parse(question).future()).isTrue();
    }
}
