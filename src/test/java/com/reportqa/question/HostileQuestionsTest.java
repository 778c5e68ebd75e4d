package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.reportqa.ingest.Report;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever is typed, cleaning leaves only visible text and the parser understands it without throwing,
 * alone and as a follow-up, within a second, only ever scopes reports of the corpus, and the words it takes from
 * the question hold no citation marker.
 */
class HostileQuestionsTest extends ShippedCorpus {

    private static final int QUESTIONS = 10_000;
    private static final long MAX_NANOS = 1_000_000_000L;

    @Test
    void should_clean_and_parse_every_generated_question() {
        long seed = HostileQuestions.seed();
        HostileQuestions questions = new HostileQuestions(seed, HostileQuestions.placeNames(reports));
        Set<String> corpusIds = reports.stream().map(Report::id).collect(Collectors.toSet());
        long start = System.nanoTime();
        Question previous = null;
        for (String raw : questions.take(QUESTIONS)) {
            String clean = QuestionText.clean(raw);
            String where = "seed " + seed + ", question " + HostileQuestions.show(raw);
            assertThat(clean).as(where).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
            assertThat(clean.codePoints().filter(HostileQuestionsTest::invisibleOrOtherWhitespace).count())
                    .as(where).isZero();
            assertThat(QuestionText.clean(clean)).as(where).isEqualTo(clean);
            if (clean.isEmpty()) {
                continue; // refused before parsing, see AnswerService.check
            }
            long t = System.nanoTime();
            Question q = parse(raw, previous, where);
            assertThat(System.nanoTime() - t).as(where).isLessThan(MAX_NANOS);
            assertThat(q.scope()).as(where).allSatisfy(r -> assertThat(corpusIds).contains(r.id()));
            // answers quote these words, and there [n] is a citation marker
            assertThat(q.asks().stream().flatMap(a -> java.util.stream.Stream.of(a.metric(), a.context()))
                    .filter(w -> w != null).toList()).as(where).noneMatch(w -> w.contains("[") || w.contains("]"));
            assertThat(q.topic()).as(where).doesNotContain("[").doesNotContain("]");
            previous = q.scope().isEmpty() ? null : q;
        }
        System.out.printf("HostileQuestionsTest: %d questions cleaned and parsed in %.1f s (seed %d)%n", QUESTIONS,
                (System.nanoTime() - start) / 1e9, seed);
    }

    private static Question parse(String raw, Question previous, String where) {
        try {
            Question alone = parser.parse(raw);
            return previous == null || raw.length() % 4 != 0 ? alone : parser.parse(raw, previous);
        } catch (RuntimeException e) {
            return fail(where + " threw " + e, e);
        }
    }

    /** What {@link QuestionText#clean} must have removed or folded into a plain space. */
    private static boolean invisibleOrOtherWhitespace(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || cp != ' ' && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
    }
}
