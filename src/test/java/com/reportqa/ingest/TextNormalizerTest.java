package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ２０２４年１２月 | 2024年12月
            共受理来信来访１２件，办结１２件，办结率１００％。 | 共受理来信来访12件,办结12件,办结率100%。
            （一）坚持在党的领导下：一是… | (一)坚持在党的领导下:一是…
            下达责令（限期）整改通知书11家次；复查 | 下达责令(限期)整改通知书11家次;复查
            真的吗？是的！ | 真的吗?是的!
            ＡＩ模拟监控场景，ＬＥＤ显示屏 | AI模拟监控场景,LED显示屏
            “法律明白人”‘三送’ | “法律明白人”‘三送’
            《宪法》、〔2024〕10号。 | 《宪法》、〔2024〕10号。
            2.9万余件，１．５亿元 | 2.9万余件,1.5亿元
            """)
    void should_fold_full_width_forms(String input, String expected) {
        assertThat(normalizer.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `a\u3000b`       | `a b`
            `a\u00a0\u2002b` | `a  b`
            `a\tb`           | `a b`
            """)
    void should_map_each_whitespace_to_one_space_without_collapsing(String input, String expected) {
        String normalized = normalizer.normalize(input);

        assertThat(normalized).isEqualTo(expected);
        assertThat(normalized).hasSameSizeAs(input);
    }

    @Test
    void should_keep_line_breaks() {
        assertThat(normalizer.normalize("第一行\n第二行")).isEqualTo("第一行\n第二行");
    }

    @Test
    void should_never_change_length_so_offsets_map_back() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < random.nextInt(200); i++) {
                s.append((char) random.nextInt(0x10000));
            }
            assertThat(normalizer.normalize(s.toString())).hasSameSizeAs(s.toString());
        }
        for (String name : CorpusFiles.NAMES) {
            String text = CorpusFiles.read(name);
            String normalized = normalizer.normalize(text);
            int at = normalized.indexOf("12件");
            assertThat(normalized).hasSameSizeAs(text);
            if (at >= 0) {
                assertThat(normalizer.normalize(text.substring(at, at + 3))).isEqualTo("12件");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `现将我镇2024 年法治建设工作情况`      | `现将我镇2024年法治建设工作情况`
            `  健龙镇　　2024年  `                | `健龙镇2024年`
            `AI   supported   平台`               | `AI supported平台`
            `第一行\\n第二行`                      | `第一行第二行`
            """)
    void should_compact_for_search_keys(String input, String expected) {
        assertThat(normalizer.compact(input.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void should_return_empty_for_missing_text(String input) {
        assertThat(normalizer.normalize(input)).isEmpty();
        assertThat(normalizer.compact(input)).isEmpty();
    }
}
