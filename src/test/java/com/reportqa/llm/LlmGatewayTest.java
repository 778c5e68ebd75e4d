package com.reportqa.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportqa.FakeModelServer;
import com.reportqa.FakeModelServer.Text;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gateway's two calls against the fake OpenAI-compatible server, without Spring. */
class LlmGatewayTest {

    final FakeModelServer server = FakeModelServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** A timeout a loaded CI machine meets on a first call; the bound itself is tested with {@link #bounded}. */
    LlmGateway gateway(String backend) {
        return new LlmGateway(new LlmSettings(backend, server.baseUrl(), "qwen2.5:7b", null, 15, 100, "prompts"));
    }

    LlmGateway bounded(String backend) {
        return new LlmGateway(new LlmSettings(backend, server.baseUrl(), "qwen2.5:7b", null, 2, 100, "prompts"));
    }

    @Test
    void should_talk_to_ollama_through_its_openai_compatible_endpoint() throws Exception {
        server.reply(new Text("回答[1]。"));
        List<String> tokens = new ArrayList<>();

        String answer = gateway("ollama").chat("系统", "用户", tokens::add);

        assertThat(answer).isEqualTo("回答[1]。");
        assertThat(String.join("", tokens)).isEqualTo(answer);
        var body = server.requests().getFirst().body();
        assertThat(body.path("model").asString()).isEqualTo("qwen2.5:7b");
        assertThat(body.path("messages").size()).isEqualTo(2);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(100);
    }

    @Test
    void should_complete_without_streaming_for_short_rewrites() throws Exception {
        server.reply(new Text("健龙镇受理了多少件矛盾纠纷？"));

        assertThat(gateway("openai").complete("系统", "改写")).isEqualTo("健龙镇受理了多少件矛盾纠纷？");
        assertThat(server.requests().getFirst().stream()).isFalse();
    }

    @Test
    void should_bound_a_non_streaming_call_by_the_timeout() {
        server.reply(new FakeModelServer.Delayed(6000, new Text("太迟了")));
        long start = System.nanoTime();

        assertThatThrownBy(() -> bounded("openai").complete("系统", "改写"))
                .isInstanceOf(LlmUnavailableException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(4000);
    }

    @Test
    void should_be_unavailable_without_a_backend() {
        LlmGateway none = new LlmGateway(new LlmSettings("none", null, null, null, 2, 100, "prompts"));
        assertThat(none.enabled()).isFalse();
        assertThatThrownBy(() -> none.chat("s", "u", t -> { })).isInstanceOf(LlmUnavailableException.class);
    }
}
