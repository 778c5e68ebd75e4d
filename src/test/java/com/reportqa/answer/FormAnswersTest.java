package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.Report;
import com.reportqa.question.QuestionParser;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Durations and slogan counts over the shipped reports and one made-up report in the wording of issue 15: the
 * span or frequency of the thing asked, cited; a slogan's count; nothing when the report states none.
 */
class FormAnswersTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            (一)平安建设
            坚持每季度召开法治工作例会，研究部署法治政府建设重点任务。派出所接警后30分钟内到达现场处置，全年处置警情120件。
            行政许可事项均在3个工作日内办结。全年确保安全生产事故、刑事案件、群体性事件“零发生”。
            (二)执法监督
            推行“三个一”工作法，即一张清单、一套流程、一个平台。整治聚焦乱占耕地、违法建设、非法采砂三类问题。
            (三)智慧治理
            建成智慧平台，实现一分钟预警、十分钟响应、半小时到场处置的建设目标。重要节点守住“五个不发生”底线。
            政务服务大厅对群众办事推行“马上办、网上办、就近办、一次办”，压缩办理时限。
            全面开展“基层执法规范化两年行动”，建成镇、村、组三级网格。
            深化“放管服”改革，推行“最多跑一次”改革，企业开办做到“一窗受理”。
            健全“镇—村—网格”三级调解网络，重大行政决策严格履行公众参与、专家论证、合法性审查三道程序。
            """;

    static QuestionParser parser;
    static FormAnswers forms;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        forms = TestReports.forms(reports);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇法治工作例会多久召开一次？        | **每季度（1次/季度）**
            示例镇法治工作例会多长时间开一次？      | **每季度（1次/季度）**
            示例镇接警后多长时间内到场？            | **30分钟内**
            示例镇行政许可多少个工作日内办结？      | **3个工作日内**
            示例镇行政许可几个工作日办结？          | **3个工作日内**
            洪口镇干部多久利用例会集中学习一次？    | **每周一（1次/周）**
            江口镇多久对执法人员开展一次培训？      | **每季度（1次/季度）**
            江口镇执法人员培训的频次是多少？        | **每季度（1次/季度）**
            江口镇法治政府建设专题会多久开一次？    | **每季度（1次/季度）**
            江口镇党政主要负责人抓法治政府建设，法治政府建设专题会多长时间开一次？ | **每季度（1次/季度）**
            江口镇多久听取一次法治政府建设工作汇报？ | 报告没有写明具体的时间或频次，只说“定期”
            健龙镇各村社区综治专干的维稳形势分析研判会，多久开一回？ | **每月（1次/月）**
            健龙镇AI监控建设定的响应目标：预警、响应、行动处置各要在多长时间内完成？ | **一分钟、十分钟、半小时**
            示例镇智慧平台预警、响应、到场处置各要多长时间？ | **一分钟、十分钟、半小时**
            """)
    void should_answer_a_duration_with_the_span_of_the_thing_asked(String question, String expected) {
        assertThat(forms.answer(parser.parse(question))).get().extracting(Answer::answer).asString()
                .startsWith(expected).doesNotStartWith("**120件"); // the quote may hold the count, the answer never
    }

    /** The span of the action asked, as a figure: the other spans of the sentence belong to other actions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇多长时间内要到场处置？                         | **半小时**         | 0.5 | 小时
            示例镇建设目标里，到场处置要在多长时间内完成？       | **半小时**         | 0.5 | 小时
            示例镇预警和响应分别要求几分钟内完成？               | **一分钟、十分钟** | 1   | 分钟
            示例镇接警后多长时间内到场？                         | **30分钟内**       | 30  | 分钟
            示例镇行政许可几个工作日办结？                       | **3个工作日内**    | 3   | 个工作日
            """)
    void should_answer_a_span_as_a_figure_of_the_action_asked(String question, String expected, String value,
            String unit) {
        Answer a = forms.answer(parser.parse(question)).orElseThrow();
        assertThat(a.answer()).startsWith(expected);
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(a.figures().getFirst().value()).isEqualByComparingTo(value);
        assertThat(a.figures().getFirst().unit()).isEqualTo(unit);
    }

    /** A slogan that carries its count but is never listed: said so, with the sentence, not answered from others. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇守住的“五个不发生”具体指哪五项？                 | “五个不发生”
            雁峰区说守住了“六个不发生”底线，这六个不发生具体指哪六项？ | “六个不发生”
            雁峰区的“六个不发生”是指什么？                         | “六个不发生”
            雁峰区守住的“六个不发生”都是哪六个？                   | “六个不发生”
            雁峰区法治督察围绕的“一规划两纲要”具体是哪几个文件？   | “一规划两纲要”
            """)
    void should_say_a_slogan_is_not_listed(String question, String phrase) {
        Answer a = forms.answer(parser.parse(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NO_ANSWER);
        assertThat(a.answer()).startsWith("报告只提到" + phrase).contains("没有列出");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.text()).contains(phrase));
    }

    /** Items written as N ordinals each holding the word (一是坚持挂图作战…), or a head opening its own list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇主要负责人抓法治政府建设的“三个挂”分别是啥？ | 挂图作战 | 挂责问效
            江口镇主要负责人抓法治建设的那三个“挂”，分别指啥？ | 挂帅出征 | 挂责问效
            示例镇的“三个一”指的是什么？                      | 一张清单 | 一个平台
            示例镇政务服务“四个办”都是哪几个办？              | 马上办   | 一次办
            示例镇办事推行的那几个“办”，分别是啥              | 马上办   | 一次办
            江口镇报告里那三个“挂”，分别是挂啥？              | 挂图作战 | 挂责问效
            江口镇那三个“坚持挂……”具体是什么？                | 挂图作战 | 挂责问效
            江口镇主要负责人抓法治政府建设的“三个坚持”，各是坚持什么？ | 挂图作战 | 挂责问效
            江口镇贯彻落实的“三项制度”具体是哪三项？          | -        | -
            江口镇2024年执法队伍培训打算搞个什么“三位一体”，具体是哪三种？ | - | -
            """)
    void should_list_a_slogans_items(String question, String first, String last) {
        var a = forms.answer(parser.parse(question));
        if (first.equals("-")) {
            // listed in the next sentence without ordinals: left to the extracts, never said to be unlisted
            a.ifPresent(x -> assertThat(x.mode()).isNotEqualTo(Mode.NO_ANSWER));
            return;
        }
        assertThat(a).get().extracting(Answer::answer).asString().contains(first).contains(last);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇信访事项多久答复？
            示例镇多久召开一次党委会？
            """)
    void should_not_answer_a_duration_the_report_does_not_state(String question) {
        assertThat(forms.answer(parser.parse(question))).isEmpty();
    }

    /** 定期 names no period: the report is quoted, and the answer says it gives none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            雁峰区“双察融合”建立的联席会议多久开一次？
            黄溪镇涉农惠农资金信息多长时间公开一次？
            """)
    void should_say_a_regular_duty_names_no_period(String question) {
        assertThat(forms.answer(parser.parse(question))).get().satisfies(a -> {
            assertThat(a.mode()).isEqualTo(Mode.NO_ANSWER);
            assertThat(a.answer()).startsWith("报告没有写明具体的时间或频次，只说“定期”");
            assertThat(a.citations()).hasSize(1);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇确保了几个“零发生”？    | **3个**
            示例镇实现了多少个"零发生"？   | **3个**
            示例镇整治聚焦了几类问题？     | **3类**
            洪口镇做到了几个“两个维护”？   | **2个**
            洪口镇存在几个方面的问题？     | **3个方面**
            江口镇党政主要负责人有几个“亲自”？ | **4个**
            通江洪口镇报告说本年度存在几个方面的问题？ | **3个方面**
            通江洪口镇自己查摆出来的法治政府建设问题有几条？ | **3条**
            雁峰区在旅发大会、马拉松这些重要节点守的是“几个不发生”的底线？ | **6个**
            江口镇整治道路交通运输执法里的突出问题，盯住了几方面？ | **7方面**
            示例镇开展的基层执法规范化行动，是几年行动？ | **2年**
            雁峰区推进提升行政执法质量的是几年行动？     | **3年**
            示例镇的基层执法规范化行动是几年期？         | **2年**
            示例镇那个基层执法规范化行动，周期是几年？   | **2年**
            雁峰区搞的那个提升行政执法质量的行动是几年期的？ | **3年**
            示例镇建成了几级网格？                       | **3级**
            黄溪镇在健全政府服务体系方面提的办事原则有几条？ | **5条**
            示例镇政务服务大厅要做到几个“办”？           | **4个**
            江口镇推“放管服”改革时说受理范围内的服务要做到几个“办”？一共几个？ | **5个**
            江口搞道路交通安全和运输执法领域突出问题专项整治，重点盯了几个方面的问题？ | **7方面**
            """)
    void should_count_a_slogan_or_list(String question, String expected) {
        assertThat(forms.count(parser.parse(question))).get().extracting(Answer::answer).asString()
                .startsWith(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇“三个一”指的是什么？ | 一张清单
            示例镇“三个一”包括哪些？   | 一个平台
            """)
    void should_list_what_a_slogan_means(String question, String item) {
        assertThat(forms.answer(parser.parse(question))).get().extracting(Answer::answer).asString()
                .contains("- " + item).contains("[1]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇处置警情多少件？
            示例镇确保了几个“零事故”？
            """)
    void should_leave_plain_counts_and_unstated_slogans_to_the_figures(String question) {
        var q = parser.parse(question);
        assertThat(forms.answer(q)).isEmpty();
        assertThat(forms.count(q)).isEmpty();
    }

    /** 最多跑几趟: the report writes the question's words with a number in the place of 几. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇群众办事最多跑几趟？          | **一次**
            江口镇推行的审批改革，目标是群众办事最多跑几趟？ | **一次**
            示例镇企业开办做到几窗受理？        | **一窗**
            示例镇健全的那个调解网络是分几级的？ | **三级**
            示例镇调解网络有几级？              | **三级**
            示例镇重大行政决策要履行几道程序？  | **三道**
            """)
    void should_answer_a_number_written_into_the_words_asked(String question, String expected) {
        assertThat(forms.count(parser.parse(question))).get().extracting(Answer::answer).asString().startsWith(expected);
    }

    /** 分几级, 几道程序: a count no sentence writes into the name asked is not guessed from another name. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇的网格管理分几级？
            示例镇执法检查要走几道审批？
            """)
    void should_not_answer_a_count_of_a_name_no_report_writes(String question) {
        assertThat(forms.count(parser.parse(question))).isEmpty();
    }
}
