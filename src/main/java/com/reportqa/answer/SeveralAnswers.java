package com.reportqa.answer;

import com.reportqa.question.Question;
import com.reportqa.question.QuestionParser;
import com.reportqa.question.SeveralQuestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A message of several questions (律所是哪家？另外专题会多久开一次？) answered part by part, each by its own route,
 * and joined into one answer: each part under its heading, the citations numbered on through the parts.
 */
@Component
class SeveralAnswers {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    private static final Pattern TYPED_MARKER = Pattern.compile("[\\[［【][^\\]］】]*[\\]］】]");

    private final AnswerRoute route;

    SeveralAnswers(AnswerRoute route) {
        this.route = route;
    }

    /**
     * The joined answer, or empty when the message asks one thing or none of its parts is answered (then the
     * message is answered whole).
     */
    Optional<Answer> answer(Question whole, QuestionParser parser, boolean useModel) {
        return each(whole, SeveralQuestions.parts(whole.text(), whole, parser), parser, useModel);
    }

    /** Each part answered by its own route and joined; empty for one part, or when no part is answered. */
    private Optional<Answer> each(Question whole, List<SeveralQuestions.Part> parts, QuestionParser parser,
            boolean useModel) {
        if (parts.size() < 2) {
            return Optional.empty();
        }
        List<Answer> answers = parts.stream()
                .map(p -> route.answer(parser.parse(p.standalone()), token -> { }, useModel)).toList();
        return answers.stream().allMatch(a -> a.mode() == Mode.NO_ANSWER) ? Optional.empty()
                : Optional.of(joined(whole.text(), parts, answers));
    }

    /**
     * 那个“社区吹哨、××报到”，报到的是谁？每个社区配了几个？: a message whose sentences were read as one question
     * (they share a word) and found nothing whole, answered sentence by sentence; empty when it is one sentence or
     * no sentence is answered.
     */
    Optional<Answer> separately(Question whole, QuestionParser parser, boolean useModel) {
        // 盘龙街道…一共多少件？满意度多少？: a place no report is of refuses the message, not its first sentence only
        if (whole.scope().isEmpty() || !whole.unknownPlaces().isEmpty() || !whole.mismatched().isEmpty()
                || !whole.ambiguous().isEmpty()) {
            return Optional.empty();
        }
        return each(whole, SeveralQuestions.sentences(whole.text(), whole, parser), parser, useModel);
    }

    private static Answer joined(String question, List<SeveralQuestions.Part> parts, List<Answer> answers) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        List<AnswerFigure> figures = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Answer a = answers.get(i);
            int offset = citations.size();
            if (i > 0) {
                text.append("\n\n");
            }
            // [1] typed in a question is no citation of ours: never echoed into the answer as one
            text.append('（').append(i + 1).append('）')
                    .append(TYPED_MARKER.matcher(parts.get(i).asked()).replaceAll(" ").strip()).append('\n')
                    .append(renumbered(a.answer(), offset, a.citations().size()));
            a.citations().forEach(c -> citations.add(new Citation(c.n() + offset, c.file(), c.reportId(),
                    c.reportTitle(), c.issuer(), c.place(), c.year(), c.publishedOn(), c.url(), c.paragraphId(),
                    c.section(), c.text(), c.quote())));
            a.figures().forEach(f -> figures.add(new AnswerFigure(f.value(), f.unit(), f.qualifier(), f.raw(),
                    f.metric(), f.place(), f.year(), f.citation() + offset, f.computed())));
            if (a.notice() != null && !a.notice().isBlank() && !notices.contains(a.notice())) {
                notices.add(a.notice());
            }
        }
        // a model's answer that states what its citations do not makes the whole answer ungrounded
        Boolean grounded = answers.stream().map(Answer::grounded).filter(Objects::nonNull)
                .reduce(Boolean::logicalAnd).orElse(null);
        return new Answer(null, question, text.toString(), mode(answers), citations, figures, grounded,
                notices.isEmpty() ? null : String.join(" ", notices), null);
    }

    /** Figures make the answer numeric; else the way most of it was made; not found only when no part was. */
    private static Mode mode(List<Answer> answers) {
        for (Mode m : List.of(Mode.NUMERIC, Mode.LLM, Mode.EXTRACTIVE)) {
            if (answers.stream().anyMatch(a -> a.mode() == m)) {
                return m;
            }
        }
        return Mode.NO_ANSWER;
    }

    /** The part's own markers ([1] of its {@code cited} citations) moved on by {@code offset}; nothing else. */
    private static String renumbered(String text, int offset, int cited) {
        if (offset == 0) {
            return text;
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = m.group(1).length() > 3 ? 0 : Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(n >= 1 && n <= cited ? "[" + (n + offset) + "]"
                    : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
