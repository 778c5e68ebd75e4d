package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportFixtureTest {

    /** Text shapes that must never be reported as a figure (years, dates, document numbers, times). */
    private static final Pattern FORBIDDEN_RAW = Pattern.compile(
            "(19|20)\\d{2}\\s*年|\\d+\\s*[月日号]|〔|\\[|\\d{4}-|\\d+:\\d+|·|第|\\+");
    private static final Pattern DATE_OR_REFERENCE = Pattern.compile(
            "(19|20)\\d{2}\\s*年|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}月\\d{1,2}日|〔\\d{4}〕\\d+号|\\d{1,2}·\\d{1,2}|\\d{1,2}:\\d{2}");

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void should_extract_exactly_the_hand_checked_figures_of_report_003() {
        List<String> expected = TestResources.lines("figures/003_expected.tsv").stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.replace("\t-", "\tnull"))
                .sorted()
                .toList();
        List<String> actual = TestResources.extractLines(extractor, "figures/003.txt").stream()
                .map(m -> String.join("\t", m.raw(), m.value().toPlainString(), m.unit(), String.valueOf(m.qualifier())))
                .sorted()
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_a11ebd4c0f3e8d67.txt", "001_6563e301bb6d0049.txt", "002_9bc7d885d2e118ff.txt",
            "003_3ba48369459b5a14.txt", "004_439855eb73e9025e.txt"})
    void should_never_report_years_dates_document_numbers_or_formulas(String report) {
        String text = TestResources.read("corpus/" + report);
        List<FigureMention> mentions = TestResources.extractLines(extractor, "corpus/" + report);
        assertThat(mentions).isNotEmpty();
        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.raw()).doesNotContainPattern(FORBIDDEN_RAW);
            assertThat(m.unit()).isNotNull();
            assertThat(m.value().signum()).isPositive();
            assertThat(m.clause()).contains(m.raw());
            assertThat(m.context()).endsWith(m.clause());
        });
        // Every number inside a date or document reference of the report must stay unreported.
        List<String> raws = mentions.stream().map(FigureMention::raw).toList();
        DATE_OR_REFERENCE.matcher(text).results()
                .forEach(r -> assertThat(raws).noneMatch(raw -> r.group().contains(raw)));
    }

    @Test
    void should_skip_slogans_and_names_across_the_corpus() {
        List<String> raws = Stream.of("000_a11ebd4c0f3e8d67.txt", "001_6563e301bb6d0049.txt", "002_9bc7d885d2e118ff.txt",
                        "004_439855eb73e9025e.txt")
                .flatMap(r -> TestResources.extractLines(extractor, "corpus/" + r).stream())
                .map(FigureMention::raw)
                .toList();
        assertThat(raws).doesNotContain("四个", "两个", "六个", "一件", "一次", "一支", "一套", "一条", "三位", "141",
                "2", "5", "十四", "千人", "2025127");
        assertThat(raws).contains("十一个", "10万余件", "近400名", "95%以上", "3206万次", "30000余人次");
    }
}
