package com.reportqa.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Embeds texts through the cache; counts what it really had to compute. */
final class Embedder {

    /** bge-small-zh-v1.5's instruction for short queries against passages. */
    private static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";
    private static final int BATCH = 32;

    private final EmbeddingModel model;
    private final EmbeddingCache cache;
    private final AtomicLong computed = new AtomicLong();

    Embedder(EmbeddingModel model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
    }

    List<float[]> embedPassages(List<String> texts) {
        Map<String, float[]> missing = new LinkedHashMap<>();
        for (String text : texts) {
            if (cache.get(text) == null) {
                missing.put(text, null);
            }
        }
        List<String> todo = new ArrayList<>(missing.keySet());
        for (int i = 0; i < todo.size(); i += BATCH) {
            List<String> batch = todo.subList(i, Math.min(todo.size(), i + BATCH));
            var embeddings = model.embedAll(batch.stream().map(TextSegment::from).toList()).content();
            Map<String, float[]> fresh = new LinkedHashMap<>();
            for (int j = 0; j < batch.size(); j++) {
                fresh.put(batch.get(j), embeddings.get(j).vector());
            }
            cache.putAll(fresh);
            computed.addAndGet(batch.size());
        }
        return texts.stream().map(cache::get).toList();
    }

    float[] embedQuery(String question) {
        return model.embed(QUERY_INSTRUCTION + question).content().vector();
    }

    long computedCount() {
        return computed.get();
    }

    int dimension() {
        return model.dimension();
    }
}
