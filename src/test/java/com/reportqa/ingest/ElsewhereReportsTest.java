package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports in the forms real government pages have (page chrome first, no title in the text, an addressee and
 * 我乡/本街道, issuers other than a town government), written for these tests: every one is read, with the
 * place chain the national list decides and the year the text states.
 */
class ElsewhereReportsTest {

    private static final Path DIR = Path.of("src/test/resources/elsewhere");
    private static IngestResult result;
    private static Map<String, Report> byFile;

    @BeforeAll
    static void ingest() {
        result = new ReportIngester(20 << 20).ingestFolder(DIR.resolve("corpus"));
        byFile = result.reports().stream().collect(Collectors.toMap(Report::file, Function.identity()));
    }

    static Stream<JsonNode> expected() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(DIR.resolve("reports.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(json::readTree);
    }

    @Test
    void should_refuse_no_readable_report() {
        assertThat(result.skipped()).isEmpty();
        assertThat(result.reports()).hasSizeGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void should_read_metadata_as_the_text_and_the_national_list_give_it(JsonNode e) {
        Report r = byFile.get(e.get("file").asString());
        assertThat(r).as(e.get("file").asString()).isNotNull();
        JsonNode p = e.get("place");
        Place place = new Place(text(p, "province"), text(p, "city"), text(p, "county"), text(p, "town"));
        if (e.get("decidable").asBoolean()) {
            // a 直辖市 is a province by code and stands where report titles put it, as the city
            Place expected = place.city() == null && place.province() != null && place.province().endsWith("市")
                    ? new Place(null, place.province(), place.county(), place.town()) : place;
            assertThat(r.place()).isEqualTo(expected);
        } else {
            assertThat(r.place().name()).isEqualTo(place.name());
            assertThat(r.place().county()).as("an undecidable name gets no guessed county").isNull();
        }
        assertThat(r.year()).isEqualTo(e.get("year").asInt());
        String published = text(e, "published");
        if (published != null) {
            assertThat(r.publishedOn()).as("published").hasToString(published);
        }
        String title = text(e, "title");
        if (title != null) {
            assertThat(r.title()).isEqualTo(title);
        } else {
            assertThat(r.title()).as("no title in the text: the file name's, or none")
                    .isIn(null, FileNames.titleOf(r.file()));
        }
    }

    @Test
    void should_show_what_stays_unknown_as_pending() {
        List<Report> untitled = result.reports().stream().filter(r -> r.title() == null).toList();

        assertThat(untitled).isNotEmpty().allSatisfy(r -> {
            assertThat(r.pending()).contains("标题");
            assertThat(r.titleOrPending()).isEqualTo("待补充");
        });
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
