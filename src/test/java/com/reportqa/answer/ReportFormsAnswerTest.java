package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import com.reportqa.figures.FigureExtractor;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import com.reportqa.ingest.TextNormalizer;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.QuestionParser;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15 over the five shipped reports: mention searches and the reports' own metadata, each cited. */
class ReportFormsAnswerTest {

    static final List<Report> reports = new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports();
    static final QuestionParser parser = new QuestionParser(reports);
    static final MentionAnswerer mentions = new MentionAnswerer(ReportFormsAnswerTest::figures, new Synonyms());
    static final MetadataAnswerer metadata = new MetadataAnswerer();

    /** The extractor's figures at their paragraph offsets, as FigureIndex gives them (offsets are all this needs). */
    static List<Figure> figures(Report r) {
        TextNormalizer normalizer = new TextNormalizer();
        FigureExtractor extractor = new FigureExtractor();
        return r.paragraphs().stream()
                .flatMap(p -> extractor.extract(normalizer.normalize(p.text())).stream()
                        .map(m -> new Figure(m.value(), m.unit(), m.qualifier(), "", m.metric(), "", "", "", p.id(),
                                r.id(), false, m.start(), m.end())))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            有几个地方提到了法律明白人？            | 5 份报告中有 3 份提到“法律明白人” | 3 | NUMERIC
            哪几份报告里提到了“法律明白人”？       | 5 份报告中有 3 份提到“法律明白人” | 3 | EXTRACTIVE
            哪些报告写了行政复议的数字？            | 5 份报告中有 2 份提到“行政复议”的数字 | 2 | EXTRACTIVE
            江口镇哪些报告里写了行政复议的数字？    | 1 份报告中有 1 份                  | 1 | EXTRACTIVE
            哪些地方写了行政复议案件的数字？        | 5 份报告中有 2 份提到“行政复议案件”的数字 | 2 | EXTRACTIVE
            信访件数，哪几个地方的报告里写了具体数字？ | 5 份报告中有 2 份提到“信访”的数字 | 2 | EXTRACTIVE
            咱们这几个地方，哪些在报告里写了法律明白人的具体人数？ | 5 份报告中有 2 份提到“法律明白人”的数字 | 2 | EXTRACTIVE
            规范性文件“三统一”制度，哪几份报告说落实了？ | 5 份报告中有 2 份提到“三统一” | 2 | EXTRACTIVE
            有几个地方写了法律明白人的具体人数？是哪几个？ | 5 份报告中有 2 份提到“法律明白人”的数字 | 2 | NUMERIC
            哪几份报告写到了行政执法的“三项制度”？       | 5 份报告中有 2 份提到“三项制度” | 2 | EXTRACTIVE
            这几份报告里，有几份提到了“三统一”？ | 5 份报告中有 2 份提到“三统一” | 2 | NUMERIC
            哪些地方的报告给出了行政复议案件的具体件数？ | 5 份报告中有 2 份提到“行政复议案件”的数字 | 2 | EXTRACTIVE
            哪些报告提到了法律顾问或法律明白人？       | 5 份报告中有 4 份提到“法律顾问或法律明白人” | 4 | EXTRACTIVE
            法治政府建设领导小组由谁来当组长，哪几份报告里写明了？ | 5 份报告中有 3 份提到“法治政府建设领导小组组长” | 3 | EXTRACTIVE
            哪些地方的报告写了用抖音做宣传或发布信息？ | 5 份报告中有 2 份 | 2 | EXTRACTIVE
            组织领导干部去法院旁听庭审，这种做法哪几份报告写进去了？ | 5 份报告中有 2 份 | 2 | EXTRACTIVE
            """)
    void should_list_only_the_reports_that_mention_it(String question, String says, int cited, Mode mode) {
        Answer a = mentions.answer(parser.parse(question)).orElseThrow();
        // 有几份/几个地方 asks a count: the number of reports found is the figure, worked out and marked so
        assertThat(a.mode()).isEqualTo(mode);
        assertThat(a.figures()).hasSize(mode == Mode.NUMERIC ? 1 : 0)
                .allSatisfy(f -> assertThat(f.computed()).isTrue())
                .allSatisfy(f -> assertThat(f.value().intValue()).isEqualTo(cited));
        assertThat(a.answer()).contains(says);
        assertThat(a.citations()).hasSize(cited);
        assertCitationsExist(a);
        a.citations().forEach(c -> assertThat(c.text()).contains(c.quote()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪几份报告里提到了“网格化管理”？   | 5 份报告都没有提到“网格化管理”
            哪些报告提到了“火星基地”？          | 5 份报告都没有提到“火星基地”
            健龙镇哪些报告提到了“火星基地”？    | 健龙镇2024年度报告中没有提到“火星基地”
            """)
    void should_say_none_of_the_reports_mention_it(String question, String says) {
        Answer a = mentions.answer(parser.parse(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NO_ANSWER);
        assertThat(a.answer()).contains(says);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇的报告是哪天发布的？          | 2025-03-19                         | 日期:2025-03-19
            洪口镇报告的发布日期是？            | 2024-03-29                         | 2024-03-29 13:09
            通江洪口镇那份报告，发布时间写的是啥？ | 2024-03-29 13:09（2024年3月29日） | 2024-03-29 13:09
            健龙镇的报告是哪天发布的？发布时间写了几点？ | 2025-03-19                   | 日期:2025-03-19
            洪口镇的报告是哪个单位发布的？      | 通江县洪口镇人民政府               | 来源: 通江县洪口镇人民政府
            雁峰区报告的发文机关是谁            | 雁峰区人民政府                     | 雁峰区人民政府
            健龙镇的报告是哪个单位发布的？      | 重庆市璧山区健龙镇人民政府         | 健龙镇人民政府
            健龙镇报告依据的那份文件是什么文号？ | 《2024年全区法治政府建设工作要点》（璧山府办发〔2024〕10号） | 璧山府办发〔2024〕10号
            依据的那份文件是什么文号？          | 璧山府办发〔2024〕10号             | 璧山府办发〔2024〕10号
            是哪个单位发布的？                  | 黔江区黄溪镇人民政府               | 人民政府
            江口镇的报告是报送给谁的？          | 县委、县政府                       | 县委、县政府：
            衡阳雁峰区的年度报告落款是哪个单位？ | 雁峰区人民政府                    | 雁峰区人民政府
            雁峰区这份报告的标题是什么？        | 衡阳市雁峰区2024年度法治政府建设情况报告 | 衡阳市雁峰区2024年度法治政府建设情况报告
            """)
    void should_answer_the_reports_metadata_with_a_citation(String question, String says, String cited) {
        Answer a = metadata.answer(parser.parse(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.EXTRACTIVE);
        assertThat(a.answer()).contains(says);
        assertThat(a.citations()).isNotEmpty();
        assertThat(a.citations().getFirst().text()).contains(cited);
        assertCitationsExist(a);
    }

    /** Two fields asked in one question: both answered, in the order asked, each cited. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            通江县洪口镇的2023年度报告啥时候发出来的？来源是哪个单位？ | 发布日期：2024-03-29 | 发布单位：通江县洪口镇人民政府
            衡阳雁峰区这份报告的标题全称叫啥？最后落款是哪个单位？     | 标题：衡阳市雁峰区2024年度法治政府建设情况报告 | 落款单位：雁峰区人民政府
            健龙镇报告是哪个单位发布的，发布日期是哪天？               | 发布单位：重庆市璧山区健龙镇人民政府 | 发布日期：2025-03-19
            """)
    void should_answer_every_field_asked(String question, String first, String second) {
        Answer a = metadata.answer(parser.parse(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.EXTRACTIVE);
        assertThat(a.answer()).contains(first).contains(second);
        assertThat(a.answer().indexOf(first)).isLessThan(a.answer().indexOf(second));
        assertCitationsExist(a);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            雁峰区报告的发布日期是？            | 报告中没有写明发布日期
            黄溪镇的报告是哪天发布的？          | 报告中没有写明发布日期
            雁峰区报告提到了哪些文件文号        | 报告中没有写明文件文号
            健龙镇报告的信息索引号是多少？      | 报告中没有写明信息索引号
            黄溪镇的报告报送给谁？              | 报告中没有写明报送对象
            """)
    void should_say_when_a_report_does_not_state_it(String question, String says) {
        Answer a = metadata.answer(parser.parse(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NO_ANSWER);
        assertThat(a.answer()).contains(says);
    }

    /** A report issued in two names whose web page lists only one as 发布机构: both names are the issuer. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            梅溪县石桥镇2024年的报告是以哪些单位名义发的？ | 中共梅溪县石桥镇委员会、梅溪县石桥镇人民政府 | 网页“发布机构”栏写的是梅溪县石桥镇人民政府
            石桥镇那份报告的发布单位是？                 | 中共梅溪县石桥镇委员会、梅溪县石桥镇人民政府 | 梅溪县石桥镇人民政府
            """)
    void should_name_both_bodies_of_a_jointly_issued_report(String question, String joint, String page)
            throws Exception {
        List<Report> withJoint = TestReports.shippedWith("""
                梅溪县人民政府门户网站
                发布机构: 梅溪县石桥镇人民政府 主题分类: 其他
                名称: 中共梅溪县石桥镇委员会 梅溪县石桥镇人民政府关于2024年度法治政府建设情况的报告
                发布日期: 2025-01-22
                中共梅溪县委员会、梅溪县人民政府:
                2024年,我镇全面推进法治政府建设,现将有关情况报告如下:
                一、主要工作成效
                全镇受理矛盾纠纷87件,调解成功81件。
                中共梅溪县石桥镇委员会
                梅溪县石桥镇人民政府
                2025年1月20日
                """);
        Answer a = metadata.answer(new QuestionParser(withJoint).parse(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.EXTRACTIVE);
        assertThat(a.answer()).contains(joint).contains(page);
        assertThat(a.citations()).isNotEmpty();
    }

    private static void assertCitationsExist(Answer a) {
        for (Citation c : a.citations()) {
            Stream<Paragraph> all = reports.stream().flatMap(r -> r.paragraphs().stream());
            assertThat(all.filter(p -> p.id().equals(c.paragraphId())).findFirst())
                    .hasValueSatisfying(p -> assertThat(p.text()).isEqualTo(c.text()));
        }
    }
}
