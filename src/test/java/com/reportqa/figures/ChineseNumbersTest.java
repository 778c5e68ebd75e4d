package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            123          | 123
            0            | 0
            1,234        | 1234
            1,234,567    | 1234567
            1,234.5      | 1234.5
            12.50        | 12.5
            １２３        | 123
            ９９．５      | 99.5
            2.9万        | 29000
            10万         | 100000
            3206万       | 32060000
            243万        | 2430000
            13.3万       | 133000
            1.2亿        | 120000000
            5千          | 5000
            零           | 0
            〇           | 0
            两           | 2
            十           | 10
            十一         | 11
            二十         | 20
            二十五       | 25
            一百零五     | 105
            一千零五十   | 1050
            两千         | 2000
            三万五千     | 35000
            十万         | 100000
            一万零五     | 10005
            一百五       | 150
            三万五       | 35000
            一亿二千万   | 120000000
            """)
    void should_parse_number_forms(String text, String expected) {
        assertThat(ChineseNumbers.parse(text)).hasValueSatisfying(v -> {
            assertThat(v).isEqualByComparingTo(new BigDecimal(expected));
            assertThat(v.toPlainString()).isEqualTo(expected);
        });
    }

    @ParameterizedTest(name = "{0} is not a number")
    @ValueSource(strings = {"十四五", "八五", "二〇二四", "一零", "十十", "一百零", "1,23", "abc", "3万x", "", "  "})
    void should_reject_digit_runs_names_and_malformed_text(String text) {
        assertThat(ChineseNumbers.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0} keeps a plain representation")
    @ValueSource(strings = {"10万", "100", "1.50", "2.9万"})
    void should_never_render_exponents(String text) {
        assertThat(ChineseNumbers.parse(text).orElseThrow().toPlainString()).doesNotContain("E");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            １２３％ | 123%
            ３．５   | 3.5
            共１２件 | 共12件
            """)
    void should_map_full_width_digits_one_to_one(String text, String expected) {
        String mapped = ChineseNumbers.toHalfWidth(text);
        assertThat(mapped).isEqualTo(expected).hasSameSizeAs(text);
    }
}
