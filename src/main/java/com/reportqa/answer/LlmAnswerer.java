package com.reportqa.answer;

import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.llm.LlmGateway;
import com.reportqa.llm.LlmUnavailableException;
import com.reportqa.llm.Prompts;
import com.reportqa.question.Question;
import com.reportqa.search.ParagraphHit;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A fluent answer from the configured model, grounded in numbered passages and checked afterwards. */
@Component
class LlmAnswerer {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
    static final String UNAVAILABLE = "大模型暂时不可用，以下为报告原文摘录。";
    private static final Pattern MARKER_OR_QUOTE = Pattern.compile("\\[\\d{1,3}]|^[“\"「]|[”\"」]$");

    private final LlmGateway gateway;
    private final Prompts prompts;
    private final Corpus corpus;
    private final Grounding grounding = new Grounding();

    LlmAnswerer(LlmGateway gateway, Prompts prompts, Corpus corpus) {
        this.gateway = gateway;
        this.prompts = prompts;
        this.corpus = corpus;
    }

    Duration timeout() {
        return gateway.timeout();
    }

    boolean enabled() {
        return gateway.enabled();
    }

    Answer answer(Question q, List<ParagraphHit> hits, Consumer<String> onToken) throws LlmUnavailableException {
        var snapshot = corpus.snapshot();
        List<Passages.Passage> passages = new ArrayList<>();
        for (ParagraphHit h : hits) {
            Paragraph p = snapshot.paragraphs().get(h.paragraphId());
            Report r = snapshot.reportOfParagraph().get(h.paragraphId());
            if (p != null && r != null) {
                passages.add(new Passages.Passage(r, p));
            }
        }
        String system;
        String user;
        try {
            system = prompts.load("system.md");
            user = prompts.render("answer.md", Map.of("passages", Passages.format(passages),
                    "question", Passages.asData(q.text())));
        } catch (IllegalStateException | UncheckedIOException e) {
            // a prompt file edited at run time into a broken state must not break answering
            log.error("Prompt files unusable: {}", e.getMessage());
            throw new LlmUnavailableException("prompt files unusable", e);
        }
        String raw = gateway.chat(system, user, onToken);
        var checked = grounding.check(raw, passages.stream().map(p -> p.paragraph().text()).toList());
        if (checked.text().isBlank()) {
            throw new LlmUnavailableException("answer empty after removing invalid markers", null);
        }
        Citations citations = new Citations();
        for (int index : checked.used()) {
            citations.cite(passages.get(index).report(), passages.get(index).paragraph(), null);
        }
        boolean saysUnknown = checked.used().isEmpty() && checked.text().contains("没有写明");
        if (checked.used().isEmpty() && !saysUnknown) {
            log.info("Model answer cites nothing: treated as ungrounded");
        }
        boolean grounded = checked.unsupportedFigures().isEmpty() && (!checked.used().isEmpty() || saysUnknown);
        String notice = grounded ? null : checked.unsupportedFigures().isEmpty()
                ? "注意：该回答未标注出处，请以报告原文为准。"
                : "注意：回答中的数字" + String.join("、", checked.unsupportedFigures()) + "未在所引段落中找到，请以报告原文为准。";
        return new Answer(null, q.text(), checked.text(), saysUnknown ? Mode.NO_ANSWER : Mode.LLM, citations.list(),
                List.of(), grounded, notice, null);
    }

    /** A follow-up rewritten into a standalone question by the model; the original when it fails. */
    String rewrite(String question, List<String> history) {
        try {
            String prompt = prompts.render("rewrite.md", Map.of("history", Passages.asData(String.join("\n", history)),
                    "question", Passages.asData(question)));
            String rewritten = gateway.complete(prompts.load("system.md"), prompt).strip().lines().findFirst()
                    .orElse("");
            // the system rules ask for markers after every statement; a question needs none
            rewritten = MARKER_OR_QUOTE.matcher(rewritten).replaceAll("").strip();
            return rewritten.isBlank() || rewritten.length() > 300 ? question : rewritten;
        } catch (LlmUnavailableException | IllegalStateException | UncheckedIOException e) {
            log.warn("Follow-up rewrite failed ({}); using slot carry-over", e.getMessage());
            return question;
        }
    }
}
