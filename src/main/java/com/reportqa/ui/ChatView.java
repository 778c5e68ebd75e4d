package com.reportqa.ui;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerService;
import com.reportqa.answer.Citation;
import com.reportqa.answer.InvalidQuestionException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The chat: questions in Chinese, answers with clickable citations that open the cited paragraph. */
@Route("")
@PageTitle("法治报告问答")
class ChatView extends Div {

    private final AnswerService answers;
    private final Div turns = new Div();
    private final Div panel = new Div();
    private String conversationId;

    ChatView(AnswerService answers) {
        this.answers = answers;
        setSizeFull();
        turns.addClassName("rq-turns");
        turns.setId("turns");
        panel.addClassName("rq-panel");
        panel.setId("citation-panel");
        panel.setVisible(false);

        MessageInput input = new MessageInput();
        input.setWidthFull();
        input.setId("question-input");
        input.setI18n(new com.vaadin.flow.component.messages.MessageInputI18n().setMessage("请输入问题，写明地方和年度更准确；按 Enter 发送")
                .setSend("发送"));
        input.addSubmitListener(e -> ask(e.getValue()));
        Div inputBar = new Div(input);
        inputBar.addClassName("rq-input");

        Button newChat = new Button("新对话", e -> {
            conversationId = null;
            turns.removeAll();
            panel.setVisible(false);
        });
        newChat.setId("new-chat");
        Div chat = new Div(turns, inputBar);
        chat.addClassName("rq-chat");
        Div main = new Div(chat, panel);
        main.addClassName("rq-main");
        add(Header.create(newChat), main);
        input.focus();
    }

    private void ask(String question) {
        Div q = new Div();
        q.addClassName("rq-question");
        q.setText(question);
        turns.add(q);
        Answer answer;
        try {
            answer = answers.ask(question, conversationId);
            conversationId = answer.conversationId();
        } catch (InvalidQuestionException e) {
            Div error = new Div();
            error.addClassName("rq-answer");
            error.setText(e.getMessage());
            turns.add(error);
            return;
        }
        turns.add(render(answer));
        turns.getElement().executeJs("this.scrollTop = this.scrollHeight");
    }

    private Div render(Answer answer) {
        Div card = new Div();
        card.addClassName("rq-answer");
        Span badge = new Span(answer.mode().label());
        badge.addClassNames("rq-badge", answer.mode().json());
        card.add(badge);
        if (answer.notice() != null) {
            Span notice = new Span(answer.notice());
            notice.addClassName("rq-notice");
            card.add(notice);
        }
        card.add(new Markdown(MarkdownText.escape(answer.answer())));
        if (!answer.citations().isEmpty()) {
            Div sources = new Div();
            sources.addClassName("rq-sources");
            for (Citation c : answer.citations()) {
                Button b = new Button("[" + c.n() + "] " + c.place() + " " + c.year() + "年度",
                        e -> showCitation(c));
                b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                b.addClassName("rq-citation");
                sources.add(b);
            }
            card.add(sources);
        }
        return card;
    }

    private void showCitation(Citation c) {
        panel.removeAll();
        Div meta = new Div();
        meta.addClassName("rq-meta");
        meta.setText(c.place() + " · " + c.year() + "年度 · " + c.section() + " · " + c.paragraphId());
        Div paragraph = new Div();
        paragraph.addClassName("rq-paragraph");
        paragraph.setId("citation-text");
        Highlight.into(paragraph, c.text(), c.quote());
        Button close = new Button("关闭", e -> panel.setVisible(false));
        close.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        panel.add(new H3("[" + c.n() + "] " + c.reportTitle()), meta, paragraph, close);
        panel.setVisible(true);
    }
}
