package com.reportqa.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.answer.Citation;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GbtReferenceTest {

    static final LocalDate ACCESSED = LocalDate.of(2026, 11, 23);
    static final String TITLE = "重庆市璧山区健龙镇人民政府关于2024年度法治政府建设情况的报告";
    static final String ISSUER = "重庆市璧山区健龙镇人民政府";
    static final String URL = "http://www.bishan.gov.cn/zwgk/fzzf/202503/t20250319.html";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("everything known", ISSUER, TITLE, "2025-03-19", URL,
                        ISSUER + ". " + TITLE + "[EB/OL]. (2025-03-19)[2026-11-23]. " + URL + "."),
                Arguments.of("no URL: no address", ISSUER, TITLE, "2025-03-19", null,
                        ISSUER + ". " + TITLE + "[EB/OL]. (2025-03-19)[2026-11-23]."),
                Arguments.of("no issuer: starts with the title", null, TITLE, "2025-03-19", URL,
                        TITLE + "[EB/OL]. (2025-03-19)[2026-11-23]. " + URL + "."),
                Arguments.of("blank issuer counts as none", "  ", TITLE, "2025-03-19", null,
                        TITLE + "[EB/OL]. (2025-03-19)[2026-11-23]."),
                Arguments.of("no publication date: only the access date", ISSUER, TITLE, null, URL,
                        ISSUER + ". " + TITLE + "[EB/OL]. [2026-11-23]. " + URL + "."),
                Arguments.of("only a title", null, TITLE, null, null, TITLE + "[EB/OL]. [2026-11-23]."),
                Arguments.of("slashes, one-digit month and day", ISSUER, TITLE, "2025/3/9", null,
                        ISSUER + ". " + TITLE + "[EB/OL]. (2025-03-09)[2026-11-23]."),
                Arguments.of("Chinese date", null, TITLE, "2025年3月19日", null,
                        TITLE + "[EB/OL]. (2025-03-19)[2026-11-23]."),
                Arguments.of("impossible date is not printed", null, TITLE, "2025-02-30", null,
                        TITLE + "[EB/OL]. [2026-11-23]."),
                Arguments.of("month only is not a date: omitted, not completed", null, TITLE, "2025-03", null,
                        TITLE + "[EB/OL]. [2026-11-23]."),
                Arguments.of("several issuing bodies are separated by commas", "中共云阳县江口镇委员会、云阳县江口镇人民政府",
                        "关于2023年度法治政府建设情况的报告", "2024-01-05", null, "中共云阳县江口镇委员会, 云阳县江口镇人民政府. "
                                + "关于2023年度法治政府建设情况的报告[EB/OL]. (2024-01-05)[2026-11-23]."),
                Arguments.of("trailing full stops are not doubled", ISSUER + "。", TITLE + "。", null, null,
                        ISSUER + ". " + TITLE + "[EB/OL]. [2026-11-23]."),
                Arguments.of("line breaks in a title become one line", null, "重庆市璧山区健龙镇人民政府\n关于2024年度"
                        + "法治政府建设情况的报告", null, null,
                        "重庆市璧山区健龙镇人民政府 关于2024年度法治政府建设情况的报告[EB/OL]. [2026-11-23]."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void should_format_gbt_7714_and_omit_what_is_unknown(String name, String issuer, String title, String published,
            String url, String expected) {
        Citation c = new Citation(1, "000.txt", "r1", title, issuer, "健龙镇", 2024, published, url, "r1-p1", "一、",
                "段落", null);
        assertThat(GbtReference.of(c).format(ACCESSED)).isEqualTo(expected);
    }

    @Test
    void should_fall_back_to_the_file_name_without_a_title() {
        Citation c = new Citation(1, "健龙镇报告.pdf", "r1", " ", null, "健龙镇", 2024, null, null, "r1-p1", "一、",
                "段落", null);
        assertThat(GbtReference.of(c).format(ACCESSED)).isEqualTo("健龙镇报告.pdf[EB/OL]. [2026-11-23].");
    }
}
