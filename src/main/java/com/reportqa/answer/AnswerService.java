package com.reportqa.answer;

import com.reportqa.question.Question;
import com.reportqa.question.QuestionParser;
import com.reportqa.question.QuestionText;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * The one public face of answering, called by the UI, the REST API and the CLI. It checks a question, keeps
 * the conversation (a follow-up is answered as its standalone form) and streams the answer; which answerer
 * answers is {@link AnswerRoute}'s table.
 */
@Service
public class AnswerService {

    private final QuestionUnderstanding understanding;
    private final AnswerRoute route;
    private final Conversations conversations;
    private final FollowUps followUps;
    private final AnswerSettings settings;
    private final CorpusViews views;
    private final SeveralAnswers several;

    AnswerService(QuestionUnderstanding understanding, AnswerRoute route, Conversations conversations, FollowUps followUps,
            AnswerSettings settings, CorpusViews views, SeveralAnswers several) {
        this.understanding = understanding;
        this.route = route;
        this.several = several;
        this.conversations = conversations;
        this.followUps = followUps;
        this.settings = settings;
        this.views = views;
    }

    public Answer ask(String question) {
        return ask(question, null);
    }

    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, token -> { });
    }

    /**
     * Answers and streams the answer's text to {@code onToken} as it is produced (a model's tokens; the
     * whole text at once for extracted answers). The returned answer is final: with a model, its markers
     * may be renumbered after the grounding check, so the UI shows the returned text last.
     */
    public Answer ask(String question, String conversationId, Consumer<String> onToken) {
        String text = check(question);
        try {
            Conversations.Conversation conversation = conversations.open(conversationId);
            QuestionParser parser = understanding.parser();
            Question previous = conversations.lastQuestion(conversation).orElse(null);
            Question carried = parser.parse(text, previous);
            boolean followUp = previous != null && !carried.equals(parser.parse(text));
            Question q = followUp ? followUps.standalone(text, carried, conversation.id, parser) : carried;
            // 律所是哪家？另外专题会多久开一次？: each question of the message answered by its own route, joined
            Optional<Answer> joined = followUp ? Optional.empty() : several.answer(q, parser, true);
            // a follow-up is routed as its standalone form, but the answer shows what was asked
            Answer answer = joined.orElseGet(() -> {
                Answer whole = route.answer(q, onToken, true);
                // two sentences read as one that found nothing: each sentence on its own may still be answered
                return whole.mode() == Mode.NO_ANSWER && !followUp
                        ? several.separately(q, parser, true).orElse(whole) : whole;
            }).withQuestion(text).withConversation(conversation.id);
            if (answer.mode() != Mode.LLM || joined.isPresent()) {
                onToken.accept(answer.answer());
            }
            conversations.record(conversation, q, answer);
            return answer;
        } catch (RuntimeException e) {
            // callers log this at the top of their request; the hash says which question without quoting it
            throw new AnswerFailedException(QuestionText.hash(text), e);
        }
    }

    /** The longest an answer may take: a follow-up may need two model calls (rewrite, answer), each bounded. */
    public Duration longestAnswer() {
        return followUps.longestAnswer();
    }

    /**
     * The question as {@link QuestionText#clean} leaves it, if it can be asked; else
     * {@link InvalidQuestionException} with the Chinese reason. A question of only invisible characters is empty.
     * The streaming API checks before it starts a stream, so a bad question is still a plain HTTP 400.
     */
    public String check(String question) {
        String text = QuestionText.clean(question);
        if (text.isEmpty()) {
            throw new InvalidQuestionException("问题不能为空，请输入要查询的内容。");
        }
        if (text.length() > settings.maxQuestionChars()) {
            throw new InvalidQuestionException("问题过长（超过 " + settings.maxQuestionChars() + " 字），请精简后再问。");
        }
        return text;
    }

    /** Example questions for an empty chat, made from the corpus and checked to be answerable. */
    public List<String> suggestions() {
        return views.suggestions();
    }

    /**
     * One metric compared across every report, as a comparison question would be answered (for charts);
     * not part of any conversation.
     */
    public Answer compareAcrossReports(String metric) {
        String text = QuestionText.clean(metric);
        if (text.isEmpty()) {
            throw new InvalidQuestionException("请输入要比较的指标，例如“受理矛盾纠纷”。");
        }
        return route.answer(understand("各地" + text + "分别是多少？比较一下"), token -> { }, false);
    }

    /** The answers of a conversation so far, oldest first (for export). */
    public List<Answer> conversation(String conversationId) {
        return conversations.answers(conversationId);
    }

    public List<ReportView.Summary> reports() {
        return views.reports();
    }

    public Optional<ReportView.Detail> report(String id) {
        return views.report(id);
    }

    /** Figures filtered by place (any level, substring), year and words of the metric or clause. */
    public List<ReportView.FigureRow> figures(String place, Integer year, String query) {
        return views.figures(place, year, query);
    }

    /** How a question is understood and which figures came close: for {@code ask --explain}. */
    public String explain(String question) {
        return understanding.explain(question);
    }

    public Question understand(String question) {
        return understanding.understand(question);
    }
}
