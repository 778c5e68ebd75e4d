package com.reportqa.llm;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param backend        none (extractive answers only), openai (any OpenAI-compatible server) or ollama
 * @param baseUrl        the server's base URL; empty = http://127.0.0.1:8000/v1 (openai) or
 *                       http://127.0.0.1:11434/v1 (ollama's OpenAI-compatible endpoint)
 * @param model          the model name the server knows
 * @param apiKey         from the environment (REPORTQA_LLM_API_KEY); never put a key in a file
 * @param timeoutSeconds the whole answer, streaming included, must arrive within this
 * @param maxTokens      bound on the answer's length
 * @param promptsDir     prompt files read at run time; the packaged copies are the fallback
 */
@ConfigurationProperties("reportqa.llm")
public record LlmSettings(@DefaultValue("none") String backend, String baseUrl, String model, String apiKey,
        @DefaultValue("30") int timeoutSeconds, @DefaultValue("800") int maxTokens,
        @DefaultValue("./prompts") String promptsDir) {

    static final String OPENAI_BASE_URL = "http://127.0.0.1:8000/v1";
    static final String OLLAMA_BASE_URL = "http://127.0.0.1:11434/v1";

    public LlmSettings {
        if (backend != null && !backend.isBlank()
                && !Set.of("none", "openai", "ollama").contains(backend.strip().toLowerCase())) {
            throw new IllegalArgumentException("reportqa.llm.backend must be none, openai or ollama, not " + backend);
        }
        if (timeoutSeconds < 1 || maxTokens < 1) {
            throw new IllegalArgumentException("reportqa.llm.timeout-seconds and max-tokens must be positive");
        }
    }

    public boolean enabled() {
        return backend != null && !backend.isBlank() && !backend.strip().equalsIgnoreCase("none");
    }

    String effectiveBaseUrl() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.strip();
        }
        return backend.strip().equalsIgnoreCase("ollama") ? OLLAMA_BASE_URL : OPENAI_BASE_URL;
    }

    /** Local servers (vLLM, llama.cpp, Ollama) ignore the key, but the OpenAI client insists on one. */
    String effectiveApiKey() {
        return apiKey == null || apiKey.isBlank() ? "none" : apiKey.strip();
    }

    /** Servers that serve one model accept any name. */
    String effectiveModel() {
        return model == null || model.isBlank() ? "default" : model.strip();
    }
}
