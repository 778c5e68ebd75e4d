package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.Report;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionParserTest extends ShippedCorpus {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "健龙镇受理了多少件矛盾纠纷？|健龙镇|2024",
        "健龙去年受理了多少件矛盾纠纷？|健龙镇|2024",
        "璧山区健龙镇受理了多少件矛盾纠纷？|健龙镇|2024",
        "璧山那个镇受理了多少件矛盾纠纷？|健龙镇|2024",
        "通江洪口镇聘请了几名法律顾问？|洪口镇|2023",
        "云阳江口镇2023年罚款多少钱？|江口镇|2023",
        "衡阳市雁峰区2024年度审结多少件行政复议？|雁峰区|2024",
        "黔江黄溪镇有几个执法人员？|黄溪镇|2024"})
    void should_resolve_place_and_year(String question, String place, int year) {
        Question q = parser.parse(question);
        assertThat(q.scope()).extracting(r -> r.place().name()).containsExactly(place);
        assertThat(q.scope()).extracting(Report::year).containsExactly(year);
        assertThat(q.unknownPlaces()).isEmpty();
    }

    @Test
    void should_say_which_year_is_missing() {
        Question q = parser.parse("健龙镇2023年受理了多少件矛盾纠纷？");
        assertThat(q.scope()).isEmpty();
        assertThat(q.missingYear()).contains("健龙镇").contains("2024年度").contains("没有2023年度");
    }

    @Test
    void should_notice_a_place_the_corpus_does_not_have() {
        assertThat(parser.parse("衡阳市珠晖区2024年审结了多少件行政复议？").unknownPlaces()).containsExactly("珠晖区");
        assertThat(parser.parse("健龙镇在场镇新建了几个探头？").unknownPlaces()).isEmpty();
        assertThat(parser.parse("黄溪镇2024年组织镇村干部学了哪几部法律？").unknownPlaces()).isEmpty();
        assertThat(parser.parse("黄溪镇组织镇村干部学了哪几部法律？").unknownPlaces()).isEmpty();
        assertThat(parser.parse("石门镇村民调解了多少纠纷？").unknownPlaces()).containsExactly("石门镇");
        assertThat(parser.parse("健龙镇和黄溪镇，哪个镇的信访件更多？").unknownPlaces()).isEmpty();
    }

    @Test
    void should_read_next_year_plans_from_the_report_before() {
        Question q = parser.parse("雁峰区2025年计划把多少项决策列入目录？");
        assertThat(q.future()).isTrue();
        assertThat(q.scope()).extracting(Report::year).containsExactly(2024);
    }

    /** The year after a place's last report, which that report speaks of: its plans, without a word of planning. */
    @Test
    void should_read_the_year_after_the_last_report_as_its_plans() {
        Question q = parser.parse("健龙镇2025年推进法治政府建设重点抓哪几方面工作？");
        assertThat(q.future()).isTrue();
        assertThat(q.scope()).extracting(Report::year).containsExactly(2024);
        Question all = parser.parse("2024年度的三份报告里，各地当年自己制定了几件规范性文件？");
        assertThat(all.future()).isFalse();
        assertThat(all.scope()).extracting(Report::year).containsOnly(2024);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "健龙镇受理了多少件矛盾纠纷？|NUMERIC",
        "健龙镇和雁峰区组织旁听庭审，哪个多？|COMPARE",
        "哪个地方化解矛盾纠纷最多？|COMPARE",
        "各地受理矛盾纠纷分别是多少？|COMPARE",
        "每个镇有多少执法人员？|COMPARE",
        "各地都开展了哪些普法活动？|LIST",
        "你这里有哪几个地方2024年度的报告？|CATALOG",
        "江口镇执法的“三项制度”具体是哪三项？|LIST",
        "健龙镇法治政府建设领导小组的组长是谁？|FACT"})
    void should_tell_the_kind_of_question(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    @Test
    void should_not_count_every_place_words_as_part_of_the_metric() {
        assertThat(parser.parse("各地受理矛盾纠纷分别是多少？").asks()).singleElement()
                .satisfies(ask -> assertThat(ask.metric()).isEqualTo("受理矛盾纠纷"));
    }

    @ParameterizedTest
    @CsvSource({"健龙镇发放了多少册《民法典》？,册", "健龙镇配备了几台执法记录仪？,台", "健龙镇新建了多少套设备？,套"})
    void should_count_in_the_measure_word_asked_even_without_kin(String question, String unit) {
        assertThat(parser.parse(question).asks()).singleElement()
                .satisfies(ask -> assertThat(ask.units()).containsExactly(unit));
    }

    @Test
    void should_split_a_question_into_the_figures_it_asks_for() {
        List<Ask> asks = parser.parse("璧山健龙镇纪委2024年办了几件问题线索？立案几件、处分和组织处理各几人？").asks();
        assertThat(asks).extracting(Ask::metric).containsExactly("纪委 办 问题线索", "立案", "处分", "组织处理");
        assertThat(asks.get(3).units()).contains("人", "名");
        assertThat(parser.parse("江口镇按一般程序处罚了几起，罚款多少钱？").asks()).extracting(Ask::units)
                .containsExactly(java.util.Set.of("起", "件", "宗"), java.util.Set.of("元"));
    }

    @Test
    void should_carry_place_year_and_metric_into_follow_ups() {
        Question first = parser.parse("健龙镇受理了多少件矛盾纠纷？");
        Question other = parser.parse("那江口镇呢？", first);
        assertThat(other.scope()).extracting(r -> r.place().name()).containsExactly("江口镇");
        assertThat(other.asks()).isEqualTo(first.asks());
        Question money = parser.parse("罚款多少钱？", other);
        assertThat(money.scope()).extracting(r -> r.place().name()).containsExactly("江口镇");
        assertThat(money.asks()).extracting(Ask::metric).containsExactly("罚款");
    }
}
