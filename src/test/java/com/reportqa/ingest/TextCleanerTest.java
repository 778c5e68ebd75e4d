package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("breadcrumb with label and no-break spaces",
                        "您当前的位置: 首页\u00a0>\u00a0政务公开\u00a0>\u00a0镇街 \u00a0>\u00a0 健龙镇\n\n正文。", "正文。"),
                Arguments.of("breadcrumb without label", "首页 > 专题专栏 > 法治政府建设 > 九、法治政府建设组织领导落实到位\n标题", "标题"),
                Arguments.of("other breadcrumb label", "当前位置：首页>政务公开\n标题", "标题"),
                Arguments.of("qr hint line", "最后一段。\n\n扫一扫在手机打开当前页", "最后一段。"),
                Arguments.of("qr hint glued to text", "最后一段。扫一扫在手机打开当前页", "最后一段。"),
                Arguments.of("bookmark inside a line", "[bookmark: _GoBack]2024年推进法治政府建设", "2024年推进法治政府建设"),
                Arguments.of("related articles and what follows", "正文。\n\n相关文章:\n某某新闻\n另一条", "正文。"),
                Arguments.of("site chrome line", "标题\n【字体：大 中 小】【打印本页】【关闭窗口】\n正文。", "标题\n正文。"),
                Arguments.of("chrome at the end of a metadata line", "发布时间：2024-03-29 字号：[大 中 小] 打印本页 关闭窗口",
                        "发布时间：2024-03-29"),
                Arguments.of("bare chrome words", "打印 | 关闭", ""),
                Arguments.of("blank-line runs collapse", "第一段。\n\n\n\n\n第二段。", "第一段。\n\n第二段。"),
                Arguments.of("whitespace-only lines vanish", "第一段。\n \u00a0 \u3000\n第二段。", "第一段。\n\n第二段。"),
                Arguments.of("trailing and indentation spaces", "\u3000\u3000正文内容。   \n  下一行。\t", "正文内容。\n下一行。"),
                Arguments.of("zero-width characters", "法\u200b治\ufeff政府\u200d建设", "法治政府建设"),
                Arguments.of("crlf line endings", "第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行"),
                Arguments.of("en and em spaces become plain spaces", "2024-03-29 13:09\u2003来源: 通江县洪口镇人民政府",
                        "2024-03-29 13:09 来源: 通江县洪口镇人民政府"),
                Arguments.of("html space entity", "雁峰区&nbsp;人民政府", "雁峰区 人民政府"),
                Arguments.of("control characters", "正\u0000文\u0007。", "正文。"),
                Arguments.of("body text is kept verbatim", "（一）坚持在党的领导下，深化新时代法治政府“制度”建设。加强（限期）整改；",
                        "（一）坚持在党的领导下，深化新时代法治政府“制度”建设。加强（限期）整改；"),
                Arguments.of("scan words inside body are kept", "群众扫一扫二维码即可咨询。", "群众扫一扫二维码即可咨询。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_strip_web_debris_and_keep_text(String description, String raw, String expected) {
        assertThat(cleaner.clean(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void should_return_empty_for_missing_text(String raw) {
        assertThat(cleaner.clean(raw)).isEmpty();
    }

    @Test
    void should_clean_a_huge_line_in_linear_time() {
        String huge = "打印" + " ".repeat(1_000_000) + "x";

        assertThat(cleaner.clean(huge)).startsWith("打印").endsWith("x");
    }

    @Test
    void should_remove_debris_from_every_corpus_file() {
        for (String name : CorpusFiles.NAMES) {
            String cleaned = cleaner.clean(CorpusFiles.read(name));

            assertThat(cleaned).as(name).doesNotContain("扫一扫", "您当前的位置", "[bookmark", "相关文章", "\u00a0",
                    "\n\n\n", "首页 >");
            assertThat(cleaned.lines()).as(name).allMatch(line -> line.equals(line.strip()));
        }
    }

    @Test
    void should_be_idempotent() {
        for (String name : CorpusFiles.NAMES) {
            String once = cleaner.clean(CorpusFiles.read(name));

            assertThat(cleaner.clean(once)).as(name).isEqualTo(once);
        }
    }
}
