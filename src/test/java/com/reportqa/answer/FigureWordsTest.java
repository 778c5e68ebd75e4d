package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.FigureFinder;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionParser;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words a figure is read with beyond its own clause: the sentence before one that goes on with it (共走访…),
 * and the head a list of examples ends in (地灾防治、消防安全疏散等应急演练).
 */
class FigureWordsTest {

    private static final String REPORT = """
            重庆市璧山区示例镇人民政府关于2024年度法治政府建设情况的报告
            一、主要成效
            (一)优化营商环境
            向企业宣传惠企政策。共走访规上企业16家、个体工商户61家。
            (二)应急管理
            全年集中开展地灾防治、森林防火、消防安全疏散等应急演练8次，组织安全检查40次。
            (三)执法队伍
            把好执法人员入门关，组织86名行政工作人员参加资格考试，为30名人员重新核发执法资格证。
            (四)矛盾调解
            全年调解各类纠纷298件，调解成功293件。开展联合执法行动5次，现场提供法律咨询120余人次。
            全年受理行政复议案件30件，较2023年全年的20件增长50%。信访总量较上年下降12%。
            设立商事纠纷调解中心，受理商事纠纷31件，调解成功29件。
            """;

    static QuestionParser parser;
    static FigureFinder finder;

    @BeforeAll
    static void corpus() throws Exception {
        List<Report> reports = TestReports.shippedWith(REPORT);
        parser = new QuestionParser(reports);
        finder = FigureFinder.over(TestReports.figures(), new Synonyms());
    }

    /** 共走访… goes on with the sentence before it; 应急演练 is all that 地灾防治、…等应急演练 counts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            示例镇去年跑了多少家个体工商户宣传惠企政策？ | 61家
            示例镇上门宣传惠企政策走访了几家规上企业？   | 16家
            示例镇应急演练一共组织了多少次？             | 8次
            示例镇搞了几次应急演练？                     | 8次
            示例镇组织多少人考执法资格？                 | 86名
            示例镇有多少人考执法证                       | 86名
            示例镇给多少人重新发了执法证？               | 30名
            示例镇调解成功的纠纷有多少件？               | 293件
            示例镇成功调解了几件纠纷                     | 293件
            示例镇调解了多少件纠纷？                     | 298件
            示例镇受理的行政复议案件比上一年增长了多少？ | 50%
            示例镇信访总量比上年降了多少                 | 12%
            示例镇受理了多少件行政复议案件？             | 30件
            示例镇商事纠纷调解中心一年受理了多少件商事纠纷？ | 31件
            示例镇商事纠纷调解成功了多少件？             | 29件
            示例镇联合执法时给老百姓答疑解惑多少人次？   | 120余人次
            黄溪镇联合执法的时候在现场给老百姓答疑解惑，大概服务了多少人次？ | 800余人次
            """)
    void should_read_a_figure_with_the_words_around_it(String question, String raw) {
        var q = parser.parse(question);
        assertThat(finder.find(q.asks(), q.scope(), q.future()).get(0))
                .hasValueSatisfying(m -> assertThat(m.figure().raw()).isEqualTo(raw));
    }
}
