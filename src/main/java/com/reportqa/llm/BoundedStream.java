package com.reportqa.llm;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Collects one streamed answer: passes each piece on, stops at a length cap (a server that never stops
 * would otherwise fill memory until the timeout), and can cancel the stream through LangChain4j's
 * {@link StreamingHandle} once the caller has given up.
 */
final class BoundedStream implements StreamingChatResponseHandler {

    /** Characters per token is about 1 for Chinese; leave room for markers and Markdown. */
    static final int CHARS_PER_TOKEN = 3;

    private final int maxChars;
    private final Consumer<String> onToken;
    private final StringBuilder text = new StringBuilder();
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private final AtomicReference<StreamingHandle> handle = new AtomicReference<>();

    BoundedStream(int maxChars, Consumer<String> onToken) {
        this.maxChars = maxChars;
        this.onToken = onToken;
    }

    CompletableFuture<String> result() {
        return result;
    }

    @Override
    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
        handle.set(context.streamingHandle());
        if (result.isDone()) {
            cancel();
            return;
        }
        String token = partial.text();
        synchronized (text) {
            text.append(token);
            if (text.length() > maxChars) {
                result.completeExceptionally(new IllegalStateException("answer exceeds " + maxChars + " characters"));
                cancel();
                return;
            }
        }
        onToken.accept(token);
    }

    @Override
    public void onCompleteResponse(ChatResponse response) {
        String full = response.aiMessage() == null ? null : response.aiMessage().text();
        synchronized (text) {
            result.complete(full != null && !full.isBlank() ? full : text.toString());
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    /** Stops the stream unless it already ended well. */
    void cancel() {
        if (result.state() == Future.State.SUCCESS) {
            return;
        }
        result.cancel(false);
        StreamingHandle h = handle.get();
        if (h != null && !h.isCancelled()) {
            h.cancel();
        }
    }
}
