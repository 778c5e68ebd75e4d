package com.reportqa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.junit.jupiter.api.Test;

class ReportWordsTest {

    private static final String REPORT = """
            通江县洪口镇2023年法治政府建设工作报告
            一、推进法治政府建设主要举措和成效
            (一)深入学习贯彻习近平法治思想
            我镇全年组织领导干部专题学法12次，参训干部300余人次。同时开展法律知识考试2次。
            (二)健全依法行政决策机制
            全年召开党政联席会议25次，审议重大事项40件，法律顾问审查合同18份。
            二、存在的问题
            法治宣传的形式还不够丰富。
            """;

    private final Analyzer analyzer = ChineseAnalysis.analyzer();

    @Test
    void should_index_the_same_words_as_segmenting_each_window_whole() throws Exception {
        Report report = report();
        List<Chunk> chunks = new Chunker(250).chunks(report);
        ReportWords words = new ReportWords(analyzer);
        int headings = 0;
        for (Chunk c : chunks) {
            ReportWords.Known known = words.known(c);
            List<String> indexed = new ArrayList<>(known.words());
            if (known.includesText()) {
                headings++;
            } else {
                indexed.addAll(segment(analyzer, c.text()));
            }
            List<String> expected = new ArrayList<>();
            c.source().forEach(part -> expected.addAll(segment(analyzer, part)));
            expected.addAll(segment(analyzer, c.text()));
            assertThat(indexed).as(c.indexText()).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(headings).as("heading paragraphs replay their heading's words").isEqualTo(4);
    }

    @Test
    void should_segment_each_source_part_once_per_report() throws Exception {
        AtomicInteger segmented = new AtomicInteger();
        Analyzer counting = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                segmented.incrementAndGet();
                return reader;
            }
        };
        List<Chunk> chunks = new Chunker(250).chunks(report());
        ReportWords words = new ReportWords(counting);
        chunks.forEach(words::known);
        long distinctParts = chunks.stream().flatMap(c -> c.source().stream()).distinct().count();
        assertThat(segmented.get()).isEqualTo((int) distinctParts);
        assertThat(chunks.stream().mapToInt(c -> c.source().size()).sum()).isGreaterThan(segmented.get());
    }

    private static Report report() throws Exception {
        return new ReportIngester(1_000_000).ingest("001.txt", REPORT.getBytes(StandardCharsets.UTF_8), new Properties());
    }

    private static List<String> segment(Analyzer analyzer, String text) {
        return ChineseAnalysis.terms(analyzer, ChineseAnalysis.WORDS, text);
    }
}
