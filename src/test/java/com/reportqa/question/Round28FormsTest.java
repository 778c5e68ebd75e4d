package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds of session 16 found, each in several wordings of our own. */
class Round28FormsTest extends ShippedCorpus {

    /** 每个村最少有几名: at least, asked of one place, is no ranking; 哪个镇最少 still is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇每个村最少有几名法律明白人？|NUMERIC",
        "黄溪镇网格员每个网格最多有多少人？|NUMERIC",
        "健龙镇和黄溪镇的法律明白人哪个最少？|COMPARE",
        "五个地方里谁受理的矛盾纠纷最少？|COMPARE"})
    void should_read_at_least_as_no_ranking(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** 一般隐患和重大隐患各排查、整改了多少: each thing asked once per verb listed after 各. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "黄溪镇一般隐患和重大隐患各排查、整改了多少？|一般隐患 排查,一般隐患 整改,重大隐患 排查,重大隐患 整改",
        "健龙镇矛盾纠纷和信访各受理、化解了多少件？|矛盾纠纷 受理,矛盾纠纷 化解,信访 受理,信访 化解",
        "江口镇简易程序和一般程序各立案、结案、罚款多少？"
                + "|简易程序 立案,简易程序 结案,简易程序 罚款,一般程序 立案,一般程序 结案,一般程序 罚款"})
    void should_ask_each_thing_once_per_verb(String question, String metrics) {
        assertThat(parser.parse(question).asks()).extracting(Ask::metric).containsExactly(metrics.split(","));
    }

    /** 行政复议和行政诉讼情况：复议几件、维持几件终止几件: the topic before a colon, each count its own ask. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区2024年行政复议和行政诉讼情况：复议几件、维持几件终止几件，诉讼几件？|行政复议,维持,终止,诉讼",
        "健龙镇矛盾纠纷情况：受理几件，化解几件？|矛盾纠纷 受理,化解"})
    void should_take_the_topic_before_a_colon(String question, String metrics) {
        List<String> asked = parser.parse(question).asks().stream().map(Ask::metric).toList();
        assertThat(asked).hasSize(metrics.split(",").length);
        for (int i = 0; i < asked.size(); i++) {
            assertThat(asked.get(i)).contains(metrics.split(",")[i]);
        }
    }

    /** 参与 and 涉及 are words, not a 与 or a 及 joining two things. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇法律顾问另外参与重大矛盾纠纷处置和信访案件各几件？|重大矛盾纠纷处置,信访案件",
        "江口镇涉及土地的纠纷和涉及婚姻的纠纷各几件？|涉及土地 纠纷,涉及婚姻 纠纷"})
    void should_not_split_inside_a_word(String question, String last) {
        List<String> asked = parser.parse(question).asks().stream().map(Ask::metric).toList();
        assertThat(asked).hasSize(2);
        assertThat(asked.get(0)).contains(last.split(",")[0]);
        assertThat(asked.get(1)).contains(last.split(",")[1]);
    }

    /** 年内计划搞几次: time and intent name nothing counted; the thing is in the clause before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区下一步执法队伍业务培训，年内计划搞几次？|业务培训",
        "健龙镇明年的普法宣传活动，全年打算开展几场？|普法宣传"})
    void should_take_the_thing_from_before_when_the_ask_names_only_time(String question, String thing) {
        assertThat(parser.parse(question).asks()).singleElement()
                .satisfies(a -> assertThat(a.metric()).contains(thing));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇那份报告，网上挂出来的日期是哪天？|PUBLISHED",
        "这份报告挂网的时间是什么时候？|PUBLISHED",
        "兰考那份报告，是以哪个（哪些）单位名义报的？|ISSUER",
        "这份报告以哪几个党政机关的名义上报？|ISSUER",
        "林川乡那份报告末尾没落款单位，它是哪天形成的？|SIGNED",
        "那份报告的形成日期是什么时候？|SIGNED"})
    void should_read_more_ways_of_asking_the_reports_own_details(String question, MetadataField field) {
        assertThat(MetadataField.asked(question)).contains(field);
    }

    /** 写到X的，有哪几个乡: a comma between X and the asking words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "报告里写到双语普法或者双语调解的，有哪几个乡？|双语普法或者双语调解",
        "提到坝坝会的，都有哪些镇？|坝坝会",
        "用抖音做宣传或政务公开的，是哪几个地方的报告？|用抖音做宣传或政务公开",
        "“坝坝会”这个提法，哪几个镇的报告里有？|坝坝会",
        "我想找组织干部去法院旁听庭审的例子，哪些地方的报告里写到了？|组织干部去法院旁听庭审"})
    void should_search_who_mentions_x_named_before_a_comma(String question, String phrase) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.MENTIONS);
        assertThat(ReportMention.of(q)).hasValueSatisfying(m -> assertThat(m.phrase()).isEqualTo(phrase));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024年度的，是哪几个地方的报告？|CATALOG"})
    void should_still_list_the_reports_of_a_year(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** 受理了多少纠纷: disputes are counted in 件 or 起, never in the 个 of the bodies that took them in. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "健龙镇调委会一共受理了多少纠纷？|件|个",
        "洪口镇去年审结了多少案子？|起|个",
        "黄溪镇有多少纠纷调解组织？|-|件"})
    void should_count_disputes_in_case_units(String question, String unit, String not) {
        Ask ask = parser.parse(question).asks().get(0);
        if (unit != null) {
            assertThat(ask.units()).contains(unit);
        }
        assertThat(ask.units()).doesNotContain(not);
    }

    /** 江口镇2023年…、健龙镇…: a year after a place that another place follows is that place's own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇2023年新增的市场主体里、健龙镇走访的对象里，企业各占多大比例？|江口镇 2023,健龙镇 2024",
        "洪口镇2023年和雁峰区的行政复议案件哪个多？|洪口镇 2023,雁峰区 2024",
        "健龙镇和黄溪镇2024年受理的矛盾纠纷哪个多？|健龙镇 2024,黄溪镇 2024"})
    void should_read_a_year_after_one_place_as_its_own(String question, String scoped) {
        assertThat(parser.parse(question).scope()).extracting(ShippedCorpus::placeYear)
                .containsExactlyInAnyOrder(scoped.split(","));
    }

    /** 这三家的人民调解成功率: the places counted are no words of what is asked about. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇、黄溪镇、雁峰区这三家的矛盾纠纷化解率，从高到低怎么排？",
        "健龙镇和黄溪镇这两家的矛盾纠纷化解率哪个高？"})
    void should_leave_the_places_counted_out_of_the_topic(String question) {
        assertThat(parser.parse(question).topic()).doesNotContain("家").contains("化解率");
    }

    /** 雁峰区先锋街道: a unit under a place named, which the place's report speaks of, is read from that report. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "雁峰区先锋街道公共法律服务工作站拿了个什么荣誉？|-",
        "衡阳市雁峰区先锋街道的工作站获得过什么荣誉？|-",
        "雁峰区白沙洲街道受理了多少件矛盾纠纷？|白沙洲街道"})
    void should_read_a_unit_the_report_speaks_of_from_that_report(String question, String unknown) {
        Question q = parser.parse(question);
        assertThat(q.scope()).extracting(ShippedCorpus::placeYear).containsExactly("雁峰区 2024");
        assertThat(q.unknownPlaces()).containsExactly(unknown == null ? new String[0] : new String[] {unknown});
    }
}
