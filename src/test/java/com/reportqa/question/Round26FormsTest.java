package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds of session 15 found, each in several wordings of our own. */
class Round26FormsTest extends ShippedCorpus {

    /** 健龙镇2024年、江口镇2023年: each place is read in the year written after it, not all in the last one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇2024年、江口镇2023年受理的矛盾纠纷，哪个多？|健龙镇 2024,江口镇 2023",
        "江口镇2023年度和雁峰区2024年度的行政复议案件数比一比|江口镇 2023,雁峰区 2024",
        "洪口镇 2023年 和 黄溪镇 2024年，法律顾问各几名？|洪口镇 2023,黄溪镇 2024",
        // one year for all the places named keeps its meaning
        "2024年健龙镇和黄溪镇受理的矛盾纠纷哪个多？|健龙镇 2024,黄溪镇 2024",
        "健龙镇和黄溪镇2024年受理的矛盾纠纷哪个多？|健龙镇 2024,黄溪镇 2024"})
    void should_read_each_place_in_its_own_year(String question, String scoped) {
        Question q = parser.parse(question);
        assertThat(q.scope()).extracting(ShippedCorpus::placeYear).containsExactlyInAnyOrder(scoped.split(","));
    }

    /** 这几个地方报告里说的X, 帮我从多到少排一下: a ranking of what the reports state, not a search for who states it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰、健龙、江口这几个地方报告里说的全年公开政务信息条数，帮我从多到少排一下",
        "健龙和黄溪这两个地方报告里写的矛盾纠纷件数，从高到低排排",
        "这几个地方报告里提到的法律顾问人数，谁多？"})
    void should_rank_what_these_places_state(String question) {
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.COMPARE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "这几份报告里，哪几个地方提到了法律明白人？",
        "这几个地方，哪些在报告里写了网格化管理？"})
    void should_still_search_who_mentions_when_asked_which(String question) {
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.MENTIONS);
    }

    /** 江汉区全区的…: a district asked as a whole is not answered by the report of a street under it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "武汉江汉区2024年全区矛盾纠纷受理了多少件？|-|武汉江汉区（区级）",
        "江汉区区级层面2024年受理矛盾纠纷多少件？|-|江汉区（区级）",
        "江汉区2024年受理矛盾纠纷多少件？|民权街街道 2024|-",
        "江汉区民权街2024年全街道受理矛盾纠纷多少件？|民权街街道 2024|-",
        "雁峰区全区2024年受理矛盾纠纷多少件？|雁峰区 2024|-"})
    void should_not_answer_a_whole_district_from_a_street_under_it(String question, String scoped, String unknown) {
        QuestionParser places = TestCorpora.ofPlaces("湖北省武汉市江汉区民权街街道", "湖南省衡阳市雁峰区");
        Question q = places.parse(question);
        if (scoped != null) {
            assertThat(q.scope()).extracting(ShippedCorpus::placeYear).containsExactly(scoped);
        }
        assertThat(q.unknownPlaces()).containsExactly(unknown == null ? new String[0] : new String[] {unknown});
    }

    /** 涉案标的多大: 多大 asks for an amount like 多少, and is no part of what is asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "乐从镇商事纠纷调解中心受理了多少件、调成了多少件、涉案标的多大？|涉案标的",
        "乐从镇商事调解涉案标的额有多大？|商事调解涉案标的额"})
    void should_ask_an_amount_with_duo_da(String question, String lastMetric) {
        Question q = TestCorpora.ofPlaces("广东省佛山市顺德区乐从镇").parse(question);
        assertThat(q.asks()).last().extracting(a -> a.metric().replace(" ", "")).isEqualTo(lastMetric);
    }

    /** 健龙镇的法律顾问和雁峰区的法律顾问专家库: what the places' own words share is compared, not one's extra word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇的法律顾问和雁峰区的法律顾问专家库，全年提的意见条数谁多？|法律顾问 提 意见|专家库",
        "健龙镇的执法人员和黄溪镇的综合执法队执法人员，各有多少人？|执法人员|综合执法队",
        "健龙镇的矛盾纠纷和黄溪镇的矛盾纠纷，哪个多？|矛盾纠纷|-",
        "雁峰区的行政诉讼案件和江口镇的行政应诉案件各有几件？|行政诉讼案件 行政应诉案件|-"})
    void should_compare_what_the_places_own_words_share(String question, String kept, String dropped) {
        Question q = parser.parse(question);
        String metrics = q.asks().stream().map(Ask::metric).reduce("", (a, b) -> a + " " + b);
        assertThat(metrics).contains(kept.split(" "));
        if (!dropped.equals("-")) {
            assertThat(metrics).doesNotContain(dropped);
        }
    }

    /** 年内要新增, 力争: a target asked is the report's plan, not what was done. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇说年内要新增几名持证执法人员？|true",
        "健龙镇力争培养多少名法律明白人？|true",
        "健龙镇要求干部学法多少学时？|false",
        "健龙镇今年新增了几名持证执法人员？|false"})
    void should_read_a_target_asked_as_the_plan(String question, boolean future) {
        assertThat(parser.parse(question).future()).isEqualTo(future);
    }

    /** 至少几次, 最少几次: the least a rule sets is one figure asked, no comparison. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇全年集中学法定的是至少几次？",
        "健龙镇规定每年最少几次专题学法？",
        "健龙镇至多几个工作日办结？"})
    void should_not_read_at_least_as_a_comparison(String question) {
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.NUMERIC);
    }

    /** 定的是至少几次: what the rule sets and its bound are asking words, not what is counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇全年集中学法定的是至少几次？|集中学法",
        "健龙镇规定的是至少组织几次旁听庭审？|组织 旁听庭审"})
    void should_drop_the_bound_asked(String question, String metric) {
        Question q = parser.parse(question);
        assertThat(q.asks()).singleElement().satisfies(a -> assertThat(a.metric().strip()).isEqualTo(metric));
    }

    /** 各办了多少起，各罚了多少钱: each item asked once per measure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇2023年行政处罚里，简易程序、一般程序、委托执法各办了多少起，各罚了多少钱？|6",
        "江口镇简易程序和一般程序分别处罚了多少起，分别罚款多少元？|4",
        "江口镇简易程序、一般程序各办了多少起？|2"})
    void should_ask_each_item_once_per_measure(String question, int asks) {
        assertThat(parser.parse(question).asks()).hasSize(asks);
    }

    /** X said as what the places did (是…的), as examples sought (找几个…的例子), or before 这种学法方式. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "有哪些乡镇是借着赶集的日子搞普法宣传的？|借着赶集的日子搞普法宣传",
        "哪些地方是请律师事务所的律师来做法律顾问的？|请律师事务所的律师来做法律顾问",
        "我想找几个组织机关干部去法院旁听庭审的例子，哪些报告里写了？|组织机关干部去法院旁听庭审",
        "组织领导干部去法院旁听庭审这种学法方式，谁的报告里写了？|组织领导干部去法院旁听庭审",
        "少数民族地区用双语搞普法的，语料里哪几份报告写到了？|用双语搞普法",
        "领导干部述法这项工作，哪几份报告里写到了？|领导干部述法",
        "网格化管理这一块，哪些地方的报告写了？|网格化管理"})
    void should_take_what_the_places_did_as_the_mention(String question, String phrase) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.MENTIONS);
        assertThat(q.unknownPlaces()).isEmpty();
        assertThat(ReportMention.of(q)).get().extracting(ReportMention::phrase).isEqualTo(phrase);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "哪个镇是受理矛盾纠纷最多的？",
        "哪些报告是2024年度的？"})
    void should_not_take_a_ranking_or_a_catalogue_for_a_mention(String question) {
        assertThat(parser.parse(question).kind()).isNotEqualTo(QuestionKind.MENTIONS);
    }

    /** 法律顾问出意见这块，…: the topic the asker opens a comparison with is its context, not its metric. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "法律顾问出意见这块，健龙镇的法律顾问和雁峰区的法律顾问专家库，全年提的意见条数谁多？|法律顾问 提 意见|法律顾问出意见",
        "普法这一块，健龙镇和黄溪镇开展的普法活动哪个多？|开展 普法活动|普法"})
    void should_read_an_opening_topic_as_context(String question, String metric, String context) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        assertThat(q.asks()).singleElement().satisfies(a -> {
            assertThat(a.metric().replaceAll("[?？]", "").strip()).isEqualTo(metric);
            assertThat(a.context()).isEqualTo(context);
        });
    }
}
