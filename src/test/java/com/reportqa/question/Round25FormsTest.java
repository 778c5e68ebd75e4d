package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds of session 14 found, each in several wordings of our own. */
class Round25FormsTest extends ShippedCorpus {

    /**
     * X named after the asking verb is what is asked, the asker's context before it is not; named before it, X is the
     * clause before a pointer back to it (这事儿, 这种做法).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我们街道明年要搞老旧小区改造，想看看别的地方怎么写的，哪几份报告提到了老旧小区改造？|老旧小区改造",
        "组织干部去法院旁听庭审，这事儿哪些报告里写了？|组织干部去法院旁听庭审",
        "推行容缺受理，这种做法哪几个地方写进了年度报告？|推行容缺受理",
        "翻之前几年的报告做个对比，哪几份报告里专门写了疫情防控方面的工作？|疫情防控",
        "想了解下人才情况，哪些报告里写到了具有（持有）法律职业资格的人数？|法律职业资格",
        "我在写调研材料，想引几个例子：哪些地方明确写了网格化管理？|网格化管理"})
    void should_take_what_is_mentioned_from_the_asking_clause(String question, String phrase) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.MENTIONS);
        assertThat(ReportMention.of(q)).get().extracting(ReportMention::phrase).isEqualTo(phrase);
    }

    @Test
    void should_want_a_figure_when_a_count_of_people_is_asked() {
        Question q = parser.parse("哪些报告里写到了具有（持有）法律职业资格的人数？");
        assertThat(ReportMention.of(q)).get().extracting(ReportMention::wantsFigure).isEqualTo(true);
    }

    /** The place the asker sets aside (除了枫桥自己) or is (我们是少数民族乡) scopes no search across reports. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“法律明白人”这几个字，除了健龙镇自己，还有谁的报告里也写了？",
        "我们是少数民族乡，想看看别的地方怎么搞的，哪些报告里写到了双语普法？",
        "除了雁峰区以外，哪几份报告提到了述法？"})
    void should_search_every_report_when_a_place_is_set_aside(String question) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.MENTIONS);
        assertThat(q.unknownPlaces()).isEmpty();
        assertThat(q.scope()).hasSize(5);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "乐从镇的报告，网页上发布是哪天？落款又写的哪天？|PUBLISHED SIGNED",
        "那份法治政府建设报告，全称叫什么？是报给谁的？|TITLE ADDRESSEE",
        "这份报告落款上写着哪天？|SIGNED",
        "健龙镇的报告，标题是什么？|TITLE"})
    void should_read_each_field_asked_of_the_report(String question, String fields) {
        assertThat(MetadataField.allAsked(question)).map(Enum::name).isEqualTo(List.of(fields.split(" ")));
    }

    /** 自己查摆了哪几条不足: the report's own looking is the asker's word; the report writes what it found. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "洪口镇自己在报告里查摆了哪几条不足？",
        "黄溪镇报告里自己找的短板有哪几条？简单说一下。",
        "雁峰区报告自己总结了哪几条存在的问题？"})
    void should_leave_the_report_s_own_looking_out_of_the_topic(String question) {
        Question q = parser.parse(question);
        assertThat(q.topic()).doesNotContain("查摆").doesNotContain("自己").doesNotContain("找").doesNotContain("总结")
                .doesNotContain("简单");
    }
}
