package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import com.reportqa.ingest.Corpus;
import com.reportqa.question.HostileQuestions;
import com.reportqa.question.QuestionText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: no generated question makes {@link AnswerService} throw (other than the Chinese refusal of an empty
 * or too long question), every answer keeps the contract and cites real paragraphs of the corpus, none takes
 * more than a second, and no failure reaches {@link AnswerFailures}.
 */
@AppTest
class HostileQuestionsIT {

    private static final int QUESTIONS = 10_000;
    private static final long MAX_NANOS = 1_000_000_000L;
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Set<Mode> ANSWER_MODES = EnumSet.of(Mode.NUMERIC, Mode.EXTRACTIVE, Mode.LLM, Mode.NO_ANSWER);

    @Autowired
    AnswerService answers;
    @Autowired
    AnswerFailures failures;
    @Autowired
    Corpus corpus;
    @Autowired
    AnswerSettings settings;
    @Autowired
    JsonMapper json;

    @Test
    void should_answer_every_generated_question_by_the_contract_within_a_second() {
        long seed = HostileQuestions.seed();
        List<String> questions = new HostileQuestions(seed, HostileQuestions.placeNames(corpus.reports()))
                .take(QUESTIONS);
        long failuresBefore = failures.count();
        long start = System.nanoTime();
        List<String> broken = new ArrayList<>();
        String conversation = null;
        for (String raw : questions) {
            // every fourth question follows up on the one before: follow-ups carry slots over
            String where = "seed " + seed + ", question " + HostileQuestions.show(raw);
            try {
                Answer answer = ask(raw, raw.length() % 4 == 0 ? conversation : null, where);
                conversation = answer == null ? conversation : answer.conversationId();
            } catch (AssertionError e) {
                broken.add(e.getMessage()); // all of them, not just the first: one run shows every kind of fault
            }
        }
        assertThat(broken.size()).as("broken answers, the first ones:\n"
                + String.join("\n", broken.stream().limit(20).toList())).isZero();
        assertThat(failures.count()).as("failures that reached the top of a request").isEqualTo(failuresBefore);
        System.out.printf("HostileQuestionsIT: %d questions through AnswerService in %.1f s (seed %d)%n", QUESTIONS,
                (System.nanoTime() - start) / 1e9, seed);
    }

    /** The answer, or null when the question was rightly refused. */
    private Answer ask(String raw, String conversation, String where) {
        String clean = QuestionText.clean(raw);
        boolean askable = !clean.isEmpty() && clean.length() <= settings.maxQuestionChars();
        long t = System.nanoTime();
        Answer answer;
        try {
            answer = answers.ask(raw, conversation);
        } catch (InvalidQuestionException e) {
            assertThat(askable).as(where + " refused: " + e.getMessage()).isFalse();
            assertThat(e.getMessage()).as(where).containsAnyOf("问题不能为空", "问题过长");
            return null;
        } catch (RuntimeException e) {
            throw new AssertionError(where + " threw " + e, e);
        }
        assertThat(System.nanoTime() - t).as(where + " took too long").isLessThan(MAX_NANOS);
        assertThat(askable).as(where + " should have been refused").isTrue();
        assertContract(answer, where);
        return answer;
    }

    private void assertContract(Answer a, String where) {
        assertThat(a.mode()).as(where).isIn(ANSWER_MODES);
        assertThat(a.answer()).as(where).isNotBlank();
        assertThat(a.citations()).extracting(Citation::n).as(where + " citations numbered 1..n")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, a.citations().size()).boxed().toList());
        Matcher m = MARKER.matcher(a.answer());
        while (m.find()) {
            int n = m.group(1).length() < 4 ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
            assertThat(n).as(where + " marker " + m.group() + " in " + a.answer()).isPositive()
                    .isLessThanOrEqualTo(a.citations().size());
        }
        a.figures().forEach(f -> assertThat(f.citation()).as(where + " figure " + f.raw()).isPositive()
                .isLessThanOrEqualTo(a.citations().size()));
        var snapshot = corpus.snapshot();
        for (Citation c : a.citations()) {
            var paragraph = snapshot.paragraphs().get(c.paragraphId());
            assertThat(paragraph).as(where + " cites " + c.paragraphId()).isNotNull();
            assertThat(c.text()).as(where).isEqualTo(paragraph.text());
            assertThat(c.reportId()).as(where).isEqualTo(snapshot.reportOfParagraph().get(c.paragraphId()).id());
        }
        assertThat(json.writeValueAsString(a)).as(where + " as JSON").isNotBlank();
    }
}
