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
    ParagraphSearch search;
    @Autowired
    Corpus corpus;

    @Test
    void should_return_the_paragraph_with_its_source_as_langchain4j_content() {
        String huangxi = corpus.reports().stream().filter(r -> r.place().name().equals("黄溪镇")).findFirst()
                .orElseThrow().id();
        var contents = new ReportContentRetriever(search, corpus, Set.of(huangxi), 3).retrieve(Query.from("执法人员持有执法证件"));
        assertThat(contents).isNotEmpty().allSatisfy(c -> {
            assertThat(c.textSegment().metadata().getString("reportId")).isEqualTo(huangxi);
            assertThat(c.metadata()).containsKey(ContentMetadata.SCORE);
        });
        assertThat(contents.get(0).textSegment().text()).contains("持有执法证件5人");
    }
}
