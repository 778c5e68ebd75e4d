package com.reportqa.answer;

import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.QuestionParser;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Makes a follow-up (那健龙镇呢？) standalone, so that retrieval and the model see what it asks: the model's
 * rewrite when one is configured and it names reports of the corpus, else the places, year and topic the
 * parser carried over from the previous question.
 */
@Component
class FollowUps {

    private final LlmAnswerer llm;
    private final Conversations conversations;

    FollowUps(LlmAnswerer llm, Conversations conversations) {
        this.llm = llm;
        this.conversations = conversations;
    }

    /** The longest an answer may take: a follow-up may need two model calls (rewrite, answer), each bounded. */
    Duration longestAnswer() {
        return llm.timeout().multipliedBy(2).plusSeconds(30);
    }

    /** @param carried the follow-up as parsed with the previous question */
    Question standalone(String text, Question carried, String conversationId, QuestionParser parser) {
        if (llm.enabled()) {
            String rewritten = llm.rewrite(text, conversations.answers(conversationId).stream()
                    .map(a -> "问：" + a.question()).toList());
            Question r = rewritten.equals(text) ? null : parser.parse(rewritten);
            if (r != null && !r.scope().isEmpty() && r.unknownPlaces().isEmpty()) {
                return r;
            }
        }
        if (carried.numeric() || carried.kind() == QuestionKind.METADATA || carried.kind() == QuestionKind.MENTIONS) {
            // figures are found by the carried-over asks, metadata and mentions by the question's own words
            return carried;
        }
        // retrieval searches the question's text, and 那江口镇呢 has no words of the topic
        String search = String.join("", carried.places()) + (carried.year() == null ? "" : carried.year() + "年")
                + carried.topic().replaceAll("[\\s\\p{Punct}？。，！]", "");
        return carried.withText(search);
    }
}
