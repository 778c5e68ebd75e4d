package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.RateWord;
import com.reportqa.ingest.Report;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds it, iu, iv and iw of session 23 found, each in several wordings of our own. */
class Round51FormsTest extends ShippedCorpus {

    private static final QuestionParser elsewhere = TestCorpora.elsewhere();

    /** 学法讲座、培训累计多少次: the things listed before the one asking are one figure, as with 和. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇各部门自己组织的学法讲座、培训累计多少次？|学法讲座|培训",
        "健龙镇去年参加学法考试的有多少人？另外各部门组织的讲座、培训一共几次？|讲座|培训",
        "黄溪镇的普法讲座、宣讲一共搞了多少场？|普法讲座|宣讲"})
    void should_ask_things_listed_before_one_count_as_one(String question, String first, String second) {
        List<Ask> asks = parser.parse(question).asks();
        assertThat(asks).anySatisfy(a -> assertThat(a.metric()).contains(first).contains(second));
        assertThat(asks).noneSatisfy(a -> assertThat(a.metric()).isEqualTo(second));
    }

    /** 简易程序、一般程序各多少起: a 各 after the list still asks each item on its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇简易程序、一般程序各多少起？|2",
        "江口镇简易程序、一般程序、委托执法分别多少起？|3"})
    void should_still_ask_each_item_of_a_list_with_each(String question, int asked) {
        assertThat(parser.parse(question).asks()).hasSize(asked);
    }

    /** 拆违拆了多少, 开会开了几次, 提到多少了, 立了几件案: the asker's verb forms, read as reports write the thing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇去年拆违拆了多少平方米？|拆违|拆违拆",
        "黄溪镇班子开会开了几次？|开会|开会开",
        "雁峰区考核里法治的分值占比提到多少了？|分值占比|提到",
        "健龙镇纪委立了几件案？|立案|立 案",
        "雁峰区法院结了多少个案子？|结案|结 案",
        "江口镇行政处罚一共罚了多少钱？|罚款|一共"})
    void should_read_the_askers_verb_forms(String question, String metric, String notMetric) {
        assertThat(parser.parse(question).asks()).singleElement().satisfies(a ->
                assertThat(a.metric()).contains(metric).doesNotContain(notMetric));
    }

    /** 合起来多少, 加在一起多少: the total of the parts just asked, a figure of its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇简易程序、一般程序各多少起？合起来多少？",
        "江口镇简易程序、一般程序各多少起？加在一起多少？"})
    void should_ask_the_total_said_colloquially(String question) {
        assertThat(parser.parse(question).asks()).hasSize(3)
                .anySatisfy(a -> assertThat(a.metric()).startsWith("累计"));
    }

    /** 一共有几个镇街, 下辖几个街道: how many places there are is the figure asked, not which places. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "南岸区一共有几个镇街？|镇街",
        "留坝县下辖几个镇街？|镇街",
        "临泽县共有几个乡镇？|乡镇"})
    void should_count_places_the_asker_asks_the_number_of(String question, String metric) {
        assertThat(elsewhere.parse(question).asks()).anySatisfy(a -> assertThat(a.metric()).endsWith(metric));
    }

    /** 比23年多还是少: the asking of a change, whose 多 is no 增加 of the report's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "留坝县24年法律援助办了多少件？比23年多还是少，差多少？",
        "健龙镇今年受理多少件纠纷？比去年增加了还是减少了？"})
    void should_keep_the_asking_of_a_change_out_of_the_words(String question) {
        assertThat(elsewhere.parse(question).asks()).allSatisfy(a ->
                assertThat(a.metric() + " " + a.context()).doesNotContain("增加").doesNotContain("减少"));
    }

    /** 多少家门口纠纷: 家门口 is a word, no 家 counting households. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "邬阳乡推的屋场会，化解了多少家门口纠纷？|家门口纠纷",
        "雁峰区慰问了多少家属？|家属"})
    void should_keep_a_word_starting_with_jia_whole(String question, String metric) {
        assertThat(elsewhere.parse(question).asks()).anySatisfy(a -> assertThat(a.metric()).contains(metric));
    }

    /** 23年…搞了几次, asked of a place whose last report is 2022's: what was done, which that report's plan does not say. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "大均乡23年班子集中学法搞了几次？|0",
        "大均乡2023年办了多少件法律援助？|0",
        "大均乡23年计划集中学法几次？|1",
        "大均乡2023年打算开展几次集中学法？|1",
        "大均乡2023年的工作思路列了几条？|1"})
    void should_not_answer_what_was_done_from_a_plan(String question, int reports) {
        assertThat(elsewhere.parse(question).scope()).hasSize(reports);
    }

    /** 两年各办了多少件: the years the figures are asked of are no words of what they count. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "留坝县的法律援助案件，24年跟23年比是多了还是少了？两年各办了多少件？",
        "健龙镇信访件23年和24年这两年分别受理多少件？"})
    void should_keep_the_years_asked_out_of_the_words(String question) {
        assertThat(elsewhere.parse(question).asks()).allSatisfy(a -> assertThat(a.metric()).doesNotContain("两年"));
    }

    /** 好像没直接写百分比，麻烦算一下: what the report lacks asks no figure; the rate stays the one ask. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "震泽、枫桥、乐从这三个镇，人民调解的成功率谁最高？震泽好像没直接写百分比，麻烦算一下再排。",
        "枫桥和震泽调解成功率哪个高？震泽没写比例的话帮我算一下。"})
    void should_read_what_the_report_lacks_as_no_ask(String question) {
        assertThat(elsewhere.parse(question).asks()).allSatisfy(a ->
                assertThat(a.metric()).doesNotContain("没").doesNotContain("直接"));
    }

    /** 加一下再比: how the report lays out the figure and how to add it up are no words of what is counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口和黄溪执法办案量哪个多？江口那边好像是按简易程序、一般程序分开写的，帮我加一下再比。|简易程序",
        "江口和黄溪办案量谁多？江口好像是按简易、一般、委托分项列的，加一加再排。|委托"})
    void should_keep_the_askers_sum_out_of_the_words(String question, String part) {
        assertThat(parser.parse(question).asks()).allSatisfy(a -> assertThat(a.metric()).contains(part)
                .doesNotContain("好像").doesNotContain("分开写").doesNotContain("加一").doesNotContain("再比"));
    }

    /** 那几个街道, 哪几个街道: the level the question asks across the corpus keeps only its places. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "24年度报告里那几个街道，培育法律明白人的人数排一下名。",
        "哪几个街道搞了社区书记述法？",
        "这几个街道的调解成功率比一比"})
    void should_keep_the_streets_a_question_asks_across(String question) {
        List<Report> scope = elsewhere.parse(question).scope();
        assertThat(scope).isNotEmpty().allSatisfy(r -> assertThat(r.place().town()).contains("街"));
    }

    /** “网上可办”率: a report's quotation marks inside the rate word are no part of it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "南岸区网上可办率是多少？|全区政务服务事项“网上可办”率达到99.2%",
        "各地调解成功率比一比|“调解成功”率为98%"})
    void should_read_a_rate_word_inside_quotation_marks(String question, String clause) {
        assertThat(RateWord.of(question)).hasValueSatisfying(r -> assertThat(r.namedIn(clause)).isTrue());
    }

    /** 调解成功率 asked, 化解率 written: the rate words reports write for one another are tried after those asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "燕子矶和纺织城的调解成功率谁高？|化解率",
        "各地化解率比一比|调解成功率"})
    void should_try_the_rate_word_reports_write_for_the_one_asked(String question, String written) {
        assertThat(RateWord.of(question)).hasValueSatisfying(r -> assertThat(r.alternatives()).contains(written));
    }

    /** 2024年矛盾纠纷的化解率: the year is when, no part of what the rate is of. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024年矛盾纠纷的化解率|矛盾纠纷",
        "24年度信访件的办结率|信访件",
        "四会玉器维权工作站调处侵权投诉的成功率|侵权投诉"})
    void should_read_what_a_rate_is_of_without_its_year(String asked, String object) {
        assertThat(RateWord.of(asked)).hasValueSatisfying(r -> assertThat(r.object()).isEqualTo(object));
    }

    /** Of two quoted phrases, the one after the asking words is searched (the first is the asker's example). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "想了解“一村一警一法律顾问”这类做法，哪几份报告里提到了“一村一……法律顾问”？|一村一……法律顾问",
        "“枫桥经验”我们也在学，哪些报告写了“枫桥式”？|枫桥式",
        "“三官两员”这个提法，哪几份报告里有？|三官两员"})
    void should_search_the_quoted_phrase_asked(String question, String phrase) {
        assertThat(ReportMention.of(elsewhere.parse(question)))
                .hasValueSatisfying(m -> assertThat(m.phrase()).isEqualTo(phrase));
    }

    /** 借赶场、赶集的时机做法治宣传: the means opens what the places did, 借 as 借着 does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "这批报告里有哪些地方是借赶场、赶集的时机做法治宣传的？|借赶场 赶集的时机做法治宣传",
        "哪些地方借农闲时节搞普法的？|借农闲时节搞普法"})
    void should_search_what_was_done_with_borrowed_means(String question, String phrase) {
        assertThat(ReportMention.of(elsewhere.parse(question)))
                .hasValueSatisfying(m -> assertThat(m.phrase()).isEqualTo(phrase));
    }
}
