package com.reportqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.Report;
import com.reportqa.ingest.ReportIngester;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private final GeneratedCorpus corpus = new CorpusGenerator().generate(120, 7);

    @Test
    void should_generate_the_same_corpus_and_questions_for_the_same_seed() {
        GeneratedCorpus again = new CorpusGenerator().generate(120, 7);
        assertThat(again.reports()).isEqualTo(corpus.reports());
        assertThat(again.questions()).isEqualTo(corpus.questions());
        assertThat(new CorpusGenerator().generate(120, 8).reports()).isNotEqualTo(corpus.reports());
    }

    @Test
    void should_name_some_towns_like_a_town_of_another_county() {
        Map<String, Set<String>> countiesOfTown = corpus.reports().stream().filter(r -> r.town() != null)
                .collect(Collectors.groupingBy(GeneratedReport::town,
                        Collectors.mapping(GeneratedReport::county, Collectors.toSet())));
        assertThat(countiesOfTown.values()).anyMatch(counties -> counties.size() >= 2);
        assertThat(corpus.questions()).anyMatch(q -> q.ambiguous().size() >= 2);
    }

    @Test
    void should_write_every_gold_figure_verbatim_into_its_report() {
        Map<String, GeneratedReport> byFile = corpus.reports().stream()
                .collect(Collectors.toMap(GeneratedReport::file, r -> r));
        List<BenchQuestion> numeric = corpus.questions().stream()
                .filter(q -> q.type().equals("numeric") || q.type().equals("compare")).toList();
        assertThat(numeric).hasSizeGreaterThan(100);
        for (BenchQuestion q : numeric) {
            for (BenchQuestion.Expected e : q.expected()) {
                String doc = e.doc() != null ? e.doc() : q.docs().get(0);
                assertThat(byFile.get(doc).text()).as(q.question()).contains(e.gold().raw());
            }
        }
    }

    @Test
    void should_ingest_every_generated_report_with_its_place_and_year() throws Exception {
        ReportIngester ingester = new ReportIngester(20 << 20);
        Set<String> ids = new HashSet<>();
        for (GeneratedReport g : corpus.reports()) {
            Report r = ingester.ingest(g.file(), g.text().getBytes(StandardCharsets.UTF_8), new Properties());
            assertThat(r.year()).as(g.file()).isEqualTo(g.year());
            assertThat(r.place().county()).as(g.file()).isEqualTo(g.county());
            assertThat(r.place().town()).as(g.file()).isEqualTo(g.town());
            assertThat(r.paragraphs()).hasSizeGreaterThan(15);
            ids.add(r.id());
        }
        assertThat(ids).hasSize(corpus.reports().size());
    }

    @Test
    void should_ask_every_kind_of_question() {
        Set<String> types = corpus.questions().stream().map(BenchQuestion::type).collect(Collectors.toSet());
        assertThat(types).contains("numeric", "compare", "none", "fact");
    }
}
