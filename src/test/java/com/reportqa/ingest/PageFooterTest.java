package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A web page's own lines under the signature (分享到, 主办, ICP备) hide neither the signature nor its date. */
class PageFooterTest {

    @Test
    void should_find_the_signature_above_the_site_s_footer() {
        List<String> lines = List.of("示例街道2024年度法治政府建设工作情况报告", "2024年，示例街道深入推进法治政府建设。",
                "一、主要工作", "全年办理行政处罚案件12件。", "示例区示例街道办事处", "2025年1月17日",
                "[打印本页] [关闭窗口]", "分享到：微信 微博", "主办：示例区人民政府办公室　承办：示例区政务服务局",
                "示ICP备05003275号-1　网站标识码：4201030001");
        HeaderAnalyzer.Header header = HeaderAnalyzer.analyze(lines);
        assertThat(header.signatures()).containsExactly("示例区示例街道办事处");
        assertThat(header.bodyEnd()).isEqualTo(4);
    }

    @Test
    void should_keep_a_body_line_that_only_names_a_host() {
        assertThat(HeaderLines.isPageFooter("主办：示例区人民政府办公室")).isTrue();
        assertThat(HeaderLines.isPageFooter("街道主办了法治讲座3场。")).isFalse();
    }
}
