package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.Report;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places named as officials write them, over the reports written in real page forms: any prefix or shortening
 * of the chain the national gazetteer gives (even when the report never writes it), provinces and cities as
 * filters, and prefixes that contradict the report.
 */
class PlacePrefixTest {

    static final QuestionParser parser = TestCorpora.elsewhere();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "诸暨枫桥镇2024年受理了多少件矛盾纠纷？|枫桥镇",
        "绍兴市诸暨市枫桥镇受理矛盾纠纷多少件|枫桥镇",
        "浙江枫桥镇受理矛盾纠纷多少件|枫桥镇",
        "灞桥区纺织城街道行政处罚多少件？|纺织城街道",
        "西安纺织城街道行政处罚多少件？|纺织城街道",
        "陕西西安灞桥纺织城街道行政处罚多少件？|纺织城街道",
        "渠县那个乡调处矛盾纠纷多少件？|拱市乡",
        "互助县林川乡罚款多少|林川乡",
        "郑州福华街受理矛盾纠纷多少件|福华街街道",
        "二七区福华街道受理矛盾纠纷多少件|福华街街道",
        "江汉区民权街罚款多少|民权街街道",
        "武汉民权街罚款多少|民权街街道",
        "涪陵增福镇罚款多少|增福镇",
        "长葛增福镇罚款多少|增福镇",
        "景宁大均乡排查返乡人员多少人次|大均乡"})
    void should_read_a_place_under_any_prefix_of_its_chain(String question, String town) {
        Question q = parser.parse(question);

        assertThat(q.unknownPlaces()).isEmpty();
        assertThat(q.mismatched()).isEmpty();
        assertThat(q.ambiguous()).isEmpty();
        assertThat(q.scope()).isNotEmpty().extracting(r -> r.place().town()).containsOnly(town);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "临安区枫桥镇受理了多少件矛盾纠纷？|临安区",
        "雁塔区纺织城街道行政处罚多少件？|雁塔区",
        "开封市开封镇办了多少件法律援助案件？|开封市",
        "二七区民权街罚款多少|二七区",
        "九龙坡区增福镇罚款多少|九龙坡区"})
    void should_refuse_a_prefix_the_place_does_not_lie_in(String question, String prefix) {
        Question q = parser.parse(question);

        assertThat(q.mismatched()).singleElement().asString().contains("不在" + prefix);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "四川的报告里，哪个乡镇培育的法律明白人最多？|拱市乡、开封镇",
        "重庆各镇2024年调处矛盾纠纷的数量比一比|修齐镇、增福镇",
        "贵州两个镇的行政处罚罚款谁多？|旺草镇、茅贡镇",
        "两个增福镇2024年的罚款哪个多？|河南省许昌市长葛市增福镇、重庆市涪陵区增福镇"})
    void should_read_a_province_city_or_shared_name_as_each_of_its_places(String question, String places) {
        Question q = parser.parse(question);

        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        assertThat(q.ambiguous()).isEmpty();
        assertThat(q.places()).containsExactlyInAnyOrder(places.split("、"));
    }

    /** A level asked of the whole corpus (所有街道, 各乡) narrows the comparison to it; it names no place. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "语料里所有街道（街道办事处）的报告，罚款各是多少？从高到低排一下。|街",
        "各乡的法律明白人有多少，排个序|乡",
        "全部乡镇的行政处罚案件谁最多？|镇乡"})
    void should_compare_the_places_of_a_level_asked_across_the_corpus(String question, String endings) {
        Question q = parser.parse(question);

        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        assertThat(q.unknownPlaces()).isEmpty();
        assertThat(q.scope()).hasSizeGreaterThan(2).allSatisfy(r -> assertThat(r.place().town()).isNotNull()
                .satisfies(town -> assertThat(endings.chars().anyMatch(c -> town.indexOf(c) >= 0)).isTrue()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "枫桥镇2023年度述法中提出问题多少个？|2023|2024",
        "留坝县2023年全年的法律援助案件是多少件？|2023|2024"})
    void should_answer_a_year_without_a_report_from_the_next_years_report(String question, int year, int from) {
        Question q = parser.parse(question);

        assertThat(q.statedYear()).isEqualTo(year);
        assertThat(q.scope()).extracting(Report::year).containsOnly(from);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"太平镇2023年受理矛盾纠纷多少件|太平镇"})
    void should_keep_a_place_the_gazetteer_cannot_decide_as_written(String question, String town) {
        Question q = parser.parse(question);

        assertThat(q.scope()).singleElement().satisfies(r -> {
            assertThat(r.place().town()).isEqualTo(town);
            assertThat(r.place().county()).isNull();
        });
    }
}
