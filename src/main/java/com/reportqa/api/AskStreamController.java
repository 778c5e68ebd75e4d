package com.reportqa.api;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFailures;
import com.reportqa.answer.AnswerService;
import com.reportqa.answer.InvalidQuestionException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The answer as server-sent events: {@code token} events with pieces of text as they are produced, then one
 * {@code answer} event with the final answer (the contract in README), or one {@code error} event.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "问答")
class AskStreamController {

    private static final Logger log = LoggerFactory.getLogger(AskStreamController.class);

    private final AnswerService answers;
    private final AnswerFailures failures;
    private final long timeoutMillis;
    // answering blocks on the model; a virtual thread per stream keeps the servlet threads free
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    /** A piece of the answer's text, as JSON so that line breaks survive the event format. */
    record Token(String text) {
    }

    AskStreamController(AnswerService answers, AnswerFailures failures) {
        this.answers = answers;
        this.failures = failures;
        this.timeoutMillis = answers.longestAnswer().toMillis();
    }

    @PostMapping(path = "/ask/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "流式提问：逐段返回回答文字，最后返回完整回答",
            description = "服务器推送事件（text/event-stream）：若干 token 事件（{\"text\": \"…\"}），随后一个 answer 事件"
                    + "（与 POST /api/ask 的回答相同），出错时为一个 error 事件（{\"status\", \"error\", \"message\"}）。"
                    + "问题为空或超过 2000 字时返回 HTTP 400。")
    SseEmitter ask(@RequestBody AskRequest request) {
        answers.check(request.question());
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        workers.execute(() -> stream(onToken -> answers.ask(request.question(), request.conversationId(), onToken),
                emitter, failures));
        return emitter;
    }

    /** Runs {@code ask}, sending its tokens, then its answer or an error, then completes the stream. */
    static void stream(Function<Consumer<String>, Answer> ask, SseEmitter emitter, AnswerFailures failures) {
        AtomicBoolean gone = new AtomicBoolean();
        try {
            Answer answer = ask.apply(token -> send(emitter, "token", new Token(token), gone));
            send(emitter, "answer", answer, gone);
        } catch (InvalidQuestionException e) {
            send(emitter, "error", new ApiError(400, "Bad Request", e.getMessage()), gone);
        } catch (RuntimeException e) {
            failures.record(e);
            send(emitter, "error", new ApiError(500, "Internal Server Error", AnswerFailures.MESSAGE), gone);
        }
        if (!gone.get()) {
            emitter.complete();
        }
    }

    /** A client that went away only stops the events; the answer is still recorded in its conversation. */
    private static void send(SseEmitter emitter, String event, Object data, AtomicBoolean gone) {
        if (gone.get()) {
            return;
        }
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            gone.set(true);
            log.debug("Stream client gone: {}", e.toString());
        }
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
    }
}
