package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus folder full of hostile files next to the five good reports: one Chinese reason each, nothing lost. */
class HostileFilesTest {

    @TempDir
    Path root;

    @Test
    void should_give_every_hostile_file_one_chinese_reason_and_keep_every_good_report() throws Exception {
        Path dir = root.resolve("corpus");
        HostileFiles.writeAll(dir, root.resolve("outside.txt"));
        for (var good : HostileFiles.goodReports().entrySet()) {
            Files.write(dir.resolve(good.getKey()), good.getValue());
        }

        IngestResult result = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new ReportIngester(4 << 20).ingestFolder(dir));

        Map<String, String> reasons = result.skipped().stream()
                .collect(Collectors.toMap(SkippedFile::file, SkippedFile::reason));
        Map<String, String> expected = new java.util.LinkedHashMap<>(HostileFiles.expectedReasons());
        expected.put("link.txt", "符号链接");
        expected.put("folder.txt", "文件夹");
        assertThat(reasons).containsOnlyKeys(expected.keySet());
        expected.forEach((file, word) -> assertThat(reasons.get(file)).as(file).contains(word)
                .containsPattern("\\p{IsHan}").doesNotContain("Exception").doesNotContain("java."));
        assertThat(result.reports()).extracting(r -> r.place().name())
                .contains("健龙镇", "洪口镇", "江口镇", "黄溪镇", "雁峰区").contains(HostileFiles.INGESTED_PLACES)
                .doesNotContain("外部镇");
        // readable text without title, place or year is kept with them pending, never refused
        assertThat(result.reports()).hasSize(5 + HostileFiles.INGESTED_PLACES.length + HostileFiles.READABLE_WITHOUT_METADATA);
        assertThat(result.reports()).filteredOn(r -> r.file().equals("english.txt")).singleElement()
                .satisfies(r -> assertThat(r.pending()).contains("标题", "地区"));
    }

    @Test
    void should_read_html_as_text_without_scripts_or_attributes() throws Exception {
        Report html = new ReportIngester(4 << 20).ingest("page.html", HostileFiles.contents().get("page.html"),
                new java.util.Properties());
        assertThat(html.paragraphs()).noneMatch(p -> p.text().contains("alert") || p.text().contains("onerror")
                || p.text().contains("注入"));
        assertThat(html.paragraphs()).anyMatch(p -> p.text().contains("受理各类矛盾纠纷120件"));
    }

    @Test
    void should_keep_markup_in_a_text_report_as_literal_text() throws Exception {
        Report txt = new ReportIngester(4 << 20).ingest("xss.txt", HostileFiles.contents().get("xss.txt"),
                new java.util.Properties());
        // shown as text by every consumer: the UI escapes it, JSON carries it as a string
        assertThat(txt.paragraphs()).anyMatch(p -> p.text().contains("<img src=x onerror=alert(1)>"));
    }
}
