package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tables for the package-private helpers: heading labels, sentence starts and dates. */
class ComponentTablesTest {

    /** Columns: line | level | label | heading-only. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            一、2024年法治政府建设基本情况 | 1 | 一、2024年法治政府建设基本情况 | true
            四、2025年推进法治政府建设的目标举措: | 1 | 四、2025年推进法治政府建设的目标举措 | true
            十二、其他 | 1 | 十二、其他 | true
            (一)深入学习贯彻习近平法治思想 | 2 | (一)深入学习贯彻习近平法治思想 | true
            （一）进一步提升依法行政的能力。 | 2 | （一）进一步提升依法行政的能力 | true
            （一）坚持在党的领导下，深化新时代法治政府“制度”建设。加强制度约束力度，涉及的重大民生事项。 | 2 | （一）坚持在党的领导下，深化新时代法治政府“制度”建设 | false
            (四)全面推进社会法治1.加强法治宣传教育,提高群众法律素养。为贯彻落实县委要求。 | 2 | (四)全面推进社会法治 | false
            (八)多渠道防范和化解社会矛盾,维护社会和谐稳定。一是多渠道防范社会矛盾。 | 2 | (八)多渠道防范和化解社会矛盾,维护社会和谐稳定 | false
            (一)强化党建引领,夯实法治政府领导责任把党的领导贯穿法治政府建设工作各领域全过程,压实党政主要负责人履行推进法治建设第一责任人职责。 | 2 | (一)强化党建引领 | false
            1.加快推进法治政府建设实施方案。我镇已制定实施方案。 | 3 | 1.加快推进法治政府建设实施方案 | false
            2、加强队伍建设 | 3 | 2、加强队伍建设 | true
            3．完善制度 | 3 | 3．完善制度 | true
            （1）完善细则 | 4 | （1）完善细则 | true
            """)
    void should_recognise_headings(String line, int level, String label, boolean headingOnly) {
        assertThat(HeadingMatcher.match(line)).isEqualTo(new HeadingMatcher.Heading(level, label, headingOnly));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024年,在区委、区政府的坚强领导下,我镇紧紧锚定法治建设目标。
            2.9万余件业务办理完成。
            1.5亿元资金到位。
            一是坚持党的领导。
            统一是我们的目标。
            12·4宪法宣传日
            """)
    void should_not_treat_body_starts_as_headings(String line) {
        assertThat(HeadingMatcher.match(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            第一句。第二句！第三句？第四句；第五句 | 0,4,8,12,16
            问题:一是干部意识有待提高;二是宣传薄弱;三是创新不够。 | 0,3,14,21
            他说：“要依法办事。”随后离开。 | 0,11
            一是抓住关键学习点。紧紧围绕“十一个坚持”开展学习。二是铺开宣传覆盖面。 | 0,10,26
            坚持统一是关键，这一是说法。 | 0
            化解率100%。   (九)数字赋能。 | 0,11
            """)
    void should_find_sentence_starts(String text, String starts) {
        List<Integer> expected = Arrays.stream(starts.split(",")).map(Integer::valueOf).toList();

        assertThat(SentenceSplitter.starts(text)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            日期:2025-03-19 | 2025-03-19
            2024-03-29 13:09 来源: 通江县洪口镇人民政府 | 2024-03-29
            发布时间：2024年3月29日 | 2024-03-29
            2025年1月27日 | 2025-01-27
            二〇二五年一月二十七日 | 2025-01-27
            二〇二四年十二月三十日 | 2024-12-30
            2024/12/3 | 2024-12-03
            2025127 | -
            2025-13-01 | -
            2024年2月30日 | -
            2021-2025年 | -
            """)
    void should_read_explicit_dates_only(String text, LocalDate expected) {
        assertThat(DateExtractor.find(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            化解率100%。   (九)数字赋能平安法治建设工作。我镇以加强… | 化解率100%。>(九)数字赋能平安法治建设工作。我镇以加强…
            化解率100%。(九)数字赋能。 | 化解率100%。(九)数字赋能。
            完成。 一、总体情况 | 完成。>一、总体情况
            共1. 5亿元 | 共1. 5亿元
            """)
    void should_split_only_where_a_heading_follows_a_sentence_and_a_gap(String line, String pieces) {
        assertThat(HeadingMatcher.splitGluedHeadings(line)).containsExactly(pieces.split(">"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            重庆市璧山区健龙镇人民政府关于2024年度法治政府建设情况的报告 | 重庆市璧山区健龙镇人民政府
            中共云阳县江口镇委员会云阳县江口镇人民政府关于2023年度法治政府建设情况的报告 | 中共云阳县江口镇委员会>云阳县江口镇人民政府
            黔江区黄溪镇人民政府2024年度法治政府建设报告 | 黔江区黄溪镇人民政府
            某某区人民政府办公室关于2023年度法治政府建设情况的报告 | 某某区人民政府办公室
            中共某某镇党委、政府关于2023年法治政府建设的报告 | 中共某某镇党委、政府
            某某县司法局2023年法治政府建设工作总结 | 某某县司法局
            七里山街道2023年度法治政府建设工作总结 | 七里山街道
            洪口镇2023年度法治政府建设工作情况的报告 | ''
            衡阳市雁峰区2024年度法治政府建设情况报告 | ''
            """)
    void should_split_issuing_organisations_from_the_title(String title, String organisations) {
        List<String> expected = organisations.isEmpty() ? List.of() : List.of(organisations.split(">"));

        assertThat(IssuerResolver.splitOrganisations(IssuerResolver.titlePrefix(title))).isEqualTo(expected);
    }
}
