package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds of session 18 found, each in several wordings of our own. */
class Round35FormsTest extends ShippedCorpus {

    private static final QuestionParser elsewhere = TestCorpora.elsewhere();

    /** 网页上标的日期: the date the page shows is the publication date. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇那份报告，网页上标的日期是哪天？|PUBLISHED",
        "这份报告网站上显示的时间是几号？|PUBLISHED",
        "雁峰区的报告，官网上写着的日期是什么？|PUBLISHED"})
    void should_read_the_date_a_page_shows_as_published(String question, MetadataField field) {
        assertThat(MetadataField.asked(question)).contains(field);
    }

    /** 报告里说多久开一次: where the frequency is written is no part of what recurs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "法治政府建设专题会，报告里说多久开一次？|法治政府建设专题会",
        "例会报告中写的多久召开一次|例会",
        "执法培训文中提到多长时间一次|执法培训"})
    void should_leave_where_it_is_written_out_of_what_recurs(String question, String subject) {
        assertThat(DurationAsk.subject(question)).isEqualTo(subject);
    }

    /** 一共列了几条问题: the problems a report lists, counted in 条; 几个问题 stays a figure asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇报告“存在的不足和原因”那部分，一共列了几条问题？|问题",
        "洪口镇自己查摆出几条问题？|问题",
        "健龙镇“三送”活动收集了几个问题？|"})
    void should_count_the_problems_a_report_lists(String question, String phrase) {
        List<String> asked = SloganAsk.of(question).filter(SloganAsk::count).map(SloganAsk::phrase).stream().toList();
        assertThat(asked).isEqualTo(phrase == null ? List.of() : List.of(phrase));
    }

    /** 干了哪些活：审了多少份合同、搞了几次讲座: the 哪些 only announces the counts after the colon. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇的法律顾问一年干了哪些活：审了多少份合同、搞了几次培训讲座、参加了几次决策会议？|NUMERIC",
        "雁峰区行政复议有哪些情况：审结几件、纠错几件？|NUMERIC",
        "雁峰区的法律顾问做了哪些事？审核意见、服务件次各是多少？|NUMERIC",
        "健龙镇法律顾问做了哪些工作：参与了多少件？|LIST",
        "健龙镇干了哪些事：哪几项最突出？|LIST"})
    void should_read_counts_after_a_colon_as_figures(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** A preamble never takes away everything asked about: what is left must still name something. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我在写问题短板那一块，想参考一下洪口镇报告里自己找的问题，都有哪几条？|问题",
        "我在写对比材料，想引用三个镇的人民调解成功率：健龙镇、黄溪镇、江口镇。麻烦按从高到低排一下|调解成功率",
        "我在写材料，江口镇受理了多少矛盾纠纷？|矛盾纠纷",
        "我们镇想学学江口的做法——他们法治政府建设专题会是多久开一次？|专题会"})
    void should_keep_the_thing_asked_when_a_preamble_names_it(String question, String word) {
        assertThat(parser.parse(question).topic().replaceAll("\\s", "")).contains(word);
    }

    /** 行政复议、行政诉讼：复议几件: the one item of the topic the short word names, not the whole topic. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区2024年行政复议、行政诉讼：复议几件、诉讼几件？|行政复议",
        "健龙镇矛盾纠纷：受理几件、化解几件？|矛盾纠纷 受理"})
    void should_take_the_topic_item_the_short_word_names(String question, String first) {
        assertThat(parser.parse(question).asks().getFirst().metric()).isEqualTo(first);
    }

    /** 列了几条，分别是什么 asks the count and then the items; 那几个“挂”，分别是啥 asks only the items. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025年的工作措施列了几条，分别是什么？|工作措施|true",
        "存在的问题一共几条，具体是哪些？|问题|true",
        "那几个“挂”，分别是啥？|挂|false"})
    void should_count_when_the_count_is_asked_before_the_items(String question, String phrase, boolean count) {
        assertThat(SloganAsk.of(question)).get().satisfies(a -> {
            assertThat(a.phrase()).isEqualTo(phrase);
            assertThat(a.count()).isEqualTo(count);
        });
    }

    /** 计划至少学几次, 报告里提到的: intent and mention name nothing counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇明年的普法宣传计划至少搞几场？|普法宣传|计划",
        "报告里提到的江口镇新增市场主体有多少个？|新增市场主体|提到",
        "雁峰区和江口镇，哪家的行政复议案子多？排个先后。|行政复议|先后"})
    void should_drop_intent_and_mention(String question, String kept, String dropped) {
        assertThat(parser.parse(question).asks()).first().satisfies(a -> {
            assertThat(a.metric()).contains(kept);
            assertThat(a.metric()).doesNotContain(dropped);
        });
    }

    /**
     * 临泽县那份报告, 临泽县司法局报告的数字: the county's own report, not also the town under it; 临泽县各镇 and a
     * name no report is of (四川) still stand for the places under them.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "临泽县那份2024年法治政府建设情况报告是哪个单位出的？|甘肃省张掖市临泽县",
        "行政复议的纠错率，安顺市和临泽县司法局报告的数字哪个高？|贵州省安顺市,甘肃省张掖市临泽县",
        "临泽县各镇的调解成功率是多少？|甘肃省张掖市临泽县沙河镇"})
    void should_take_a_county_named_for_its_own_report(String question, String places) {
        assertThat(elsewhere.parse(question).scope()).extracting(r -> r.place().display())
                .containsExactly(places.split(","));
    }

    /** 是哪个单位出的？文号是多少？: the 多少 of a document number counts nothing; both fields are asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "临泽县那份报告是哪个单位出的？文号是多少？|ISSUER,DOCUMENT_NUMBER",
        "江口镇报告是哪个单位发布的，索引号是多少？|ISSUER,INDEX_NUMBER"})
    void should_read_each_field_beside_a_number_asked(String question, String fields) {
        assertThat(MetadataField.allAsked(question)).extracting(Enum::name).containsExactly(fields.split(","));
    }

    /** 合同协议份数, 一年, 怎么排: 份数 counts in 份; a year's span and how to rank name nothing counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇法律顾问一年审查的合同份数是多少？|审查 合同|份",
        "法律顾问审查的合同份数，江口镇和健龙镇从多到少怎么排？|法律顾问 审查 合同|份"})
    void should_count_copies_and_drop_span_and_ranking(String question, String metric, String unit) {
        assertThat(parser.parse(question).asks()).first().satisfies(a -> {
            assertThat(a.metric()).contains(metric.split(" ")).doesNotContain("一年").doesNotContain("排");
            assertThat(a.units()).contains(unit);
        });
    }

    /** 《…纲要》是谁印发的 asks who issued a document the report cites, a fact; 这份报告是谁印发的 is metadata. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "洪口镇报告开头说贯彻落实的《法治政府建设实施纲要(2021-2025年)》，是谁印发的？|FACT",
        "健龙镇这份报告是谁印发的？|METADATA"})
    void should_tell_a_cited_documents_issuer_from_the_reports(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }
}
