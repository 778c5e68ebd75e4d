package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads change the folder and the corpus together, or neither. */
class CorpusEditorTest {

    private static final com.reportqa.divisions.Divisions DIVISIONS = com.reportqa.divisions.Divisions.load();

    @TempDir
    Path dir;
    Corpus corpus;
    CorpusEditor editor;
    final List<Corpus.CorpusSnapshot> published = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        Files.writeString(dir.resolve("a.txt"), HostileFiles.report("甲镇"));
        corpus = new Corpus(new CorpusSettings(dir, 64 << 10, Files.createTempDirectory("rq-cache").resolve("reports.bin")),
                DIVISIONS);
        corpus.subscribe(published::add);
        editor = new CorpusEditor(corpus, DIVISIONS);
    }

    @Test
    void should_write_then_publish_a_good_upload_under_a_clean_unused_name() throws Exception {
        EditResult result = editor.upload("../../a.txt", HostileFiles.report("乙镇").getBytes(StandardCharsets.UTF_8));

        assertThat(result.ok()).isTrue();
        assertThat(result.file()).isEqualTo("a-2.txt");
        assertThat(result.message()).contains("已添加").contains("乙镇");
        assertThat(Files.readString(dir.resolve("a-2.txt"))).contains("乙镇");
        assertThat(Files.readString(dir.resolve("a.txt"))).contains("甲镇");
        assertThat(corpus.reports()).extracting(Report::file).containsExactlyInAnyOrder("a.txt", "a-2.txt");
        assertThat(published.getLast().reports()).hasSize(2);
        assertThat(files()).containsExactlyInAnyOrder("a.txt", "a-2.txt");
    }

    @Test
    void should_change_nothing_for_a_bad_upload() throws Exception {
        for (var hostile : HostileFiles.contents().entrySet()) {
            if (HostileFiles.expectedReasons().containsKey(hostile.getKey()) 
                    && !hostile.getKey().equals("copy-of-000.txt")) {
                EditResult result = editor.upload(hostile.getKey(), hostile.getValue());
                assertThat(result.ok()).as(hostile.getKey()).isFalse();
                assertThat(result.message()).as(hostile.getKey()).containsPattern("\\p{IsHan}");
            }
        }
        assertThat(editor.upload("a copy.txt", Files.readAllBytes(dir.resolve("a.txt"))).message())
                .contains("与已有报告 a.txt 内容相同");
        assertThat(files()).containsExactly("a.txt");
        assertThat(published).hasSize(1);
    }

    @Test
    void should_set_metadata_the_text_lacks_in_the_sidecar_and_read_the_report_again() throws Exception {
        EditResult added = editor.upload("page.txt", "一、主要举措和成效\n我乡全年调处矛盾纠纷31件。\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(added.report().pending()).containsExactly("标题", "地区", "年度");

        EditResult refused = editor.correct(added.report().id(), java.util.Map.of("year", "去年"));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.message()).contains("四位数字");

        EditResult corrected = editor.correct(added.report().id(), new java.util.LinkedHashMap<>(java.util.Map.of(
                "title", "拱市乡2024年度法治政府建设情况报告", "place", "渠县拱市乡", "year", "2024")));

        assertThat(corrected.ok()).as(corrected.message()).isTrue();
        Report r = corpus.report(added.report().id()).orElseThrow();
        assertThat(r.pending()).isEmpty();
        assertThat(r.place().display()).isEqualTo("四川省达州市渠县拱市乡");
        assertThat(r.year()).isEqualTo(2024);
        assertThat(Files.readString(dir.resolve("page.txt.properties"))).contains("year=2024");
        assertThat(new ReportIngester(64 << 10, DIVISIONS).ingestFolder(dir).reports())
                .filteredOn(x -> x.file().equals("page.txt")).singleElement()
                .satisfies(x -> assertThat(x.title()).isEqualTo("拱市乡2024年度法治政府建设情况报告"));
    }

    @Test
    void should_stop_reading_a_stream_at_the_size_limit() {
        byte[] big = (HostileFiles.report("丙镇") + "很长的内容。".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        var in = new ByteArrayInputStream(big);
        EditResult result = editor.upload("big.txt", in);
        assertThat(result.message()).contains("文件过大");
        assertThat(in.available()).isGreaterThan(0);
        assertThat(files()).containsExactly("a.txt");
    }

    @Test
    void should_delete_the_file_its_sidecar_and_the_report() throws Exception {
        Files.writeString(dir.resolve("a.txt.properties"), "url=https://example.gov.cn/a\n");
        corpus.reload();
        String id = corpus.reports().getFirst().id();

        EditResult result = editor.delete(id);

        assertThat(result.ok()).isTrue();
        assertThat(result.message()).contains("已删除").contains("a.txt");
        assertThat(files()).isEmpty();
        assertThat(corpus.reports()).isEmpty();
        assertThat(editor.delete(id).message()).contains("没有编号为");
    }

    @Test
    void should_pick_up_files_copied_in_by_hand_on_reindex() throws Exception {
        Files.writeString(dir.resolve("b.txt"), HostileFiles.report("丁镇"));
        assertThat(editor.reindex().reports()).hasSize(2);
        assertThat(corpus.reports()).extracting(r -> r.place().name()).contains("丁镇");
    }

    private List<String> files() {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
