package com.reportqa.export;

import static com.reportqa.export.ExportFixtures.CONVERSATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvExportTest {

    final Export export = ExportFixtures.service().export(CONVERSATION, ExportFormat.CSV);
    final List<List<String>> rows = Rfc4180.parse(new String(export.bytes(), StandardCharsets.UTF_8).substring(1));

    @Test
    void should_start_with_a_utf8_bom() {
        assertThat(Arrays.copyOf(export.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(export.contentType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(export.fileName()).endsWith(".csv");
    }

    @Test
    void should_write_one_row_per_citation_with_the_columns_in_order() {
        assertThat(rows.get(0)).containsExactly("问题", "回答", "引用编号", "报告标题", "发布机关", "地区", "年度", "发布日期",
                "章节", "段落编号", "引用原文");
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(11));
        // 1 + 2 + 2 citations, and one row for the answer without any
        assertThat(rows).hasSize(1 + 6);
        assertThat(rows.get(1)).containsExactly("雁峰区行政复议审结多少件？", ExportFixtures.NUMERIC.answer(), "1",
                "衡阳市雁峰区2024年度法治政府建设情况报告", "衡阳市雁峰区人民政府", "衡阳市雁峰区", "2024", "2025-03-28",
                "一、2024推进法治政府建设的主要举措和成效 › (五)", "06470d6b42e3-p12", ExportFixtures.YANFENG_TEXT);
        assertThat(rows.get(3)).containsExactly("健龙镇和黄溪镇哪个矛盾纠纷更多？", ExportFixtures.COMPARE.answer(), "2",
                "2024年度法治政府建设报告", "", "重庆市黔江区黄溪镇", "2024", "", "一、法治政府建设完成情况",
                "3ba48369459b-p21", ExportFixtures.HUANGXI_TEXT);
        assertThat(rows.get(6)).containsExactly("珠晖区受理多少件？", "语料中没有珠晖区的报告。", "", "", "", "", "", "", "",
                "", "");
    }

    @Test
    void should_guard_formulas_and_keep_quotes_commas_and_line_breaks() {
        List<String> awkward = rows.get(5);
        assertThat(awkward.get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(awkward.get(1)).isEqualTo("'- 健龙镇：数字赋能[1]\n- 法律顾问[2]");
        assertThat(awkward.get(10)).isEqualTo("'" + ExportFixtures.AWKWARD_TEXT);
    }

    static Stream<Arguments> cells() {
        return Stream.of(Arguments.of("=1+2", "\"'=1+2\""), Arguments.of("+86", "\"'+86\""),
                Arguments.of("-5", "\"'-5\""), Arguments.of("@SUM(A1)", "\"'@SUM(A1)\""),
                Arguments.of("\t=1", "\"'\t=1\""), Arguments.of("\r=1", "\"'\r=1\""),
                Arguments.of("健龙镇=1", "\"健龙镇=1\""), Arguments.of("a\"b", "\"a\"\"b\""), Arguments.of("", "\"\""));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void should_quote_every_cell_and_defuse_formulas(String value, String expected) {
        assertThat(CsvWriter.cell(value)).isEqualTo(expected);
    }
}
