package com.reportqa.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import com.reportqa.ingest.Corpus;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AppTest
class ReportContentRetrieverIT {

    @Autowired
    ReportContentRetriever retriever;
    @Autowired
    ParagraphSearch search;
    @Autowired
    Corpus corpus;

    @Test
    void should_return_the_paragraph_with_its_source_as_langchain4j_content() {
        String huangxi = corpus.reports().stream().filter(r -> r.place().name().equals("黄溪镇")).findFirst()
                .orElseThrow().id();
        var contents = retriever.retrieve(ReportContentRetriever.query("执法人员持有执法证件", Set.of(huangxi), 3));
        assertThat(contents).isNotEmpty().hasSizeLessThanOrEqualTo(3).allSatisfy(c -> {
            assertThat(c.textSegment().metadata().getString("reportId")).isEqualTo(huangxi);
            assertThat(c.textSegment().metadata().getString("paragraphId")).startsWith(huangxi);
            assertThat(c.metadata()).containsKey(ContentMetadata.SCORE);
        });
        assertThat(contents.get(0).textSegment().text()).contains("持有执法证件5人");
    }

    @Test
    void should_give_back_the_hits_of_the_search_it_wraps() {
        Set<String> all = Set.of();
        var direct = search.search(new SearchQuery("行政复议审结", all, 8, search.defaultMethod()));
        var through = retriever.retrieve(ReportContentRetriever.query("行政复议审结", all, 8)).stream()
                .map(ReportContentRetriever::hit).toList();
        assertThat(through).isEqualTo(direct);
    }

    @Test
    void should_search_every_report_for_a_plain_query() {
        var contents = retriever.retrieve(Query.from("行政复议"));
        assertThat(contents).hasSize(search.defaultTopK());
        assertThat(contents.stream().map(c -> c.textSegment().metadata().getString("reportId")).distinct().count())
                .isGreaterThan(1);
    }
}
