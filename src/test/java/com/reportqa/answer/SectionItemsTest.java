package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.Report;
import com.reportqa.question.QuestionParser;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Items of a section counted when the report writes no number for them (工作安排列了几条): the section's sub-headings,
 * or its paragraphs opening with 一是…, or 一方面…另一方面…; each item cited, the count marked as worked out.
 */
class SectionItemsTest {

    private static final String REPORT = """
            四川省示例县示例乡人民政府关于2024年度法治政府建设工作情况的报告
            一、主要举措及成效
            (一)健全依法决策机制
            全年召开党委会研究重大事项12次。
            (二)规范行政执法
            开展联合执法行动9次。
            (三)深化普法宣传
            开展普法活动20场。
            (四)化解矛盾纠纷
            受理矛盾纠纷40件。
            二、存在的问题
            我乡法治政府建设仍有差距：一方面，干部学法用法的主动性不强，学习多停留在读文件、记笔记，流于形式；另一方面，执法力量不足，专业人员缺乏。
            三、2025年工作安排
            一是抓学习培训。每季度组织一次集中学法。
            二是抓执法规范。推行执法全过程记录。
            三是抓矛盾化解。深化“一站式”调解。
            四是抓宣传引导。利用赶场天开展普法。
            四、下一步打算
            （一）抓实学法，全年集中学法不少于10次；（二）规范执法，开展执法案卷评查2次；（三）深化“院坝说法”品牌建设。
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
            示例乡2025年工作安排列了几条？                       | **4条**   | 四是抓宣传引导。
            示例乡明年有啥安排，列了几条？                       | **4条**   | 一是抓学习培训。
            示例乡2024年的主要举措分了几个方面？                 | **4个方面** | (四)化解矛盾纠纷
            示例乡主要举措有几项？                               | **4项**   | (一)健全依法决策机制
            江口镇2024年法治政府建设有啥安排，列了几条？         | **3条**   | 三是进一步加强行政执法队伍建设。
            洪口镇下步工作目标有几条？                           | **3条**   | (三)完善制度保障
            黄溪镇2025年工作措施列了几条？                       | **3条**   | （二）明确抓好2025年重点任务。
            江口镇2023年的主要举措分了几个方面？                 | **9个方面** | （九）
            """)
    void should_count_the_items_of_the_section_the_heading_names(String question, String count, String item) {
        String answer = forms.count(parser.parse(question)).orElseThrow().answer();
        assertThat(answer).startsWith(count).contains("按条目数计算").contains(item);
    }

    /** 一方面…另一方面: two sides, each named by its gist, the sentence where they begin quoted. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例乡存在的问题有几个方面？       | **2个方面** | 干部学法用法的主动性不强
            示例乡下一步打算一共几条？分别是什么？ | **3条** | 抓实学法，全年集中学法不少于10次
            健龙镇存在的问题和不足有几个方面？ | **2个方面** | 行政执法队伍的业务素养存在较大差异
            黄溪镇存在的主要问题有几个？       | **3个** | 工作创新不足
            通江洪口镇报告里查摆出的法治政府建设不足一共有几条？ | **3条** | 行政执法创新方式不够
            洪口镇推进法治政府建设的不足有几个方面？ | **3个方面** | 干部对依法行政意识有待进一步提高
            """)
    void should_count_the_sides_and_items_of_a_paragraph(String question, String count, String item) {
        Answer answer = forms.count(parser.parse(question)).orElseThrow();
        assertThat(answer.answer()).startsWith(count).contains(item);
        assertThat(answer.answer().substring(0, answer.answer().indexOf('）'))).doesNotContain("学习流于形式");
        assertThat(answer.citations()).hasSize(1);
    }

    /** A heading that names something else, or a count the report states as a figure, is no section to count. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例乡执法队有几个？
            示例乡普法宣传分了几个部分？
            """)
    void should_not_count_a_section_the_question_does_not_name(String question) {
        assertThat(forms.count(parser.parse(question))).isEmpty();
    }
}
