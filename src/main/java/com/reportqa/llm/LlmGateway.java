package com.reportqa.llm;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The configured language model, if any, behind LangChain4j's {@link StreamingChatModel}. Every call is
 * bounded: the whole answer within the timeout and within a length cap, so a slow, erroring or endless
 * server ends in {@link LlmUnavailableException} and the caller falls back to the extractive answer.
 */
@Service
public class LlmGateway {

    private static final Logger log = LoggerFactory.getLogger(LlmGateway.class);
    /** Characters per token is about 1 for Chinese; leave room for markers and Markdown. */
    private static final int CHARS_PER_TOKEN = 3;

    private final LlmSettings settings;
    private final StreamingChatModel model;

    LlmGateway(LlmSettings settings) {
        this.settings = settings;
        this.model = settings.enabled() ? build(settings) : null;
        if (model != null) {
            log.info("Language model: {} {} at {}", settings.backend(), settings.model(), settings.effectiveBaseUrl());
        }
    }

    private static StreamingChatModel build(LlmSettings s) {
        return OpenAiStreamingChatModel.builder()
                .baseUrl(s.effectiveBaseUrl())
                .apiKey(s.apiKey() == null || s.apiKey().isBlank() ? "none" : s.apiKey())
                .modelName(s.model() == null || s.model().isBlank() ? "default" : s.model())
                .temperature(0.0)
                .maxTokens(s.maxTokens())
                .timeout(Duration.ofSeconds(s.timeoutSeconds()))
                .build();
    }

    public boolean enabled() {
        return model != null;
    }

    public String describe() {
        return enabled() ? settings.backend() + " · " + settings.model() : "none";
    }

    /** Streams the answer's tokens to {@code onToken} and returns the whole text. */
    public String chat(String system, String user, Consumer<String> onToken) throws LlmUnavailableException {
        if (model == null) {
            throw new LlmUnavailableException("no model configured", null);
        }
        CompletableFuture<String> done = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        AtomicBoolean tooLong = new AtomicBoolean();
        int maxChars = settings.maxTokens() * CHARS_PER_TOKEN;
        try {
            model.chat(List.of(SystemMessage.from(system), UserMessage.from(user)), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String token) {
                    if (done.isDone()) {
                        return;
                    }
                    synchronized (text) {
                        text.append(token);
                        if (text.length() > maxChars) {
                            tooLong.set(true);
                            done.completeExceptionally(new IllegalStateException("answer exceeds " + maxChars));
                            return;
                        }
                    }
                    onToken.accept(token);
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    String full = response.aiMessage() == null ? null : response.aiMessage().text();
                    synchronized (text) {
                        done.complete(full != null && !full.isBlank() ? full : text.toString());
                    }
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            String answer = done.get(settings.timeoutSeconds(), TimeUnit.SECONDS);
            if (answer == null || answer.isBlank()) {
                throw new LlmUnavailableException("empty answer", null);
            }
            return answer;
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new LlmUnavailableException("timed out after " + settings.timeoutSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new LlmUnavailableException(tooLong.get() ? "answer too long" : String.valueOf(e.getCause()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmUnavailableException("interrupted", e);
        } catch (RuntimeException e) {
            throw new LlmUnavailableException(e.toString(), e);
        }
    }
}
