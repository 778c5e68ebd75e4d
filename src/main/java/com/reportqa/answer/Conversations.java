package com.reportqa.answer;

import com.reportqa.question.Question;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Conversations in memory, bounded in number, length and age, so a busy server's memory stays flat:
 * the least recently used conversation is dropped first, and idle ones expire.
 */
@Component
class Conversations {

    private final AnswerSettings settings;
    private final Clock clock;
    private final Map<String, Conversation> byId = new LinkedHashMap<>(16, 0.75f, true);

    Conversations(AnswerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    record Turn(Question question, Answer answer) {
    }

    static final class Conversation {
        final String id;
        final List<Turn> turns = new ArrayList<>();
        Instant lastUsed;

        Conversation(String id, Instant now) {
            this.id = id;
            this.lastUsed = now;
        }
    }

    synchronized Conversation open(String id) {
        expire();
        Instant now = clock.instant();
        Conversation c = id == null || id.isBlank() ? null : byId.get(id);
        if (c == null) {
            c = new Conversation(id == null || id.isBlank() || id.length() > 64 ? UUID.randomUUID().toString() : id,
                    now);
            byId.put(c.id, c);
            while (byId.size() > settings.maxConversations()) {
                byId.remove(byId.keySet().iterator().next());
            }
        }
        c.lastUsed = now;
        return c;
    }

    synchronized Optional<Question> lastQuestion(Conversation c) {
        return c.turns.isEmpty() ? Optional.empty() : Optional.of(c.turns.get(c.turns.size() - 1).question());
    }

    synchronized void record(Conversation c, Question q, Answer a) {
        c.turns.add(new Turn(q, a));
        while (c.turns.size() > settings.maxTurns()) {
            c.turns.remove(0);
        }
    }

    synchronized List<Answer> answers(String id) {
        Conversation c = byId.get(id);
        return c == null ? List.of() : c.turns.stream().map(Turn::answer).toList();
    }

    synchronized int size() {
        return byId.size();
    }

    private void expire() {
        Instant cutoff = clock.instant().minus(Duration.ofMinutes(settings.conversationTtlMinutes()));
        byId.values().removeIf(c -> c.lastUsed.isBefore(cutoff));
    }
}
