package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks the parser against the five real reports; expected values were verified by reading the files. */
class CorpusReportTest {

    private final ReportStructureParser parser = new ReportStructureParser();

    static Stream<Arguments> metadata() {
        return Stream.of(
                Arguments.of("000_a11ebd4c0f3e8d67.txt", "重庆市璧山区健龙镇人民政府关于2024年度法治政府建设情况的报告",
                        "重庆市璧山区健龙镇人民政府", new Place(null, "重庆市", "璧山区", "健龙镇"), 2024,
                        LocalDate.of(2025, 3, 19)),
                Arguments.of("001_6563e301bb6d0049.txt", "洪口镇2023年度法治政府建设工作情况的报告",
                        "通江县洪口镇人民政府", new Place("四川省", "巴中市", "通江县", "洪口镇"), 2023,
                        LocalDate.of(2024, 3, 29)),
                Arguments.of("002_9bc7d885d2e118ff.txt",
                        "中共云阳县江口镇委员会云阳县江口镇人民政府关于2023年度法治政府建设情况的报告",
                        "中共云阳县江口镇委员会、云阳县江口镇人民政府", new Place(null, "重庆市", "云阳县", "江口镇"), 2023, null),
                Arguments.of("003_3ba48369459b5a14.txt", "黔江区黄溪镇人民政府2024年度法治政府建设报告",
                        "黔江区黄溪镇人民政府", new Place(null, "重庆市", "黔江区", "黄溪镇"), 2024, null),
                Arguments.of("004_439855eb73e9025e.txt", "衡阳市雁峰区2024年度法治政府建设情况报告",
                        "雁峰区人民政府", new Place("湖南省", "衡阳市", "雁峰区", null), 2024, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("metadata")
    void should_extract_report_metadata(String file, String title, String issuer, Place place, int year,
                                        LocalDate publishedOn) throws ReportFormatException {
        ReportStructure report = parse(file);

        assertThat(report.title()).isEqualTo(title);
        assertThat(report.issuer()).isEqualTo(issuer);
        assertThat(report.place()).isEqualTo(place);
        assertThat(report.year()).isEqualTo(year);
        assertThat(report.publishedOn()).isEqualTo(publishedOn);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_produce_clean_verbatim_paragraphs(String file) throws ReportFormatException {
        ReportStructure report = parse(file);
        String raw = CorpusFiles.read(file);

        assertThat(report.paragraphs()).hasSizeGreaterThan(10);
        assertThat(report.paragraphs().get(0).kind()).isEqualTo(ParagraphKind.TITLE);
        assertThat(report.paragraphs().get(0).text()).isEqualTo(report.title());
        for (Paragraph p : report.paragraphs().subList(1, report.paragraphs().size())) {
            assertThat(p.text()).doesNotContain("扫一扫", "您当前的位置", "[bookmark", "相关文章", "首页 >");
            // page lines and the signature block are kept with their odd spaces (U+00A0, U+2003) made plain
            String plain = raw.replaceAll("[\\s\u00a0\u3000\u2003]+", " ");
            assertThat(p.content() ? raw : plain).as("verbatim text of %s", p.id())
                    .contains(p.text());
            assertThat(p.kind()).isNotEqualTo(ParagraphKind.TITLE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_number_paragraphs_and_sentences_consistently(String file) throws ReportFormatException {
        ReportStructure report = parse(file);
        String reportId = CorpusFiles.reportId(file);

        for (int i = 0; i < report.paragraphs().size(); i++) {
            Paragraph p = report.paragraphs().get(i);
            assertThat(p.ordinal()).isEqualTo(i);
            assertThat(p.id()).isEqualTo(reportId + "-p" + i);
            assertThat(p.sentenceStarts()).first().isEqualTo(0);
            assertThat(p.sentenceStarts()).isSorted().doesNotHaveDuplicates()
                    .allMatch(start -> start < p.text().length());
            if (p.kind() == ParagraphKind.HEADING) {
                assertThat(p.sectionPath()).isNotEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void should_give_identical_ids_when_parsing_twice(String file) throws ReportFormatException {
        ReportStructure first = parse(file);
        ReportStructure second = parse(file);

        assertThat(second).isEqualTo(first);
        assertThat(second.paragraphs()).extracting(Paragraph::id)
                .containsExactlyElementsOf(first.paragraphs().stream().map(Paragraph::id).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            000_a11ebd4c0f3e8d67.txt | 共159人参加学法考试 | 一、2024年法治政府建设基本情况>(三)依靠习近平法治思想和中央全面依法治国工作会议精神解决实际问题>2.着力抓好行政执法人员学法用法
            000_a11ebd4c0f3e8d67.txt | 全年在场镇新建5个 | 一、2024年法治政府建设基本情况>(九)数字赋能平安法治建设工作
            000_a11ebd4c0f3e8d67.txt | 化解223件 | 一、2024年法治政府建设基本情况>(八)多渠道防范和化解社会矛盾,维护社会和谐稳定
            000_a11ebd4c0f3e8d67.txt | “1+N”联动服务模式 | 四、2025年推进法治政府建设的目标举措>(三)强化公共法律服务体系建设
            000_a11ebd4c0f3e8d67.txt | 现将我镇2024 年法治建设工作情况详述如下 | ''
            001_6563e301bb6d0049.txt | 新培养法律明白人18名 | 一、推进法治政府建设主要举措和成效>(四)全面推进社会法治
            001_6563e301bb6d0049.txt | 聘请法律顾问1名 | 一、推进法治政府建设主要举措和成效>(三)全面推进依法行政
            001_6563e301bb6d0049.txt | 创新普法方式 | 四、下步工作目标>(二)扩大宣传范围
            002_9bc7d885d2e118ff.txt | 县委、县政府： | ''
            002_9bc7d885d2e118ff.txt | 龙脊律师事务所 | 一、主要举措及成效>（三）健全依法行政和行政决策制度体系
            002_9bc7d885d2e118ff.txt | 二是强化宣传教育 | 四、2024年推进法治政府建设的工作安排
            003_3ba48369459b5a14.txt | 接收上级规范性文件征求意见稿6件 | 一、法治政府建设完成情况>（一）坚持在党的领导下，深化新时代法治政府“制度”建设
            003_3ba48369459b5a14.txt | 全年执法806件 | 一、法治政府建设完成情况>（五）坚持在党的领导下，深化新时代“行政执法”规范化建设
            003_3ba48369459b5a14.txt | 宣传形式比较单一 | 二、存在的主要问题及原因
            004_439855eb73e9025e.txt | 累计办件10万余件 | 一、2024推进法治政府建设的主要举措和成效>(二)勇立改革创新潮头,良好法治环境护航发展
            004_439855eb73e9025e.txt | 调处各类纠纷矛盾40余件 | 一、2024推进法治政府建设的主要举措和成效>(六)深化法治为民实践,基层社会治理富有成效
            004_439855eb73e9025e.txt | 重大行政决策目录化管理 | 二、2025年推进法治政府建设的主要安排>(二)提升履职效能
            """)
    void should_place_paragraph_under_its_headings(String file, String snippet, String expectedPath)
            throws ReportFormatException {
        Paragraph paragraph = parse(file).paragraphs().stream()
                .filter(p -> p.kind() == ParagraphKind.BODY && p.text().contains(snippet))
                .findFirst().orElseThrow();

        List<String> expected = expectedPath.isEmpty() ? List.of() : Arrays.asList(expectedPath.split(">"));
        assertThat(paragraph.sectionPath()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            000_a11ebd4c0f3e8d67.txt | 一、2024年法治政府建设基本情况 | 一、2024年法治政府建设基本情况
            000_a11ebd4c0f3e8d67.txt | (一)进一步提升依法行政的能力。 | 四、2025年推进法治政府建设的目标举措>(一)进一步提升依法行政的能力
            000_a11ebd4c0f3e8d67.txt | 四、2025年推进法治政府建设的目标举措: | 四、2025年推进法治政府建设的目标举措
            001_6563e301bb6d0049.txt | (三)完善制度保障 | 四、下步工作目标>(三)完善制度保障
            002_9bc7d885d2e118ff.txt | 二、2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况 | 二、2023年党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况
            004_439855eb73e9025e.txt | (五)织就多维监督网络,政府履职尽显规范阳光 | 一、2024推进法治政府建设的主要举措和成效>(五)织就多维监督网络,政府履职尽显规范阳光
            """)
    void should_make_heading_only_lines_heading_paragraphs(String file, String text, String expectedPath)
            throws ReportFormatException {
        Paragraph heading = parse(file).paragraphs().stream()
                .filter(p -> p.text().equals(text)).findFirst().orElseThrow();

        assertThat(heading.kind()).isEqualTo(ParagraphKind.HEADING);
        assertThat(heading.sectionPath()).containsExactly(expectedPath.split(">"));
    }

    @Test
    void should_keep_header_and_footer_lines_out_of_the_body() throws ReportFormatException {
        List<String> texts = parse("004_439855eb73e9025e.txt").paragraphs().stream().filter(Paragraph::content)
                .map(Paragraph::text).toList();

        assertThat(texts).doesNotContain("衡阳市雁峰2024法治政府建设情况报告", "雁峰区人民政府", "2025127");
        List<Paragraph> jianlong = parse("000_a11ebd4c0f3e8d67.txt").paragraphs();
        assertThat(jianlong.stream().filter(Paragraph::content)).extracting(Paragraph::text)
                .doesNotContain("日期:2025-03-19");
        // kept after the body, where a question about the report itself can cite it
        assertThat(jianlong.getLast()).extracting(Paragraph::kind, Paragraph::text, Paragraph::sectionPath)
                .containsExactly(ParagraphKind.META, "日期:2025-03-19", List.of("页面信息"));
    }

    @Test
    void should_split_a_line_where_a_new_heading_follows_a_sentence() throws ReportFormatException {
        List<Paragraph> paragraphs = parse("000_a11ebd4c0f3e8d67.txt").paragraphs();
        Paragraph before = paragraphs.stream().filter(p -> p.text().startsWith("(八)")).findFirst().orElseThrow();
        Paragraph after = paragraphs.get(before.ordinal() + 1);

        assertThat(before.text()).endsWith("化解率100%。");
        assertThat(after.text()).startsWith("(九)数字赋能平安法治建设工作。我镇以加强社会治安防控体系建设为准绳");
    }

    @Test
    void should_parse_all_five_reports_well_under_fifty_milliseconds_after_warm_up() throws ReportFormatException {
        List<String> texts = CorpusFiles.NAMES.stream().map(CorpusFiles::read).toList();
        for (int round = 0; round < 50; round++) {
            for (String text : texts) {
                parser.parse("warm", text);
            }
        }
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            for (String text : texts) {
                parser.parse("timed", text);
            }
            best = Math.min(best, System.nanoTime() - start);
        }

        assertThat(best / 1_000_000.0).isLessThan(50.0);
    }

    static Stream<String> files() {
        return CorpusFiles.NAMES.stream();
    }

    private ReportStructure parse(String file) throws ReportFormatException {
        return parser.parse(CorpusFiles.reportId(file), CorpusFiles.read(file));
    }
}
