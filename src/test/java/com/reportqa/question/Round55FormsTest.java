package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds jf–jl of session 25 found, each in several wordings of our own. */
class Round55FormsTest extends ShippedCorpus {

    /**
     * 提到X的报告，都有哪些地方 (the reports named before the asker), 哪些报告里有X的内容, the asker's learning or looking
     * (想学学, 想看看这批报告里) before it: X searched across the reports, its words without the asker's.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            我想找提到“网格化管理”的报告，都有哪些地方？           | 网格化管理         | true
            提到法律明白人的报告，都有哪些地方？                   | 法律明白人         | false
            哪些报告里有依法防控疫情的内容？                       | 依法防控疫情       | false
            哪几份材料里有关于合法性审查的表述？                   | 关于合法性审查     | false
            想学学利用赶集搞普法的做法，哪几个地方的报告里有？     | 利用赶集搞普法     | false
            想借鉴一下用抖音做宣传的做法，哪些地方的报告里有？     | 用抖音做宣传       | false
            我们村挨着景区，想看看这批报告里哪些提到了旅游方面的纠纷？ | 旅游方面的纠纷 | false
            """)
    void should_read_the_phrase_searched_for(String question, String phrase, boolean quoted) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.MENTIONS);
        assertThat(ReportMention.of(q)).hasValueSatisfying(m -> {
            assertThat(m.phrase()).isEqualTo(phrase);
            assertThat(m.quoted()).isEqualTo(quoted);
            assertThat(m.none()).isFalse();
        });
    }

    /** 哪些地方全年既没有A也没有B: the places whose reports state that none of it happened; 没有写 is no such ask. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪些地方全年既没有行政复议也没有行政诉讼？ | 行政复议 行政诉讼
            哪几个镇没有发生安全生产事故？             | 安全生产事故
            哪些地方当年没出现过行政诉讼败诉？         | 行政诉讼败诉
            """)
    void should_read_which_places_had_none(String question, String phrase) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.MENTIONS);
        assertThat(ReportMention.of(q)).hasValueSatisfying(m -> {
            assertThat(m.phrase()).isEqualTo(phrase);
            assertThat(m.none()).isTrue();
        });
    }

    /** 哪几个地方A和B都没有: none of each thing named, said after them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪几个地方行政复议和行政诉讼都没有？   | 行政复议 行政诉讼
            哪些镇全年安全生产事故为零？           | 安全生产事故
            """)
    void should_read_none_said_after_the_things(String question, String phrase) {
        assertThat(ReportMention.of(parser.parse(question))).hasValueSatisfying(m -> {
            assertThat(m.phrase()).isEqualTo(phrase);
            assertThat(m.none()).isTrue();
        });
    }

    /** 有哪几份报告里组织干部去旁听庭审了: what the places did, in the perfective 了 closing the question. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            有哪几份报告里组织干部去旁听庭审了？ | 组织干部去旁听庭审
            哪几个镇组织干部参加宪法宣誓了？     | 组织干部参加宪法宣誓
            """)
    void should_read_what_was_done_as_a_mention(String question, String phrase) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.MENTIONS);
        assertThat(ReportMention.of(q)).hasValueSatisfying(m -> assertThat(m.phrase()).isEqualTo(phrase));
    }

    /** 借着赶集搞普法，哪几个地方的报告里有这种做法: 这种做法 points back at the asker's clause, which says X. */
    @Test
    void should_read_the_practice_pointed_back_at() {
        assertThat(ReportMention.of(parser.parse("我们镇也想借着赶集搞普法，哪几个地方的报告里有这种做法？")))
                .hasValueSatisfying(m -> assertThat(m.phrase()).isEqualTo("借着赶集搞普法"));
    }

    /** 最后推广使用率到多少了: what came of a year no report covers, which its plan cannot say. */
    @Test
    void should_not_answer_an_outcome_from_the_plan_before_it() {
        Question q = parser.parse("洪口镇24年法律明白人最后培养到多少了？");
        assertThat(q.future()).isFalse();
        assertThat(q.missingYear()).isNotNull();
    }

    /** 收到多少条意见建议、又提了多少条: 又 only says the verb follows; the thing counted is the clause before's. */
    @Test
    void should_read_a_verb_after_again_as_counting_the_thing_before() {
        Question q = parser.parse("雁峰区评估后收到多少条意见建议、又提了多少条？");
        assertThat(q.asks()).anySatisfy(a -> assertThat(a.metric()).isEqualTo("提 意见建议"));
    }

    /** 组建的专门队伍是由几类人员组成的: the group, by the members its sentence lists (几类人员 is no slogan). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            雁峰区组建的专门队伍是由几类人员组成的？ | 专门队伍
            健龙镇的调解队由几类人组成？             | 调解队
            """)
    void should_count_the_members_of_a_group(String question, String group) {
        assertThat(SloganAsk.of(parser.parse(question))).contains(new SloganAsk(group, true, false));
    }

    /** 24年比23年是升了还是降了: a rise or fall asked as a choice is a comparison. */
    @Test
    void should_read_rise_or_fall_as_a_comparison() {
        assertThat(parser.parse("健龙镇信访化解率24年比23年是升了还是降了？").kind()).isEqualTo(QuestionKind.COMPARE);
    }

    /** 拆了多大面积: an area is counted in 平方米 or 亩, never in the 处 of the sites. */
    @Test
    void should_count_an_area_in_its_units() {
        assertThat(parser.parse("健龙镇拆除违法建筑一共拆了多大面积？").asks()).singleElement()
                .satisfies(a -> assertThat(a.units()).contains("平方米", "亩"));
    }

    /** 哪个镇办的案子多: cases compared are counted in 件 or 起, never in the 名 of the people who handled them. */
    @Test
    void should_count_cases_compared_in_their_units() {
        assertThat(parser.parse("江口镇和黄溪镇哪个镇执法办的案子多？").asks()).singleElement()
                .satisfies(a -> assertThat(a.units()).contains("件", "起").doesNotContain("名"));
    }

    /** 江口报告没写总数的话就把几类加起来: how to add up a total not written, no word of what is compared. */
    @Test
    void should_leave_how_to_add_up_out_of_the_measure() {
        Question q = parser.parse("江口镇和黄溪镇执法办案量谁大？江口报告没写总数的话就把几类加起来。");
        assertThat(q.topic()).doesNotContain("没写");
        assertThat(q.asks()).noneSatisfy(a -> assertThat(a.metric()).contains("没写"));
    }

    /** 我想看下信访这块，…各受理了多少件: the block the asker looks at is the topic, not their own preamble. */
    @Test
    void should_keep_the_block_looked_at() {
        assertThat(AskerPreamble.strip("我想看下信访这块，健龙镇和黄溪镇去年各受理了多少件？")).contains("信访");
    }

    @Test
    void should_not_read_a_report_leaving_x_out_as_none_happened() {
        assertThat(ReportMention.of(parser.parse("哪些报告没有写法律顾问？"))).hasValueSatisfying(m ->
                assertThat(m.none()).isFalse());
    }

    /** 哪天发文的 asks the date the document was issued under; 网上哪天挂出来的 the date it was put online. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇那份报告是哪天发文的？网上又是哪天挂出来的？ | SIGNED PUBLISHED
            雁峰区的报告什么时候发文的？                       | SIGNED
            黄溪镇的报告哪天发的？                             | PUBLISHED
            """)
    void should_tell_the_issuing_date_from_the_publication(String question, String fields) {
        assertThat(MetadataField.allAsked(question).stream().map(Enum::name).toList())
                .isEqualTo(List.of(fields.split(" ")));
    }

    /** 守住的“不发生”底线，一共是几个: the quoted word, what it names, then how many (“六个不发生”). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            雁峰区守住的“不发生”底线，一共是几个？ | 不发生
            江口镇要做到的“零投诉”目标有几个？     | 零投诉
            江口镇那几个“X办”（就近办那些），一共有几个？ | 办
            黄溪镇提的“某个一”（一张清单那些）列了几条？   | 个一
            """)
    void should_count_a_slogan_quoted_before_its_count(String question, String phrase) {
        assertThat(SloganAsk.of(parser.parse(question))).contains(new SloganAsk(phrase, true, true));
    }

    /** 跟…比是高还是低: a choice between higher and lower is a comparison. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇信访的化解率，跟全镇矛盾纠纷的化解率比是高还是低？
            健龙镇受理的信访比黄溪镇是多还是少？
            """)
    void should_read_higher_or_lower_as_a_comparison(String question) {
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.COMPARE);
    }

    /** 璧山区本级: the district's own report, not the towns' under it. */
    @Test
    void should_not_answer_a_level_of_its_own_from_the_towns_under_it() {
        Question q = parser.parse("璧山区本级受理矛盾纠纷多少件？");
        assertThat(q.unknownPlaces()).contains("璧山区（区级）");
        assertThat(q.places()).isEmpty();
    }

    /** 黄溪那份好像没直接写化解率: what the asker says a report lacks is no word of what is asked. */
    @Test
    void should_leave_the_askers_aside_out_of_the_topic() {
        Question q = parser.parse("健龙镇和黄溪镇，矛盾纠纷的化解率谁高？黄溪那份好像没直接写化解率。");
        assertThat(q.topic()).doesNotContain("没直接写");
        assertThat(q.asks()).noneSatisfy(a -> assertThat(a.metric()).contains("直接"));
    }

    /** 公共法律服务阵地县、镇、村三级: the thing counted said before its levels; 三级 names no thing of the last level. */
    @Test
    void should_read_the_levels_after_the_thing_counted() {
        Question q = parser.parse("健龙镇公共法律服务阵地县、镇、村三级加起来一共多少个？");
        assertThat(q.asks()).noneSatisfy(a -> assertThat(a.metric().replace(" ", "")).isEqualTo("村三级"));
        assertThat(q.asks()).anySatisfy(a -> assertThat(a.metric()).contains("公共法律服务阵地"));
    }

    /** 谁涨得更厉害: how much more is the ranking, no word of what rose. */
    @Test
    void should_leave_how_much_more_out_of_the_measure() {
        Question q = parser.parse("健龙镇和江口镇受理矛盾纠纷都比上年多了，谁涨得更厉害？");
        assertThat(q.asks()).noneSatisfy(a -> assertThat(a.metric()).contains("厉害"));
    }
}
