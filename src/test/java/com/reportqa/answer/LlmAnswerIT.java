package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.FakeModelServer;
import com.reportqa.FakeModelServer.Delayed;
import com.reportqa.FakeModelServer.Endless;
import com.reportqa.FakeModelServer.Garbage;
import com.reportqa.FakeModelServer.Status;
import com.reportqa.FakeModelServer.Text;
import com.reportqa.LlmAppTest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real LangChain4j OpenAI client of the real application, against a scripted OpenAI-compatible server. */
@LlmAppTest
class LlmAnswerIT {

    static final String LAWYER = "江口镇请的是哪家律所做政府法律顾问？";
    /** The bound on a failing model call, with room for retrieval and a loaded build machine. */
    static final long BOUND_MILLIS = LlmAppTest.TIMEOUT_SECONDS * 1000L + 2500;

    @Autowired
    AnswerService answers;
    @Autowired
    FakeModelServer model;

    @Test
    void should_answer_from_the_model_with_citations_from_its_markers() {
        model.reply(r -> new Text("江口镇聘请龙脊律师事务所律师作为政府法律顾问" + r.marker("龙脊律师事务所") + "。"));

        Answer answer = answers.ask(LAWYER);

        assertThat(answer.mode()).isEqualTo(Mode.LLM);
        assertThat(answer.grounded()).isTrue();
        assertThat(answer.notice()).isNull();
        assertThat(answer.answer()).isEqualTo("江口镇聘请龙脊律师事务所律师作为政府法律顾问[1]。");
        assertThat(answer.citations()).hasSize(1);
        assertThat(answer.citations().get(0).n()).isEqualTo(1);
        assertThat(answer.citations().get(0).text()).contains("龙脊律师事务所");
        assertThat(answer.citations().get(0).place()).contains("江口镇");
        var request = model.requests().get(0).body();
        assertThat(request.path("model").asString()).isEqualTo("test");
        assertThat(request.path("temperature").asDouble()).isZero();
        assertThat(request.path("max_tokens").asInt()).isEqualTo(300);
        assertThat(request.path("stream").asBoolean()).isTrue();
    }

    @Test
    void should_stream_tokens_in_several_pieces_before_the_final_answer() {
        String text = "江口镇聘请龙脊律师事务所律师作为政府法律顾问，为重大决策提供法律意见";
        model.reply(r -> new Text(text + r.marker("龙脊律师事务所") + "。", 4));
        List<String> events = new ArrayList<>();

        Answer answer = answers.ask(LAWYER, null, events::add);
        events.add("<answer>");

        assertThat(events.size()).isGreaterThan(5);
        assertThat(events.getLast()).isEqualTo("<answer>");
        assertThat(String.join("", events.subList(0, events.size() - 1))).startsWith(text);
        assertThat(answer.mode()).isEqualTo(Mode.LLM);
        assertThat(answer.answer()).isEqualTo(text + "[1]。");
    }

    @Test
    void should_fall_back_to_the_extractive_answer_when_the_server_answers_500() {
        model.reply(new Status(500, "{\"error\":{\"message\":\"boom\"}}"));
        assertFallsBack(() -> answers.ask(LAWYER));
    }

    @Test
    void should_fall_back_within_the_timeout_when_the_server_is_too_slow() {
        model.reply(new Delayed(LlmAppTest.TIMEOUT_SECONDS * 1000L + 5000, new Text("太迟了[1]。")));
        assertFallsBack(() -> answers.ask(LAWYER));
    }

    @Test
    void should_fall_back_when_the_server_sends_garbage() {
        model.reply(new Garbage("<html><body>502 Bad Gateway</body></html>"));
        assertFallsBack(() -> answers.ask(LAWYER));
    }

    @Test
    void should_fall_back_within_the_timeout_when_the_stream_never_ends() {
        model.reply(new Endless("法", 100));
        assertFallsBack(() -> answers.ask(LAWYER));
        assertHungUp();
    }

    @Test
    void should_stop_an_endless_fast_stream_at_the_length_cap() {
        model.reply(new Endless("法治政府建设", 1));
        long start = System.nanoTime();
        assertFallsBack(() -> answers.ask(LAWYER));
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(LlmAppTest.TIMEOUT_SECONDS * 1000L);
        assertHungUp();
    }

    @Test
    void should_flag_an_invented_figure_in_a_non_numeric_answer() {
        model.reply(r -> new Text("江口镇聘请龙脊律师事务所律师作为政府法律顾问，全年审查合同8888份"
                + r.marker("龙脊律师事务所") + "。"));

        Answer answer = answers.ask(LAWYER);

        assertThat(answer.mode()).isEqualTo(Mode.LLM);
        assertThat(answer.grounded()).isFalse();
        assertThat(answer.notice()).contains("8888份").contains("未在所引段落中找到");
    }

    @Test
    void should_answer_numeric_questions_from_the_extractor_whatever_the_model_says() {
        model.reply(new Text("雁峰区审结行政复议99999件[1]。"));

        Answer answer = answers.ask("雁峰区行政复议审结多少件？");

        assertThat(answer.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(answer.answer()).contains("57件").doesNotContain("99999");
        assertThat(answer.figures()).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("57"));
        assertThat(model.requests()).as("figures never come from the model").isEmpty();
    }

    @Test
    void should_remove_a_marker_that_points_at_no_passage() {
        model.reply(r -> new Text("江口镇聘请龙脊律师事务所律师作为政府法律顾问" + r.marker("龙脊律师事务所") + "[9]。"));

        Answer answer = answers.ask(LAWYER);

        assertThat(answer.answer()).doesNotContain("[9]").endsWith("[1]。");
        assertThat(answer.citations()).hasSize(1);
        assertThat(answer.grounded()).isTrue();
    }

    @Test
    void should_rewrite_a_follow_up_with_the_conversation_before_answering() {
        model.reply(r -> r.stream()
                ? new Text(r.user().contains("领导小组组长") ? "由镇党委书记和镇长担任组长" + r.marker("领导小组组长") + "。"
                        : "江口镇聘请龙脊律师事务所律师作为政府法律顾问" + r.marker("龙脊律师事务所") + "。")
                : new Text("健龙镇法治政府建设领导小组的组长是谁？"));
        Answer first = answers.ask("江口镇法治政府建设领导小组的组长是谁？");

        Answer second = answers.ask("那健龙镇呢？", first.conversationId());

        var rewrite = model.requests().stream().filter(r -> !r.stream()).toList();
        assertThat(rewrite).singleElement().satisfies(r -> assertThat(r.user())
                .contains("问：江口镇法治政府建设领导小组的组长是谁？").contains("最新问题：那健龙镇呢？")
                .doesNotContain("{{"));
        assertThat(second.question()).isEqualTo("那健龙镇呢？");
        assertThat(second.citations()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.place()).contains("健龙镇"));
    }

    /** The abandoned stream is cancelled, not left running in the background. */
    private void assertHungUp() {
        long until = System.currentTimeMillis() + 3000;
        while (model.endlessStreamsOpen() > 0 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        assertThat(model.endlessStreamsOpen()).isZero();
    }

    private void assertFallsBack(Supplier<Answer> ask) {
        long start = System.nanoTime();
        Answer answer = ask.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(BOUND_MILLIS);
        assertThat(answer.mode()).isEqualTo(Mode.EXTRACTIVE);
        assertThat(answer.notice()).isEqualTo(LlmAnswerer.UNAVAILABLE).isEqualTo("大模型暂时不可用，以下为报告原文摘录。");
        assertThat(answer.answer()).contains("龙脊律师事务所");
        assertThat(answer.citations()).isNotEmpty();
        assertThat(model.requests()).isNotEmpty();
    }
}
