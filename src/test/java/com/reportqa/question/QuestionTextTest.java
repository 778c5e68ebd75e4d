package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The one normalisation of user text: invisible characters out, whitespace folded, nothing visible changed. */
class QuestionTextTest {

    /** Java escapes rather than a CSV table: the cases are the characters a CSV parser would trim or choke on. */
    static Stream<Arguments> typed() {
        return Stream.of(
                arguments("\u0000", "", "NUL only is empty"),
                arguments("\u0000\u0000\u200B\u202E\uFEFF\u3000 \t", "", "invisible and white only is empty"),
                arguments(null, "", "null is empty"),
                arguments("健\u200B龙镇受理了多少件矛盾纠纷？", "健龙镇受理了多少件矛盾纠纷？", "a zero-width space no longer hides the place"),
                arguments("\u202E健龙镇\u202C受理了多少件", "健龙镇受理了多少件", "bidi override and pop removed"),
                arguments("\u2067雁峰区\u2069行政复议", "雁峰区行政复议", "bidi isolates removed"),
                arguments("\uFEFF雁峰区行政复议审结多少件？", "雁峰区行政复议审结多少件？", "a byte-order mark removed"),
                arguments("健龙镇\u3000受理\u3000\u3000多少件", "健龙镇 受理 多少件", "full-width spaces folded to one space"),
                arguments("健龙镇\u00A0\u2003受理", "健龙镇 受理", "no-break and em spaces folded"),
                arguments("a\tb\r\nc\u2028d", "a b c d", "tabs and line breaks are spaces"),
                arguments("A\u0001B\u007FC\u0085D\u009FE", "ABCDE", "C0 and C1 controls removed"),
                arguments("soft\u00ADhyphen", "softhyphen", "soft hyphen removed"),
                arguments("lone \uD800high \uDC00low", "lone high low", "unpaired surrogates removed"),
                arguments("  江口镇  ", "江口镇", "ends stripped"),
                arguments("＜script＞（１２３）😀👨\u200D👩", "＜script＞（１２３）😀👨👩", "visible characters kept as typed"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("typed")
    void should_clean_what_users_type(String raw, String expected, String why) {
        assertThat(QuestionText.clean(raw)).isEqualTo(expected);
        assertThat(QuestionText.clean(expected)).as("cleaning twice changes nothing").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [1][2][健龙99]罚了多少钱？ | ［1］［2］［健龙99］罚了多少钱？
            受理了多少件               | 受理了多少件
            """)
    void should_quote_question_words_without_citation_markers(String words, String quoted) {
        assertThat(QuestionText.quotable(words)).isEqualTo(quoted);
    }

    @ParameterizedTest
    @CsvSource({"健龙镇受理了多少件矛盾纠纷？", "' OR 1=1 --", "${jndi:ldap://x/a}"})
    void should_hash_a_question_without_showing_it(String question) {
        String hash = QuestionText.hash(question);
        assertThat(hash).matches("[0-9a-f]{12}").isEqualTo(QuestionText.hash(question));
        assertThat(question).doesNotContain(hash);
    }
}
