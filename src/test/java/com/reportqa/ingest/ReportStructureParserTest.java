package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic reports in the style of the corpus, and hostile inputs. */
class ReportStructureParserTest {

    private final ReportStructureParser parser = new ReportStructureParser();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\n\t\u3000\n", "扫一扫在手机打开当前页", "您当前的位置: 首页 > 政务公开\n\n相关文章:\n标题报告"})
    void should_reject_empty_content(String text) {
        assertThatThrownBy(() -> parser.parse("r", text))
                .isInstanceOf(ReportFormatException.class).hasMessage("文件内容为空");
    }

    @ParameterizedTest
    @ValueSource(strings = {"一、总体情况\n二、存在问题\n三、下步打算", "今年我镇认真落实各项工作。成效明显。",
            "abc\ndef", "我镇2024年开展了很多工作。\n法治政府建设报告"})
    void should_keep_text_without_a_title_with_its_title_unknown(String text) throws ReportFormatException {
        ReportStructure report = parser.parse("r", text);

        assertThat(report.title()).isNull();
        assertThat(report.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p.ordinal()).isPositive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"某某镇法治政府建设情况报告\n我镇认真落实各项工作。", "法治政府建设工作总结\n一、主要成效\n成效明显。"})
    void should_keep_text_without_a_year_with_its_year_unknown(String text) throws ReportFormatException {
        assertThat(parser.parse("r", text).year()).isNull();
    }

    @Test
    void should_throw_only_report_format_exceptions_for_garbage() {
        Random random = new Random(20240329);
        String alphabet = "一二三四五六七八九十、（）()12345.．。，,：:；;报告法治年度关于人民政府委员会镇县区市省街道中共\n\n \u00a0[]bookmark扫一扫首页>相关文章:日期-来源年月日2024";
        for (int round = 0; round < 3_000; round++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(400);
            for (int i = 0; i < length; i++) {
                s.append(round % 2 == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) random.nextInt(0x10000));
            }
            Throwable thrown = catchThrowable(() -> parser.parse("g", s.toString()));
            if (thrown != null) {
                assertThat(thrown).as("input %s", s).isInstanceOf(ReportFormatException.class);
            }
        }
    }

    @Test
    void should_survive_a_one_megabyte_single_line() throws ReportFormatException {
        String line = "法治".repeat(500_000);

        assertThat(parser.parse("big", line).paragraphs()).hasSize(1);
    }

    @Test
    void should_parse_a_report_whose_body_is_one_huge_line() throws ReportFormatException {
        String text = "某某镇2024年度法治政府建设情况报告\n" + "依法行政。".repeat(200_000);

        ReportStructure report = parser.parse("big", text);

        assertThat(report.paragraphs()).hasSize(2);
        assertThat(report.paragraphs().get(1).sentenceStarts()).hasSize(200_000);
    }

    @Test
    void should_parse_a_report_with_only_headings() throws ReportFormatException {
        ReportStructure report = parser.parse("h", "某某县2023年法治政府建设报告\n一、总体情况\n（一）学法\n1.讲座\n（1）场次\n二、问题");

        assertThat(report.paragraphs()).extracting(Paragraph::kind).containsExactly(ParagraphKind.TITLE,
                ParagraphKind.HEADING, ParagraphKind.HEADING, ParagraphKind.HEADING, ParagraphKind.HEADING,
                ParagraphKind.HEADING);
        assertThat(report.paragraphs().get(4).sectionPath()).containsExactly("一、总体情况", "（一）学法", "1.讲座", "（1）场次");
        assertThat(report.paragraphs().get(5).sectionPath()).containsExactly("二、问题");
    }

    private static final String METADATA_TABLE_REPORT = """
            索引号：11500227MB1538963T/2024-00012
            发布机构：璧山区健龙镇
            生成日期：2024-03-19

            重庆市璧山区健龙镇人民政府关于2023年度法治政府建设情况的报告
            【字体：大 中 小】 打印本页 关闭窗口
            \u3000\u30002023年，我镇坚持依法行政。
            一、主要成效
            （一）加强学习。组织学习12次。
            """;

    private static final String SPLIT_TITLE_REPORT = """
            当前位置：首页 > 政务公开
            石柱土家族自治县某某镇人民政府关于2024年度
            法治政府建设情况的报告
            发布时间：2025年1月20日  来源：石柱土家族自治县某某镇人民政府  浏览次数：12
            2024年，我镇认真落实。一是加强领导；二是强化学习。
            一、主要做法
            1.健全制度。制定制度3项。
            (1)完善细则。细则5条。
            二、下一步打算
            继续努力。
            某某镇人民政府
            二〇二五年一月二十七日
            """;

    private static final String SIGNED_REPORT = """
            关于2022年法治政府建设工作情况的报告
            区委、区政府：
            今年以来，我局认真落实。
            一、工作开展情况
            略。
            湖南省衡阳市雁峰区司法局
            2023年1月5日
            """;

    @Test
    void should_skip_a_metadata_table_before_the_title() throws ReportFormatException {
        ReportStructure report = parser.parse("m", METADATA_TABLE_REPORT);

        assertThat(report.title()).isEqualTo("重庆市璧山区健龙镇人民政府关于2023年度法治政府建设情况的报告");
        assertThat(report.year()).isEqualTo(2023);
        assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 19));
        assertThat(report.paragraphs().stream().filter(p -> p.kind() != ParagraphKind.META)).extracting(Paragraph::text)
                .containsExactly(report.title(), "2023年，我镇坚持依法行政。", "一、主要成效", "（一）加强学习。组织学习12次。");
    }

    @Test
    void should_join_a_title_split_over_two_lines_and_drop_the_footer() throws ReportFormatException {
        ReportStructure report = parser.parse("s", SPLIT_TITLE_REPORT);

        assertThat(report.title()).isEqualTo("石柱土家族自治县某某镇人民政府关于2024年度法治政府建设情况的报告");
        assertThat(report.issuer()).isEqualTo("石柱土家族自治县某某镇人民政府");
        assertThat(report.place()).isEqualTo(new Place(null, null, "石柱土家族自治县", "某某镇"));
        assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(report.paragraphs().stream().filter(Paragraph::content)).extracting(Paragraph::text)
                .doesNotContain("某某镇人民政府", "二〇二五年一月二十七日")
                .contains("(1)完善细则。细则5条。");
        // the footer and the page's date line stay citable, after the body; the menu line does not
        assertThat(report.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.META))
                .extracting(p -> p.sectionPath().getFirst() + "|" + p.text())
                // the signature block is one paragraph, cited whole: who signed and when
                .containsExactly("落款|某某镇人民政府 二〇二五年一月二十七日",
                        "页面信息|发布时间：2025年1月20日  来源：石柱土家族自治县某某镇人民政府  浏览次数：12");
        Paragraph opening = report.paragraphs().get(1);
        assertThat(opening.sentenceStarts()).containsExactly(0, 13, 20);
        assertThat(report.paragraphs().get(4).sectionPath()).containsExactly("一、主要做法", "1.健全制度", "(1)完善细则");
    }

    @Test
    void should_take_issuer_place_and_date_from_the_signature() throws ReportFormatException {
        ReportStructure report = parser.parse("f", SIGNED_REPORT);

        assertThat(report.issuer()).isEqualTo("湖南省衡阳市雁峰区司法局");
        assertThat(report.place()).isEqualTo(new Place("湖南省", "衡阳市", "雁峰区", null));
        assertThat(report.year()).isEqualTo(2022);
        assertThat(report.publishedOn()).isEqualTo(LocalDate.of(2023, 1, 5));
        assertThat(report.paragraphs().get(1).text()).isEqualTo("区委、区政府：");
        assertThat(report.paragraphs().get(1).kind()).isEqualTo(ParagraphKind.BODY);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            某某镇法治政府建设年度报告\\n今年是关键之年，2022年我镇认真落实。 | 2022
            某某镇2024法治政府建设情况报告\\n2023年，我镇认真落实。 | 2024
            二〇二四年某某镇法治政府建设报告\\n2024年，我镇认真落实。 | 2024
            """)
    void should_read_the_reported_year(String text, int year) throws ReportFormatException {
        assertThat(parser.parse("y", text.replace("\\n", "\n")).year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            某镇2024年度法治政府建设报告\\n日期:2025-03-19\\n正文。          | 2025-03-19
            某镇2024年度法治政府建设报告\\n2024-03-29 13:09 来源: 某镇\\n正文。 | 2024-03-29
            某镇2024年度法治政府建设报告\\n发布时间：2024年3月29日\\n正文。   | 2024-03-29
            某镇2024年度法治政府建设报告\\n正文。\\n某镇人民政府\\n2025年1月27日 | 2025-01-27
            某镇2024年度法治政府建设报告\\n正文。\\n某镇人民政府\\n2025127     | -
            某镇2024年度法治政府建设报告\\n日期:2025-02-30\\n正文。          | -
            """)
    void should_read_only_unambiguous_publication_dates(String text, LocalDate expected) throws ReportFormatException {
        assertThat(parser.parse("d", text.replace("\\n", "\n")).publishedOn()).isEqualTo(expected);
    }

    @Test
    void should_not_depend_on_the_report_id_for_structure() throws ReportFormatException {
        ReportStructure a = parser.parse("a", SPLIT_TITLE_REPORT);
        ReportStructure b = parser.parse(null, SPLIT_TITLE_REPORT);

        assertThat(b.paragraphs()).extracting(Paragraph::id).first().isEqualTo("-p0");
        assertThat(b.paragraphs()).extracting(Paragraph::text)
                .containsExactlyElementsOf(a.paragraphs().stream().map(Paragraph::text).toList());
        assertThat(List.copyOf(a.paragraphs())).isEqualTo(parser.parse("a", SPLIT_TITLE_REPORT).paragraphs());
    }

    /** A page flattened to one line: its title, addressee and text are still told apart. */
    @Test
    void should_split_a_page_flattened_to_one_line() throws ReportFormatException {
        String text = "中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告 中共海宁市委、海宁市人民政府: "
                + "2024年,黄湾镇扎实开展法治政府建设。 一、主要成效 (一)强化学习。组织专题学法8次。 " + "某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。某某工作稳步推进，各项制度不断完善，干部法治意识持续增强。";
        ReportStructure report = parser.parse("f", text);

        assertThat(report.title()).isEqualTo("中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告");
        assertThat(report.year()).isEqualTo(2024);
        assertThat(report.paragraphs()).extracting(Paragraph::text).contains("中共海宁市委、海宁市人民政府:",
                "(一)强化学习。组织专题学法8次。");
    }

    @Test
    void should_write_a_city_once_when_the_county_carries_its_name() {
        assertThat(new Place("湖南省", "怀化市", "怀化市洪江管理区", "沅江路街道").display())
                .isEqualTo("湖南省怀化市洪江管理区沅江路街道");
        assertThat(new Place("重庆市", null, "璧山区", "健龙镇").display()).isEqualTo("重庆市璧山区健龙镇");
    }
}
