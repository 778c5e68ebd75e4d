package com.reportqa.llm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param backend        none (extractive answers only), openai (any OpenAI-compatible server) or ollama
 * @param baseUrl        the server's base URL, e.g. http://127.0.0.1:8000/v1 (vLLM) or http://127.0.0.1:11434/v1
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

    public boolean enabled() {
        return backend != null && !backend.isBlank() && !backend.equalsIgnoreCase("none");
    }

    String effectiveBaseUrl() {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl;
        }
        return backend.equalsIgnoreCase("ollama") ? "http://127.0.0.1:11434/v1" : "http://127.0.0.1:8000/v1";
    }
}
