package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Page-table labels in the forms real pages use, read as one. */
class PageLabelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            发布机构: | 河东区汤头街道 |                            ~ 发布机构：河东区汤头街道
            成文日期: | 2025-02-14 | 发布日期: | 2025-02-14 |       ~ 成文日期：2025-02-14 发布日期：2025-02-14
            [ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]           ~ 发布机构：丰都县栗子乡人民政府 有效性：
            【发布日期】2024-01-31                                 ~ 发布日期：2024-01-31
            - 索 引 号: sm09901-1800-2025-00003                    ~ - 索引号：sm09901-1800-2025-00003
            发布机构：临泽县沙河镇人民政府 主题分类: 其他          ~ 发布机构：临泽县沙河镇人民政府 主题分类：其他
            2024年，全镇受理矛盾纠纷187件                          ~ 2024年，全镇受理矛盾纠纷187件
            """)
    void should_write_every_label_one_way(String line, String canonical) {
        assertThat(PageLabels.canonical(line)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            发布机构: | 河东区汤头街道 |                ~ true
            [ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10 ~ true
            [ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告 ~ false
            字号：大 中 小                              ~ false
            """)
    void should_keep_the_page_lines_that_state_something_about_the_report(String line, boolean kept) {
        assertThat(HeaderLines.isPageLine(line)).isEqualTo(kept);
    }
}
