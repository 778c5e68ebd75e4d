package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds ie and if of session 20 found, each in several wordings of our own. */
class Round41FormsTest extends ShippedCorpus {

    private static final QuestionParser elsewhere = TestCorpora.elsewhere();

    /** 收到和提出了多少条意见建议: two actions on one thing are two figures asked, each with the thing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区后评估收到和提出了多少条意见建议？|收到意见建议|提出意见建议",
        "健龙镇去年受理和化解了多少件矛盾纠纷？|受理矛盾纠纷|化解矛盾纠纷",
        "江口镇去年排查与化解了多少起矛盾纠纷？|排查矛盾纠纷|化解矛盾纠纷"})
    void should_ask_each_action_on_a_shared_thing(String question, String first, String second) {
        var asks = parser.parse(question).asks().stream().map(a -> a.metric().replaceAll("\\s", "")).toList();
        assertThat(asks).hasSize(2);
        assertThat(asks.get(0)).endsWith(first);
        assertThat(asks.get(1)).endsWith(second);
    }

    /** Things joined that are not actions on a shared thing stay one ask. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇新增企业和个体户多少个？",
        "健龙镇法治宣传和普法活动开展了多少场？"})
    void should_keep_things_joined_as_one_ask(String question) {
        assertThat(parser.parse(question).asks()).hasSize(1);
    }

    /** 枫桥镇、纺织城街道四家各办了多少件: the places counted are not the thing counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "便民服务中心一年办件量：枫桥镇、震泽镇、纺织城街道三家各办了多少件？",
        "枫桥镇、纺织城街道两家的便民服务中心各办了多少件？"})
    void should_leave_the_count_of_places_out_of_the_thing_asked(String question) {
        Question q = elsewhere.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.COMPARE);
        assertThat(q.asks().getFirst().metric()).doesNotContain("家");
    }

    /** 这些报告里哪几家提到了…: 家 counts the places as 份 counts the reports. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "有些地方用“坝坝会”搞普法，这些报告里哪几家提到了“坝坝会”？",
        "这几份报告，哪些家写了“院坝说法”？",
        "“法治赶场天”有几家提到过？"})
    void should_read_which_places_mention_it(String question) {
        assertThat(elsewhere.parse(question).kind()).isEqualTo(QuestionKind.MENTIONS);
    }

    /** 落款单位是谁、哪天; 公文生成日期: each field asked, the page's generated date its date. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "留坝县司法局那份报告落款单位是谁、哪天？|SIGNER|SIGNED",
        "临泽县司法局报告的文号是什么？顺便看下公文生成日期。|DOCUMENT_NUMBER|PUBLISHED",
        "那份报告的文件生成时间和发文机关分别是？|PUBLISHED|ISSUER"})
    void should_read_every_field_asked(String question, MetadataField first, MetadataField second) {
        assertThat(MetadataField.allAsked(question)).contains(first, second);
    }

    /** “矛盾不上交……”这个目标: a goal pointed back at is the report's, not a plan. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "枫桥镇围绕“矛盾不上交……”这个目标，一共包括几句？|false",
        "枫桥镇报告里这个目标是怎么表述的？|false",
        "枫桥镇明年的目标是什么？|true"})
    void should_read_a_goal_pointed_back_at_as_no_plan(String question, boolean future) {
        assertThat(elsewhere.parse(question).future()).isEqualTo(future);
    }

    /** “矛盾不上交……”一共几句: the opening words quoted are the slogan whose parts are counted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "枫桥镇围绕“矛盾不上交……”这个目标，一共包括几句？|矛盾不上交",
        "报告开头的“问题早发现…”那句，分为几个方面？|问题早发现"})
    void should_count_a_slogan_by_its_opening_words(String question, String phrase) {
        assertThat(SloganAsk.of(question)).hasValueSatisfying(a -> {
            assertThat(a.phrase()).isEqualTo(phrase);
            assertThat(a.count()).isTrue();
        });
    }

    /** 想引用一下…下一步打算：: the report's plan section named in the preamble is read; the asker's own plan is not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我在写材料，想引用一下纺织城街道下一步打算：执法培训定了几次？|true",
        "我想看看枫桥镇明年的工作计划，普法要搞几场？|true",
        "我们下一步打算搞普法，想问一下枫桥镇普法搞了几场？|false"})
    void should_read_a_plan_section_named_in_the_preamble(String question, boolean future) {
        assertThat(elsewhere.parse(question).future()).isEqualTo(future);
    }

    /** 哪些地方用了“坝坝会”: the places that used it are the ones whose reports mention it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "哪些地方用了“坝坝会”这种形式？",
        "哪几个镇采用了“院坝说法”？",
        "有哪些地方用过抖音做普法？"})
    void should_read_which_places_used_it_as_a_mention(String question) {
        assertThat(elsewhere.parse(question).kind()).isEqualTo(QuestionKind.MENTIONS);
    }

    /** 震泽要是没直接写成功率就帮我算一下: worked out only where not stated, no part of what is compared. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "人民调解成功率：震泽镇、乐从镇，哪个高？震泽要是没直接写成功率就帮我算一下。",
        "震泽镇和燕子矶街道调解成功率谁高？没写比例的话就帮我算一下"})
    void should_leave_a_conditional_instruction_out_of_the_rate(String question) {
        assertThat(elsewhere.parse(question).asks().getFirst().metric()).doesNotContain("算").doesNotContain("没");
    }

    /** 健龙镇和雁峰区比起来哪个多: the comparing words are no part of the thing compared. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "法律顾问出具的意见条数，健龙镇和雁峰区比起来哪个多？|法律顾问出具意见",
        "健龙镇和江口镇相比之下，受理矛盾纠纷谁多？|受理矛盾纠纷"})
    void should_leave_the_comparing_words_out(String question, String metric) {
        assertThat(parser.parse(question).asks().getFirst().metric().replaceAll("[\\s?？，,]", "")).isEqualTo(metric);
    }

    /** 2021-2025年法治政府建设实施方案: a plan's span, whatever name stands before 方案, is no year asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇为了落实璧山区2021-2025年法治政府建设实施方案，自己出的方案列了多少项具体任务？",
        "健龙镇落实2021—2025年法治政府建设规划，列了几项任务？"})
    void should_read_a_plan_span_before_its_name_as_no_year(String question) {
        Question q = parser.parse(question);
        assertThat(q.future()).isFalse();
        assertThat(q.scope()).singleElement().satisfies(r -> assertThat(r.year()).isEqualTo(2024));
    }

    /** 准备执法规范化的对比材料：…: the asker's writing, said without 我, is no part of the question. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "准备执法规范化的对比材料：旺草镇、兰考县三地的案卷评查合格率各是多少？|旺草镇",
        "我在准备一份调解工作对比表：震泽镇、横渠镇的调解成功率哪个高？|震泽镇"})
    void should_strip_a_preamble_of_the_askers_writing(String question, String start) {
        assertThat(AskerPreamble.strip(question)).startsWith(start);
    }

    /** 人民调解（调处）成功率: the alternative in brackets shares the words after it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "人民调解（调处）成功率各是多少？|人民调解成功率|调处成功率",
        "案件办结（审结）率是多少？|办结率|审结率"})
    void should_spell_out_a_rate_with_its_alternative(String question, String first, String second) {
        assertThat(QuestionText.sharedRateSpelledOut(question)).contains(first).contains(second);
    }

    /** 跟24年的57件放一起比一下: the year compared with is not the year asked; 哪一年多 asks both, the later read. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "雁峰区2023年审结了多少件行政复议？我想跟24年的57件放一起比一下。|2023",
        "健龙镇2023年受理了多少件矛盾纠纷？想跟2024年的224件放一起比一比。|2023",
        "健龙镇2024年受理矛盾纠纷多少件？2023年是多少件？哪一年多？|2024"})
    void should_read_the_year_asked(String question, int year) {
        assertThat(parser.parse(question).year()).isEqualTo(year);
    }

    /** 哪几个乡用上了双语普法: what the places used is what their reports mention. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "这些报告里哪几个乡用上了双语普法？",
        "哪些地方用上了“坝坝会”？"})
    void should_read_which_places_used_it(String question) {
        assertThat(elsewhere.parse(question).kind()).isEqualTo(QuestionKind.MENTIONS);
    }

    /** 我在准备…的发言稿，报告里…: the clause naming what the asker writes, and 报告里, come off; the measures stay. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我在准备健龙镇的发言稿，报告里矛盾纠纷化解率和信访化解率哪个高？|矛盾纠纷化解率和信访化解率哪个高？",
        "我在写材料，想引用雁峰区两个比例：好评率和普及率，这俩哪个更高？|想引用雁峰区两个比例：好评率和普及率，这俩哪个更高？",
        "报告里化解率和调解成功率哪个高？|化解率和调解成功率哪个高？"})
    void should_take_off_only_what_the_asker_writes(String question, String left) {
        assertThat(AskerPreamble.withoutWriting(question)).isEqualTo(left);
    }
}
