package com.reportqa.ui;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFailures;
import com.reportqa.answer.AnswerService;
import com.reportqa.answer.InvalidQuestionException;
import com.reportqa.question.QuestionText;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The chat: questions in Chinese, answers streamed in as they are produced, every [n] opening the cited
 * paragraph. The conversation id lives in the session, so a page reload shows the same conversation.
 */
@Route("")
@PageTitle("法治报告问答")
class ChatView extends Div {

    static final String CONVERSATION = "reportqa.conversation";

    private final AnswerService answers;
    private final AnswerFailures failures;
    private final UiActions actions;
    private final Div turns = new Div();
    private final Div examples = new Div();
    private final CitationPanel panel;
    private final MessageInput input = new MessageInput();
    private ExecutorService worker;
    // read by the worker thread, which cannot see the session
    private volatile String conversation;

    ChatView(AnswerService answers, AnswerFailures failures, UiActions actions) {
        this.answers = answers;
        this.failures = failures;
        this.actions = actions;
        this.panel = new CitationPanel(actions::reference);
        setSizeFull();
        addClassName("rq-view");
        turns.addClassName("rq-turns");
        turns.setId("turns");
        examples.addClassName("rq-examples");
        examples.setId("examples");

        input.setWidthFull();
        input.setId("question-input");
        input.setI18n(new MessageInputI18n().setMessage("请输入问题，写明地方和年度更准确；按 Enter 发送").setSend("发送"));
        input.addSubmitListener(e -> ask(e.getValue()));
        Div inputBar = new Div(input);
        inputBar.addClassName("rq-input");

        Button newChat = new Button("新对话", e -> newConversation());
        newChat.setId("new-chat");
        newChat.addThemeVariants(ButtonVariant.SMALL);
        Div chat = new Div(turns, inputBar);
        chat.addClassName("rq-chat");
        Div main = new Div(chat, panel);
        main.addClassName("rq-main");
        add(Header.create(actions.account(), actions.conversationExports(this::conversationId), newChat), main);
        conversation = (String) VaadinSession.getCurrent().getAttribute(CONVERSATION);
        replay();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // one worker per browser tab: questions of a tab are answered in order, never in parallel
        worker = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("chat-", 0).factory());
        input.focus();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        worker.shutdownNow();
    }

    private String conversationId() {
        return conversation;
    }

    private void newConversation() {
        VaadinSession.getCurrent().setAttribute(CONVERSATION, null);
        conversation = null;
        turns.removeAll();
        panel.setVisible(false);
        showExamples();
        input.focus();
    }

    private void replay() {
        String id = conversationId();
        var previous = id == null ? List.<Answer>of() : answers.conversation(id);
        if (previous.isEmpty()) {
            showExamples();
            return;
        }
        for (Answer a : previous) {
            turns.add(questionBubble(a.question()));
            AnswerCard card = card();
            card.show(a, this::chart, actions.answerExports(a));
            turns.add(card);
        }
    }

    private void showExamples() {
        examples.removeAll();
        examples.add(new Paragraph("可以这样问（示例取自已收录的报告）："));
        for (String q : answers.suggestions()) {
            Button b = new Button(q, e -> ask(q));
            b.addThemeVariants(ButtonVariant.SMALL);
            b.addClassName("rq-example");
            examples.add(b);
        }
        turns.add(examples);
    }

    private void ask(String question) {
        // the same cleaning as answering: a question of invisible characters is as empty as a blank one
        if (QuestionText.clean(question).isEmpty()) {
            return;
        }
        examples.removeFromParent();
        turns.add(questionBubble(question));
        AnswerCard card = card();
        turns.add(card);
        scrollDown();
        UI ui = UI.getCurrent();
        worker.submit(() -> {
            try {
                Answer answer = answers.ask(question, conversation,
                        token -> ui.access(() -> card.append(token)));
                conversation = answer.conversationId();
                ui.access(() -> {
                    VaadinSession.getCurrent().setAttribute(CONVERSATION, answer.conversationId());
                    card.show(answer, this::chart, actions.answerExports(answer));
                    scrollDown();
                });
            } catch (InvalidQuestionException e) {
                ui.access(() -> card.error(e.getMessage()));
            } catch (RuntimeException e) {
                failures.record(question, e);
                ui.access(() -> card.error("抱歉，回答时出现内部错误，请稍后再试。"));
            }
        });
    }

    private AnswerCard card() {
        return new AnswerCard(panel::show);
    }

    private void chart(Answer answer) {
        actions.openChart(answer);
    }

    private static Div questionBubble(String question) {
        Div q = new Div();
        q.addClassName("rq-question");
        q.setText(question);
        return q;
    }

    private void scrollDown() {
        turns.getElement().executeJs("this.scrollTop = this.scrollHeight");
    }
}
