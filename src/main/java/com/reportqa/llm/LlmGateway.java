package com.reportqa.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The configured language model, if any, behind LangChain4j's {@link StreamingChatModel} (answers) and
 * {@link ChatModel} (short rewrites). Every call is bounded: the whole answer within the timeout and within a
 * length cap, so a slow, erroring, garbled or endless server ends in {@link LlmUnavailableException} and the
 * caller falls back to the extractive answer.
 */
@Service
public class LlmGateway {

    private static final Logger log = LoggerFactory.getLogger(LlmGateway.class);

    private final LlmSettings settings;
    private final StreamingChatModel streaming;
    private final ChatModel blocking;
    // not the common pool: on two cores it has one thread, and a waiting rewrite would block the next
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    LlmGateway(LlmSettings settings) {
        this.settings = settings;
        this.streaming = settings.enabled() ? streaming(settings) : null;
        this.blocking = settings.enabled() ? blocking(settings) : null;
        if (streaming != null) {
            log.info("Language model: {} {} at {} (timeout {} s, max {} tokens)", settings.backend(),
                    settings.effectiveModel(), settings.effectiveBaseUrl(), settings.timeoutSeconds(),
                    settings.maxTokens());
        }
    }

    // Both backends speak the OpenAI protocol: ollama through its /v1 endpoint (see README, "Settings").
    // The two builders share no type: each gets the same server, key, request parameters and timeout.
    private static StreamingChatModel streaming(LlmSettings s) {
        return OpenAiStreamingChatModel.builder().baseUrl(s.effectiveBaseUrl()).apiKey(s.effectiveApiKey())
                .defaultRequestParameters(requestParameters(s)).timeout(timeout(s)).build();
    }

    private static ChatModel blocking(LlmSettings s) {
        // a retry would multiply the wait the user already sits through; the fallback is immediate
        return OpenAiChatModel.builder().baseUrl(s.effectiveBaseUrl()).apiKey(s.effectiveApiKey())
                .defaultRequestParameters(requestParameters(s)).timeout(timeout(s)).maxRetries(0).build();
    }

    /** One definition for both models, so a streamed answer and a rewrite never ask a different model or length. */
    private static ChatRequestParameters requestParameters(LlmSettings s) {
        return ChatRequestParameters.builder()
                .modelName(s.effectiveModel())
                .temperature(0.0)
                .maxOutputTokens(s.maxTokens())
                .build();
    }

    /** How long one model call may take before the extractive answer is used instead. */
    public Duration timeout() {
        return timeout(settings);
    }

    private static Duration timeout(LlmSettings s) {
        return Duration.ofSeconds(s.timeoutSeconds());
    }

    public boolean enabled() {
        return streaming != null;
    }

    public String describe() {
        return enabled() ? settings.backend() + " · " + settings.effectiveModel() : "none";
    }

    /** Streams the answer's tokens to {@code onToken} and returns the whole text. */
    public String chat(String system, String user, Consumer<String> onToken) throws LlmUnavailableException {
        if (streaming == null) {
            throw new LlmUnavailableException("no model configured", null);
        }
        BoundedStream stream = new BoundedStream(settings.maxTokens() * BoundedStream.CHARS_PER_TOKEN, onToken);
        try {
            streaming.chat(List.of(SystemMessage.from(system), UserMessage.from(user)), stream);
            return await(stream.result());
        } catch (RuntimeException e) {
            throw new LlmUnavailableException(e.toString(), e);
        } finally {
            // an endless or late stream must not keep a connection and a thread busy after we gave up
            stream.cancel();
        }
    }

    /** One short completion without streaming (the follow-up rewrite), bounded like {@link #chat}. */
    public String complete(String system, String user) throws LlmUnavailableException {
        if (blocking == null) {
            throw new LlmUnavailableException("no model configured", null);
        }
        // the HTTP client's timeout covers the response headers; this bounds the whole call
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> blocking.chat(
                SystemMessage.from(system), UserMessage.from(user)).aiMessage().text(), calls);
        try {
            return await(call);
        } catch (LlmUnavailableException e) {
            if (e.getCause() instanceof TimeoutException) {
                call.cancel(true);
            }
            throw e;
        }
    }

    /** Waits for a model call within the timeout; however it fails, the caller falls back the same way. */
    private String await(Future<String> call) throws LlmUnavailableException {
        try {
            return nonBlank(call.get(settings.timeoutSeconds(), TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new LlmUnavailableException("timed out after " + settings.timeoutSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new LlmUnavailableException(String.valueOf(e.getCause()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException("interrupted", e);
        }
    }

    @PreDestroy
    void close() {
        calls.shutdownNow();
    }

    private static String nonBlank(String answer) throws LlmUnavailableException {
        if (answer == null || answer.isBlank()) {
            throw new LlmUnavailableException("empty answer", null);
        }
        return answer;
    }
}
