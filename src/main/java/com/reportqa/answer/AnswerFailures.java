package com.reportqa.answer;

import com.reportqa.question.QuestionText;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where every exception that reaches the top of a request ends (REST, event stream, CLI, chat): logged with
 * the question's hash, never its text, and counted, so that tests can show no generated question gets here.
 */
@Component
public class AnswerFailures {

    /** What the user sees instead of a stack trace. */
    public static final String MESSAGE = "服务器内部错误，请稍后再试。";

    private static final Logger log = LoggerFactory.getLogger(AnswerFailures.class);
    /** Deep enough for any real cause chain; a cyclic chain must not loop. */
    private static final int MAX_CAUSES = 16;

    private final AtomicLong count = new AtomicLong();

    /** Logs and counts {@code e}; the question's hash is known when it is an {@link AnswerFailedException}. */
    public void record(Throwable e) {
        record(null, e);
    }

    /** Logs and counts {@code e}, for a caller that knows the question it was answering. */
    public void record(String question, Throwable e) {
        count.incrementAndGet();
        if (e instanceof AnswerFailedException failed && failed.getCause() != null) {
            log.error("Answering failed for question {}", failed.questionHash(), redacted(failed.getCause(), 0));
        } else if (question != null) {
            log.error("Answering failed for question {}", QuestionText.hash(QuestionText.clean(question)),
                    redacted(e, 0));
        } else {
            log.error("Request failed outside answering (no question hash)", redacted(e, 0));
        }
    }

    /** How many failures reached the top of a request since the start. */
    public long count() {
        return count.get();
    }

    /**
     * The exception with its messages left out: a parser's message may quote the input (For input string:
     * "…"), which is the question. Types and stack frames are enough to find the fault.
     */
    private static Throwable redacted(Throwable e, int depth) {
        Throwable cause = e.getCause() == null || e.getCause() == e || depth >= MAX_CAUSES ? null
                : redacted(e.getCause(), depth + 1);
        Throwable copy = new RuntimeException(e.getClass().getName(), cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
