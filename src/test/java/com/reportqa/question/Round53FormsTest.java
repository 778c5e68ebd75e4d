package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.RateWord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds iz and ja of session 24 found, each in several wordings of our own. */
class Round53FormsTest extends ShippedCorpus {

    /** 审结了多大比例, 化解了百分之几: the share of an action asked in words is that action's rate. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "受理的案子审结了多大比例|审结率|",
        "受理的行政复议案件审结了多少比例|审结率|行政复议案件",
        "信访件办结了百分之几|办结率|信访件",
        "矛盾纠纷化解了几成|化解率|矛盾纠纷",
        "执法人员里持证的比例|持证率|",
        "去年化解成功的比例|成功率|",
        "两边调处成功的比例哪个高|成功率|"})
    void should_read_an_actions_share_asked_in_words_as_its_rate(String asked, String head, String object) {
        RateWord rate = RateWord.of(asked).orElseThrow();
        assertThat(rate.head()).isEqualTo(head);
        assertThat(rate.object()).isEqualTo(object == null ? "" : object);
    }

    /** 县、镇（街道）、村（社区）三级各建了多少个: a level word alone is an item; 三级 counts them and is no word of one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇的公共法律服务网络，县、镇（街道）、村（社区）三级各建了多少个？|3",
        "健龙镇的公共法律服务，镇、村两级各建了多少个？|2",
        "健龙镇的调解组织，镇、村两级分别有几个？|2"})
    void should_ask_each_level_listed(String question, int asked) {
        List<Ask> asks = parser.parse(question).asks();
        assertThat(asks).hasSize(asked);
        assertThat(asks).noneSatisfy(a -> assertThat(a.metric()).containsPattern("[两三]级"));
    }

    /** 哪些地方在报告年度里新创建了…: the year the reports cover between the asker and the verb; 创建了 is done. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "想统计一下，哪些地方在报告年度里新创建了省级民主法治示范村？",
        "哪几个地方当年创成了市级法治示范社区？",
        "哪些镇去年组建了法律顾问团？",
        "哪些地方打造了“法治文化广场”？"})
    void should_read_which_places_did_it_as_a_mention(String question) {
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.MENTIONS);
    }

    /** 多少报酬, 多少经费: money asked without a measure word is counted in 元, never in 份 or 件. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇的法律顾问一年拿多少报酬？",
        "健龙镇普法一年花了多少经费？",
        "黄溪镇给调解员发了多少补贴？"})
    void should_count_money_asked_without_a_measure_word_in_yuan(String question) {
        assertThat(parser.parse(question).asks()).singleElement()
                .satisfies(a -> assertThat(a.units()).containsExactly("元"));
    }

    /** 公文哪天生成的: how some pages label the date the report was put out, asked in the asker's words. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "临泽县那份报告，公文哪天生成的？",
        "这份文件是什么时候生成的？",
        "公文生成日期是哪天？"})
    void should_read_when_the_document_was_generated_as_its_publication(String question) {
        assertThat(MetadataField.asked(question)).contains(MetadataField.PUBLISHED);
    }

    /** 执法人员的培训 and 行政执法责任制 share only 执法, which every report has: two questions. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇给执法人员上职业道德培训，多长时间搞一次？行政执法责任制是按哪个条例落实的？",
        "黄溪镇执法队员多少人？执法证是哪年换发的？"})
    void should_not_join_questions_that_share_only_enforcement(String message) {
        Question whole = parser.parse(message);
        assertThat(SeveralQuestions.parts(whole.text(), whole, parser)).hasSize(2);
    }

    /** Each sentence of a message on its own, the place of the first written into the next. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇那个“法治移动讲堂”，请谁来讲的？讲堂一共讲了几次？|健龙镇讲堂一共讲了几次？",
        "江口镇处罚金额合计多少？简易程序和一般程序各多少？|江口镇简易程序和一般程序各多少？"})
    void should_read_each_sentence_alone_when_asked_to(String message, String second) {
        Question whole = parser.parse(message);
        List<SeveralQuestions.Part> parts = SeveralQuestions.sentences(whole.text(), whole, parser);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(1).standalone()).isEqualTo(second);
    }

    /** 化解（调解成功）率: a longer action in brackets is the rate's alternative, as 化解（办结）率 is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "矛盾纠纷化解（调解成功）率哪个高|化解率|调解成功率",
        "信访化解（办结）率|化解率|办结率",
        "化解率和办结率哪个高|化解率|",
        "受理的信访件，最后化解/办结的比例各是多少|化解率|办结率"})
    void should_read_a_bracketed_rate_as_the_alternative(String asked, String head, String other) {
        RateWord rate = RateWord.of(asked).orElseThrow();
        assertThat(rate.head()).isEqualTo(head);
        assertThat(rate.others()).isEqualTo(other == null ? List.of() : List.of(other));
    }

    /** 排名靠后的3个村: a rank the report names is no ranking asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇考核排名靠后的约谈了几个村？|NUMERIC",
        "黄溪镇排名靠前的村有几个？|NUMERIC",
        "健龙镇和黄溪镇的执法件数排名？|COMPARE"})
    void should_not_take_a_rank_named_for_a_ranking_asked(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** 用哪几个单位的名义报的: the issuer asked with 用 as with 以. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口那份报告是用哪几个单位的名义报的？",
        "这份报告以哪个单位的名义发的？"})
    void should_read_whose_name_the_report_is_in_as_its_issuer(String question) {
        assertThat(MetadataField.asked(question)).contains(MetadataField.ISSUER);
    }

    /** 年份不一样我知道 is said, not asked; 跟律所签了协议 says with whom, it joins no second thing counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "行政复议案件，雁峰和江口各是多少件？帮我排一下，年份不一样我知道。|知道",
        "雁峰区有多少个村（社区）跟律所签了法律顾问服务协议？|律所签",
        "健龙镇有多少个村和律师事务所结对共建？|律师事务所"})
    void should_ask_one_thing_with_the_askers_asides_and_partners(String question, String word) {
        List<Ask> asks = parser.parse(question).asks();
        assertThat(asks).hasSize(1);
        assertThat(asks.get(0).metric()).doesNotContain("知道");
        if (!word.equals("知道")) {
            assertThat(asks.get(0).metric()).contains(word);
        }
    }

    /** 哪些地方组织干部旁听过庭审, 哪几个地方22年的报告里写了…: which places did it, not the list of reports. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "这几份报告里，哪些地方组织干部旁听过庭审？",
        "哪些地方搞过法治赶集？",
        "哪几个地方23年的报告里写了“法律明白人”？"})
    void should_read_what_places_have_done_as_a_mention(String question) {
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.MENTIONS);
    }

    /** 各办了多少件？一共罚了多少钱？: money in all is no total of the cases asked each. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇一般程序和简易程序案件各办了多少？一共罚了多少钱？|false",
        "江口镇处罚罚款合计多少钱？简易程序和一般程序各罚了多少？|true",
        "江口镇处罚金额合计多少？简易程序和一般程序各多少？|true",
        "江口镇一共处罚了多少起？简易程序和一般程序各罚了多少钱？|false"})
    void should_not_take_money_in_all_for_the_total_of_counts(String question, boolean total) {
        Question q = parser.parse(question);
        assertThat(TotalAsk.of(q.text(), q.asks()).isPresent()).isEqualTo(total);
    }

    /** 是镇政府自己发的还是跟镇党委一起发的: alone or jointly, the issuer is asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "沙河镇那份报告，是镇政府自己发的还是跟镇党委一起发的？",
        "这份报告是镇党委和镇政府联合发的吗？"})
    void should_read_alone_or_jointly_as_the_issuer(String question) {
        assertThat(MetadataField.asked(question)).contains(MetadataField.ISSUER);
    }

    /** 别跟健龙镇搞混了。: a sentence that asks nothing is said about the question before, no question of its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇的法律顾问是哪家律所？另外专题会多久开一次？别跟健龙镇搞混了。|2",
        "健龙镇2024年受理了多少件矛盾纠纷？别跟信访搞混了。|1"})
    void should_not_take_a_remark_for_a_question(String message, int parts) {
        Question whole = parser.parse(message);
        assertThat(SeveralQuestions.parts(whole.text(), whole, parser)).hasSize(parts);
    }

    /** 审结的里面维持、确认违法、和解后终止各几件: the whole the items are part of is asked too; 和解 is one word. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇行政复议审结的里面维持、确认违法、和解后终止各几件？|审结|和解后终止|4",
        "江口镇受理的纠纷当中调解、诉讼、信访各多少件？|纠纷|信访|4"})
    void should_ask_the_whole_the_listed_parts_are_of(String question, String whole, String last, int asked) {
        List<Ask> asks = parser.parse(question).asks();
        assertThat(asks).hasSize(asked);
        assertThat(asks.get(0).metric()).contains(whole);
        assertThat(asks.get(asked - 1).metric()).contains(last);
    }
}
