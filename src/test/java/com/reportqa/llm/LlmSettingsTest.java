package com.reportqa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LlmSettingsTest {

    static LlmSettings of(String backend, String baseUrl) {
        return new LlmSettings(backend, baseUrl, null, null, 30, 800, "./prompts");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "none,   null,                     false, http://127.0.0.1:8000/v1",
        "openai, null,                     true,  http://127.0.0.1:8000/v1",
        "ollama, null,                     true,  http://127.0.0.1:11434/v1",
        "OLLAMA, '',                       true,  http://127.0.0.1:11434/v1",
        "openai, https://api.example.com/v1, true, https://api.example.com/v1",
        "ollama, http://gpu:11434/v1,      true,  http://gpu:11434/v1"})
    void should_pick_the_backend_and_its_default_base_url(String backend, String baseUrl, boolean enabled,
            String expected) {
        LlmSettings s = of(backend, baseUrl);
        assertThat(s.enabled()).isEqualTo(enabled);
        assertThat(s.effectiveBaseUrl()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"gpt", "openAI-compatible", "llama"})
    void should_refuse_an_unknown_backend(String backend) {
        assertThatThrownBy(() -> of(backend, null)).hasMessageContaining("none, openai or ollama");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"null, none", "'  ', none", "sk-123, sk-123"})
    void should_send_a_placeholder_key_to_servers_that_need_none(String key, String sent) {
        assertThat(new LlmSettings("openai", null, null, key, 30, 800, "p").effectiveApiKey()).isEqualTo(sent);
    }
}
