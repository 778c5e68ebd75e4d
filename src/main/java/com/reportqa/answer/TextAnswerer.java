package com.reportqa.answer;

import com.reportqa.ingest.Report;
import com.reportqa.llm.LlmUnavailableException;
import com.reportqa.question.Question;
import com.reportqa.search.ParagraphHit;
import com.reportqa.search.ParagraphSearch;
import com.reportqa.search.ReportContentRetriever;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Questions answered in the reports' words (做了哪些, 怎么做的): paragraphs retrieved through LangChain4j's
 * {@link ReportContentRetriever}, then the model when one is configured, else the extractive answer. The
 * model is asked only when the extract found something relevant, so it is never asked to make something up.
 */
@Component
class TextAnswerer {

    private static final Logger LOG = LoggerFactory.getLogger(TextAnswerer.class);
    private static final int CANDIDATES = 8;

    private final CorpusReading reading;
    private final ReportContentRetriever retriever;
    private final ParagraphSearch search;
    private final LlmAnswerer llm;

    TextAnswerer(CorpusReading reading, ReportContentRetriever retriever, ParagraphSearch search, LlmAnswerer llm) {
        this.reading = reading;
        this.retriever = retriever;
        this.search = search;
        this.llm = llm;
    }

    boolean modelEnabled() {
        return llm.enabled();
    }

    /** @param onToken receives the model's tokens as they come; extracted answers are not streamed here */
    Answer answer(Question q, Consumer<String> onToken, boolean useModel) {
        List<ParagraphHit> hits = hits(q);
        Optional<Answer> extractive = reading.current().extractive().answer(q, hits, false);
        if (extractive.isEmpty()) {
            return nothingFound(q);
        }
        if (OrdinalAsk.unanswered(q, extractive.get())) {
            return Answer.none(q.text(), "报告中没有写明是第几" + note(q) + "。");
        }
        Optional<Answer> ordinal = OrdinalAsk.stated(q, extractive.get(),
                id -> Optional.ofNullable(reading.current().snapshot().byId().get(id)));
        if (ordinal.isPresent()) {
            return ordinal.get();
        }
        if (!useModel || !llm.enabled()) {
            return extractive.get();
        }
        try {
            return llm.answer(q, hits.subList(0, Math.min(hits.size(), search.defaultTopK())), onToken);
        } catch (LlmUnavailableException e) {
            LOG.warn("Model unavailable: {}", e.getMessage());
            return extractive.get().withNotice(LlmAnswerer.UNAVAILABLE);
        }
    }

    /**
     * A comparison no figure answered: only sentences that say there was none (未发生, 零) can still answer
     * it, never the model; else no_answer.
     */
    Optional<Answer> statedNone(Question q) {
        return Optional.of(reading.current().extractive().answer(q, hits(q), true).orElseGet(() -> nothingFound(q)));
    }

    /** The paragraphs retrieved for the question, restricted to the reports in its scope. */
    List<ParagraphHit> hits(Question q) {
        if (q.text().isBlank()) {
            // LangChain4j's Query refuses blank text; a follow-up made only of carried-over slots can be blank
            return List.of();
        }
        var ids = q.scope().stream().map(Report::id).collect(Collectors.toSet());
        return retriever.retrieve(ReportContentRetriever.query(q.text(), ids, CANDIDATES)).stream()
                .map(ReportContentRetriever::hit).toList();
    }

    private Answer nothingFound(Question q) {
        return Answer.none(q.text(), "报告中没有找到能回答这个问题的内容" + note(q) + "。");
    }

    private String note(Question q) {
        return ScopeNote.of(q, reading.current().snapshot().reports().size());
    }
}
