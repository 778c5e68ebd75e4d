package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds of session 17 found, each in several wordings of our own. */
class Round31FormsTest extends ShippedCorpus {

    private static final QuestionParser elsewhere = TestCorpora.elsewhere();

    /** 复议案件数: 件数 after 案 is the noun 案件 and a count, not a measure word to drop whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区和江口镇的复议案件数各是多少？|复议案件",
        "健龙镇受理的信访事件数是多少？|受理 信访事件",
        "黄溪镇执法人员的人数是多少？|执法人员"})
    void should_keep_the_noun_of_a_count_word(String question, String metric) {
        assertThat(parser.parse(question).asks()).first().satisfies(a -> assertThat(a.metric()).isEqualTo(metric));
    }

    /** How the comparison or the asker is phrased names nothing counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "法律顾问意见条数想比一下，健龙镇和雁峰区哪个多？|法律顾问意见",
        "会前学法抓得怎么样？健龙镇和雁峰区会前学法的次数从多到少排。|会前学法",
        "健龙镇和江口镇三家报告里写的新增市场主体的数，哪个多？|新增市场主体",
        "健龙镇和洪口镇各自报告年度里调解的矛盾纠纷哪个多？|调解 矛盾纠纷",
        "我想把健龙镇和江口镇的法律明白人排一下，报告里有具体数字的都算上。|法律明白人"})
    void should_drop_the_words_of_the_asking(String question, String metric) {
        assertThat(parser.parse(question).asks()).first().satisfies(a -> assertThat(
                Set.copyOf(List.of(a.metric().replaceAll("[\\s,，。?？]+", " ").strip().split(" "))))
                .isEqualTo(Set.of(metric.split(" "))));
    }

    /** 我在写材料，想把…排一下，…。: one sentence that asks, its first clause only telling who asks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我在写材料，想把几个地方政府信息公开的条数排一下，从高到低。|想把几个地方政府信息公开的条数排一下，从高到低。",
        "我正在准备汇报，几个镇的矛盾纠纷受理数谁多。|几个镇的矛盾纠纷受理数谁多。"})
    void should_drop_a_telling_clause_of_a_sentence_that_asks(String question, String rest) {
        assertThat(AskerPreamble.strip(question)).isEqualTo(rest);
    }

    /** 实施方案（2021-2025年）: a plan's span is no year asked; a year asked still is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇贯彻区里法治政府建设实施方案（2021-2025年）定的实施方案，明确了多少项具体任务？|false|2024",
        "健龙镇落实《法治政府建设实施纲要（2021—2025年）》明确了多少项具体任务？|false|2024",
        "健龙镇2025年计划开展几次普法活动？|true|2024"})
    void should_read_a_plans_span_as_no_year(String question, boolean future, int reportYear) {
        Question q = parser.parse(question);
        assertThat(q.future()).isEqualTo(future);
        assertThat(q.scope()).singleElement().satisfies(r -> assertThat(r.year()).isEqualTo(reportYear));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "云阳江口那份报告，是以哪几家单位的名义报上去的？|ISSUER",
        "这份报告以哪两家单位名义落款？|ISSUER"})
    void should_read_which_bodies_the_report_is_issued_in_the_name_of(String question, MetadataField field) {
        assertThat(MetadataField.asked(question)).contains(field);
    }

    /** 被哪个单位…推介的 asks who did it to the place named; 哪些乡镇是…的 still asks which places did it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区的“高效办成一件事”工作，是被哪个单位在湖南日报上作为典型推介的？|FACT",
        "健龙镇的调解经验是由哪个单位在全市推广的？|FACT",
        "有哪些乡镇是借着赶集的日子搞普法宣传的？|MENTIONS"})
    void should_read_the_agent_of_a_passive_as_a_fact(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** 一共列了几道程序: the items the report lists are counted; 要履行几道程序 is a number written in words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "枫桥镇的报告说重大行政决策都履行了法定程序，具体一共列了几道程序？|程序",
        "健龙镇的实施方案总共几项任务？|任务",
        "示例镇重大行政决策要履行几道程序？|"})
    void should_count_the_items_a_report_lists(String question, String phrase) {
        List<String> asked = SloganAsk.of(question).filter(SloganAsk::count).map(SloganAsk::phrase).stream().toList();
        assertThat(asked).isEqualTo(phrase == null ? List.of() : List.of(phrase));
    }

    /** 2023年度述法是什么时候: a fact of the year before, told by the next year's report that names both. */
    @Test
    void should_read_a_fact_of_the_year_before_in_the_report_that_names_it() {
        Question q = elsewhere.parse("诸暨枫桥镇党委书记作2023年度述法是什么时候？");
        assertThat(q.scope()).singleElement().satisfies(r -> assertThat(r.year()).isEqualTo(2024));
        // a year the next report speaks of only in other words stays a year without a report
        assertThat(elsewhere.parse("诸暨枫桥镇2023年的营商环境评价是什么等级？").scope()).isEmpty();
    }

    /** 有几个人: a count of people, however the clause before it names them (镇村两级干部里…). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇镇村两级干部里具备法律专业背景的有几个人？",
        "雁峰区镇村干部里持有法律职业资格的有几个人？"})
    void should_count_people_asked_as_how_many_persons(String question) {
        assertThat(parser.parse(question).asks()).first().satisfies(a -> assertThat(a.units()).contains("人", "名"));
    }

    /** 跟2023年比各涨了多少: the year before 比 is the base, the year asked is the other one. */
    @Test
    void should_read_a_year_joined_to_bi_as_the_base() {
        Question q = elsewhere.parse("安顺市和留坝县2024年受理的行政复议案件，跟2023年比各涨了多少？");
        assertThat(q.scope()).hasSize(2).allSatisfy(r -> assertThat(r.year()).isEqualTo(2024));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "兰考县2022年度法治政府建设情况的报告，是向哪里报的？|ADDRESSEE",
        "这份报告是向哪一级报的？|ADDRESSEE"})
    void should_read_where_the_report_is_sent(String question, MetadataField field) {
        assertThat(MetadataField.asked(question)).contains(field);
    }

    /** “2025年工作安排”，一共列了几条: the quoted section named, then how many items it lists. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "安顺市报告最后那部分“2025年工作安排”，一共列了几条？|工作安排",
        "健龙镇“工作打算”，一共列了几条？|工作打算"})
    void should_count_the_items_of_a_quoted_section(String question, String phrase) {
        assertThat(SloganAsk.of(question.replaceAll("20\\d{2}年", " "))).get()
                .satisfies(a -> assertThat(a.phrase()).isEqualTo(phrase));
    }

    /** 打算把…推广使用率提到多少, 报告最后那部分: what is planned and where it is written name nothing counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇打算把合同示范文本的推广使用率提到多少？|合同示范文本 推广使用率",
        "黄溪镇报告开头那部分的普法活动搞了几场？|普法活动"})
    void should_drop_the_words_of_intent_and_place_in_the_report(String question, String metric) {
        assertThat(parser.parse(question).asks()).first().satisfies(a -> assertThat(a.metric()).isEqualTo(metric));
    }

    /** The words said of one place alone are its own ask; a joining word alone is none. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023年简易程序、一般程序、委托执法三类处罚加起来，跟|简易程序",
        "2024年全年执法件数比，哪个多？差多少？|执法",
        "和|"})
    void should_read_a_places_own_words_as_its_ask(String words, String part) {
        assertThat(PlaceOwnWords.ask(words).map(Ask::metric))
                .satisfies(m -> assertThat(m.isPresent()).isEqualTo(part != null))
                .satisfies(m -> m.ifPresent(metric -> assertThat(metric).contains(part)));
    }

    /** 想拿来跟其他镇比一比: places the question does not name are compared, and none of them is missing a year. */
    @Test
    void should_compare_a_named_place_with_the_others_without_failing() {
        Question q = parser.parse("黄溪镇2024年一共公开了多少条政务信息？想拿来跟其他镇比一比。");
        assertThat(q.scope()).extracting(r -> r.place().name()).contains("黄溪镇");
        assertThat(q.missingYear()).isNull();
        assertThat(parser.parse("健龙镇和江口镇2023年受理了多少矛盾纠纷？").missingYear()).contains("健龙镇");
        // each named place in its own year, every other place in its latest
        assertThat(parser.parse("健龙镇2024年、江口镇2023年受理的矛盾纠纷各多少件？其他几个地方有没有这个数").scope())
                .hasSize(5);
    }

    /** 受理了多少件？化解了多少: a bare verb counts in the measure of the ask before it, not in 个 of villages. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "洪口镇信访和人民调解一共受理了多少件？化解了多少？",
        "健龙镇受理了多少起矛盾纠纷，化解了多少？"})
    void should_count_a_bare_verb_in_the_measure_before_it(String question) {
        List<Ask> asks = parser.parse(question).asks();
        assertThat(asks).hasSize(2);
        assertThat(asks.get(1).units()).isEqualTo(asks.get(0).units()).contains("件", "起");
    }
}
