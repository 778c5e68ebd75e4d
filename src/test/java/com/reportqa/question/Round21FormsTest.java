package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.RateWord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms blind rounds 28 and 29 found, each in several wordings of our own. */
class Round21FormsTest extends ShippedCorpus {

    /** 化解（办结）率: one 率 shared by two actions is two rate words, the second asked as the first's alternative. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "信访件的化解（办结）率，健龙、黄溪比一比|信访件的化解率（办结率），健龙、黄溪比一比",
        "化解/办结率谁高|化解率（办结率）谁高",
        "最后化解/办结的比例各是多少|最后化解率（办结率）各是多少",
        "调解或办结率是多少|调解率（办结率）是多少",
        "化解率/办结率谁高|化解率/办结率谁高",
        "化解率（办结率）谁高|化解率（办结率）谁高",
        "信访（来访）件有多少|信访（来访）件有多少"})
    void should_spell_out_a_shared_rate(String question, String spelled) {
        assertThat(QuestionText.sharedRateSpelledOut(question)).isEqualTo(spelled);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "信访件的化解（办结）率，健龙镇和黄溪镇比一比|化解率|办结率",
        "各地信访化解/办结率谁高|化解率|办结率"})
    void should_read_the_rate_and_its_alternative(String question, String head, String other) {
        RateWord rate = RateWord.of(parser.parse(question).topic()).orElseThrow();
        assertThat(rate.head()).isEqualTo(head);
        assertThat(rate.others()).containsExactly(other);
    }

    /** The counted thing named before how many, 有啥 and 列了 being words of asking. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024年法治政府建设有啥安排，列了几条？|安排",
        "2023年的主要举措分了几个方面？|主要举措",
        "存在的主要问题有几个？|主要问题",
        "下步工作目标有几条？|下步工作目标",
        "工作措施分成几个部分|工作措施"})
    void should_read_the_thing_counted_before_how_many(String question, String phrase) {
        assertThat(SloganAsk.of(question)).hasValueSatisfying(a -> {
            assertThat(a.phrase()).isEqualTo(phrase);
            assertThat(a.count()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一年下来办了多少笔业务|件",
        "窗口办了多少笔|笔"})
    void should_answer_transactions_asked_in_bi_with_jian(String question, String unit) {
        assertThat(parser.parse(question).asks().get(0).units()).contains(unit);
    }

    /** Where the thing is (下面), when (一年下来, …的时候) and how it is ranked (按多到少) say nothing of what. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "下面各有多少个村（社区）|村 社区",
        "镇底下有几个调委会|镇 调委会",
        "一年下来办了多少笔业务|办 业务",
        "联合执法的时候在现场答疑解惑服务了多少人次|联合执法 现场答疑解惑服务",
        "这三个地方调解成功的纠纷各有多少件 按多到少排一下|调解成功 纠纷"})
    void should_drop_where_when_and_how_ranked_from_the_metric(String question, String metric) {
        assertThat(AskSplitter.clean(question.replaceAll("[，,？?（）]", " "))).isEqualTo(metric);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "通江洪口镇这份年度报告是哪天在网上发出来的？|PUBLISHED",
        "报告啥时候在官网上挂出来的|PUBLISHED",
        "灵珠山街道的报告是哪天挂到网上发布的？|PUBLISHED",
        "报告什么时候放到网上的|PUBLISHED"})
    void should_see_a_publication_date_asked_the_spoken_way(String question, String field) {
        assertThat(MetadataField.allAsked(question).stream().map(Enum::name).toList()).containsExactly(field);
    }

    /** A target pursued or named (围绕…目标, 定的…目标, “三不”目标) is no plan; 明年的目标 is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇AI监控建设定的响应目标：预警、响应各要多长时间？|false",
        "枫桥镇围绕的那个“三不”目标，具体是哪三不？|false",
        "枫桥镇报告开头提的那个目标，“三不”是哪三句？|false",
        "雁峰区明年的目标是什么？|true",
        "洪口镇下步工作目标有几条？|true"})
    void should_read_a_target_pursued_as_no_plan(String question, boolean future) {
        assertThat(parser.parse(question).future()).isEqualTo(future);
    }

    /** 比上年降了多少 asks a change in per cent; 比上年多了几件 still counts cases. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "信访总量比上年降了多少？|%",
        "受理的行政复议案件同比增长多少|%",
        "罚款金额的增幅是多少|%",
        "受理的行政复议案件比上年多了几件|件"})
    void should_ask_a_change_against_last_year_in_per_cent(String question, String unit) {
        assertThat(parser.parse("健龙镇" + question).asks().get(0).units()).contains(unit);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"江口镇群众办事最多跑几趟？|NUMERIC", "哪个镇受理的信访最多？|COMPARE"})
    void should_read_zui_duo_pao_as_a_slogan_not_a_ranking(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** Rounds 34 and 35: how a ranking, a change against last year and a publication are asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇、黄溪镇、健龙镇各有多少名执法人员？按人数多少排|COMPARE|执法人员",
        "健龙镇信访比上一年多办了多少件？|NUMERIC|信访比 增加办",
        "健龙镇信访件比2023年涨了百分之多少？|NUMERIC|信访件比 增加"})
    void should_read_rankings_and_changes(String question, QuestionKind kind, String metric) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(q.asks()).hasSize(1);
        assertThat(q.asks().get(0).metric()).isEqualTo(metric);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"健龙镇2024年信访比2023年涨了百分之多少？|2024", "健龙镇2024年信访比上一年多办了几件|2024"})
    void should_keep_the_year_asked_not_the_year_compared_with(String question, int year) {
        assertThat(parser.parse(question).year()).isEqualTo(year);
        assertThat(parser.parse(question).asks().get(0).units()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"信访件的化解比例是多少|化解率", "矛盾纠纷办结比例|办结率", "企业占的比例|比例"})
    void should_read_a_share_named_by_its_action_as_its_rate(String question, String head) {
        assertThat(RateWord.of(question)).hasValueSatisfying(r -> assertThat(r.head()).isEqualTo(head));
    }
}
