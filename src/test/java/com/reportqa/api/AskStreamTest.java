package com.reportqa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFailures;
import com.reportqa.answer.Mode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The event sequence of the stream, with an emitter that records what would be sent. */
class AskStreamTest {

    /** Records events instead of writing them to a response. */
    static final class RecordingEmitter extends SseEmitter {
        final List<String> events = new ArrayList<>();
        boolean completed;
        boolean clientGone;

        @Override
        public void send(SseEventBuilder builder) throws IOException {
            if (clientGone) {
                throw new IOException("Broken pipe");
            }
            StringBuilder event = new StringBuilder();
            for (var part : builder.build()) {
                event.append(part.getData());
            }
            events.add(event.toString());
        }

        @Override
        public void complete() {
            completed = true;
        }

        String names() {
            return String.join(",", events.stream().map(e -> e.substring(e.indexOf("event:") + 6, e.indexOf('\n',
                    e.indexOf("event:")))).toList());
        }
    }

    static Answer answer() {
        return new Answer(null, "问", "答[1]", Mode.EXTRACTIVE, List.of(), List.of(), null, null, "c");
    }

    @Test
    void should_send_tokens_then_the_answer_then_complete() {
        RecordingEmitter emitter = new RecordingEmitter();

        AskStreamController.stream(onToken -> {
            onToken.accept("答");
            onToken.accept("[1]");
            return answer();
        }, emitter, new AnswerFailures());

        assertThat(emitter.names()).isEqualTo("token,token,answer");
        assertThat(emitter.completed).isTrue();
    }

    @Test
    void should_send_a_chinese_error_event_without_the_exception() {
        RecordingEmitter emitter = new RecordingEmitter();

        AskStreamController.stream(onToken -> {
            onToken.accept("答");
            throw new IllegalStateException("index closed at com.reportqa.search");
        }, emitter, new AnswerFailures());

        assertThat(emitter.names()).isEqualTo("token,error");
        String error = emitter.events.getLast();
        assertThat(error).contains("服务器内部错误，请稍后再试。").doesNotContain("IllegalStateException")
                .doesNotContain("com.reportqa");
        assertThat(emitter.completed).isTrue();
    }

    @Test
    void should_stop_sending_when_the_client_is_gone() {
        RecordingEmitter emitter = new RecordingEmitter();
        emitter.clientGone = true;
        Set<String> seen = new java.util.HashSet<>();

        AskStreamController.stream(onToken -> {
            onToken.accept("答");
            seen.add("asked");
            return answer();
        }, emitter, new AnswerFailures());

        assertThat(seen).as("the answer is still made and recorded").contains("asked");
        assertThat(emitter.events).isEmpty();
        assertThat(emitter.completed).isFalse();
    }
}
