package com.reportqa.search;

import com.reportqa.ingest.Corpus;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.invocation.InvocationParameters;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Report paragraphs through LangChain4j's standard {@link ContentRetriever}, the way answering retrieves.
 * The question's filters travel in the {@link Query}'s invocation parameters ({@link #REPORT_IDS}: the
 * reports the place/year filters resolved to, empty = all; {@link #MAX_RESULTS}); each {@link Content}
 * carries the whole paragraph, its ids, place, year and best window as metadata, and its score.
 */
@Component
public final class ReportContentRetriever implements ContentRetriever {

    public static final String REPORT_IDS = "reportIds";
    public static final String MAX_RESULTS = "maxResults";

    private final ParagraphSearch search;
    private final Corpus corpus;

    ReportContentRetriever(ParagraphSearch search, Corpus corpus) {
        this.search = search;
        this.corpus = corpus;
    }

    /** A query for {@code text} restricted to {@code reportIds} (empty = all reports). */
    public static Query query(String text, Set<String> reportIds, int maxResults) {
        var parameters = new InvocationParameters(Map.of(REPORT_IDS, Set.copyOf(reportIds), MAX_RESULTS, maxResults));
        return Query.from(text, dev.langchain4j.rag.query.Metadata.builder()
                .chatMessage(UserMessage.from(text))
                .invocationContext(InvocationContext.builder().invocationParameters(parameters).build())
                .build());
    }

    /** The hit a {@link Content} of this retriever stands for. */
    public static ParagraphHit hit(Content content) {
        Metadata m = content.textSegment().metadata();
        return new ParagraphHit(m.getString("paragraphId"), m.getString("reportId"),
                ((Number) content.metadata().get(ContentMetadata.SCORE)).doubleValue(), m.getInteger("start"),
                m.getInteger("end"));
    }

    @Override
    public List<Content> retrieve(Query query) {
        Set<String> reportIds = Set.of();
        int k = search.defaultTopK();
        if (query.metadata() != null && query.metadata().invocationParameters() != null) {
            InvocationParameters p = query.metadata().invocationParameters();
            reportIds = p.containsKey(REPORT_IDS) ? Set.copyOf(p.<Collection<String>>get(REPORT_IDS)) : reportIds;
            k = p.containsKey(MAX_RESULTS) ? p.<Integer>get(MAX_RESULTS) : k;
        }
        var snapshot = corpus.snapshot();
        return search.search(new SearchQuery(query.text(), reportIds, k, search.defaultMethod())).stream()
                .filter(h -> snapshot.paragraphs().containsKey(h.paragraphId()))
                .map(h -> {
                    var p = snapshot.paragraphs().get(h.paragraphId());
                    var r = snapshot.reportOfParagraph().get(h.paragraphId());
                    Map<String, Object> metadata = new HashMap<>(Map.of("paragraphId", p.id(), "reportId", r.id(),
                            "file", r.file(), "place", r.place().display(), "year", r.year(),
                            "section", String.join(" › ", p.sectionPath()), "start", h.start(), "end", h.end()));
                    return Content.from(TextSegment.from(p.text(), Metadata.from(metadata)),
                            Map.of(ContentMetadata.SCORE, h.score()));
                })
                .toList();
    }
}
