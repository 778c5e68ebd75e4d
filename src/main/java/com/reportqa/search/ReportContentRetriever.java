package com.reportqa.search;

import com.reportqa.ingest.Corpus;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Report paragraphs through LangChain4j's standard {@link ContentRetriever}: each {@link Content} carries
 * the whole paragraph, its ids, place and year as metadata, and its score.
 */
public final class ReportContentRetriever implements ContentRetriever {

    private final ParagraphSearch search;
    private final Corpus corpus;
    private final Set<String> reportIds;
    private final int k;

    /** @param reportIds the reports to search (place/year filters already resolved); empty = all */
    public ReportContentRetriever(ParagraphSearch search, Corpus corpus, Set<String> reportIds, int k) {
        this.search = search;
        this.corpus = corpus;
        this.reportIds = Set.copyOf(reportIds);
        this.k = k;
    }

    @Override
    public List<Content> retrieve(Query query) {
        var snapshot = corpus.snapshot();
        return search.search(new SearchQuery(query.text(), reportIds, k, search.defaultMethod())).stream()
                .filter(h -> snapshot.paragraphs().containsKey(h.paragraphId()))
                .map(h -> {
                    var p = snapshot.paragraphs().get(h.paragraphId());
                    var r = snapshot.reportOfParagraph().get(h.paragraphId());
                    Metadata metadata = Metadata.from(Map.of("paragraphId", p.id(), "reportId", r.id(),
                            "file", r.file(), "place", r.place().display(), "year", r.year(),
                            "section", String.join(" › ", p.sectionPath())));
                    return Content.from(TextSegment.from(p.text(), metadata),
                            Map.of(ContentMetadata.SCORE, h.score()));
                })
                .toList();
    }
}
