package com.reportqa.ui;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFigure;
import com.reportqa.answer.Citation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.markdown.Markdown;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One answer in the chat: filled token by token while it is produced, then replaced by the final answer
 * (a model's markers may have been renumbered by the grounding check) with its badge, notice, clickable
 * [n] markers and the list of its sources.
 */
class AnswerCard extends Div {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})]");
    private static final String CITE_LINK = "(event.composedPath().find(n => n.getAttribute && "
            + "(n.getAttribute('href') || '').startsWith('#cite-')) || {getAttribute: () => ''}).getAttribute('href')";

    private final Markdown text = new Markdown();
    private final Consumer<Citation> onCitation;
    private final Div waiting = new Div();
    private final StringBuilder streamed = new StringBuilder();
    private List<Citation> citations = List.of();

    AnswerCard(Consumer<Citation> onCitation) {
        this.onCitation = onCitation;
        addClassName("rq-answer");
        waiting.setText("正在查找报告…");
        waiting.addClassName("rq-waiting");
        add(waiting, text);
        // one listener for every marker link of this answer; the link's target says which citation
        getElement().addEventListener("click", e -> {
            String href = e.getEventData().get(CITE_LINK).asString();
            int n = Integer.parseInt(href.substring("#cite-".length()));
            citations.stream().filter(c -> c.n() == n).findFirst().ifPresent(onCitation);
        }).addEventData(CITE_LINK).setFilter(CITE_LINK + " !== ''").preventDefault();
    }

    /** A piece of the answer as it is produced. */
    void append(String token) {
        waiting.setVisible(false);
        streamed.append(token);
        text.appendContent(MarkdownText.escape(token));
    }

    void error(String message) {
        waiting.setVisible(false);
        text.setContent(MarkdownText.escape(message));
    }

    /** The final answer, with its sources; {@code chart} is offered for answers that compare places. */
    void show(Answer answer, Consumer<Answer> chart, List<Component> actions) {
        removeAll();
        citations = answer.citations();
        Span badge = new Span(answer.mode().label());
        badge.addClassNames("rq-badge", answer.mode().json());
        add(badge);
        if (answer.notice() != null) {
            Span notice = new Span(answer.notice());
            notice.addClassName("rq-notice");
            add(notice);
        }
        if (Boolean.FALSE.equals(answer.grounded())) {
            Span ungrounded = new Span("注意：回答中有内容未在所引段落中找到，请核对原文。");
            ungrounded.addClassName("rq-notice");
            add(ungrounded);
        }
        text.setContent(linkMarkers(MarkdownText.escape(answer.answer()), answer.citations().size()));
        add(text);
        if (!answer.citations().isEmpty()) {
            Div sources = new Div();
            sources.addClassName("rq-sources");
            sources.add(new Span("来源："));
            for (Citation c : answer.citations()) {
                Button b = new Button("[" + c.n() + "] " + c.place() + " " + c.year() + "年度"
                        + (c.section() == null || c.section().isBlank() ? "" : " · " + shortSection(c.section())),
                        e -> onCitation.accept(c));
                b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                b.addClassName("rq-citation");
                sources.add(b);
            }
            add(sources);
        }
        Div bar = new Div();
        bar.addClassName("rq-actions");
        if (comparesPlaces(answer)) {
            Button show = new Button("显示图表", e -> chart.accept(answer));
            show.addThemeVariants(ButtonVariant.SMALL);
            show.addClassName("rq-chart-button");
            bar.add(show);
        }
        actions.forEach(bar::add);
        if (bar.getChildren().findAny().isPresent()) {
            add(bar);
        }
    }

    static boolean comparesPlaces(Answer answer) {
        return answer.figures().stream().map(AnswerFigure::place).distinct().count() > 1;
    }

    /** [n] becomes a link only when citation n exists, so a stray bracket in report text stays text. */
    static String linkMarkers(String markdown, int citations) {
        return MARKER.matcher(markdown).replaceAll(m -> {
            int n = Integer.parseInt(m.group(1));
            return n >= 1 && n <= citations ? "[\\\\[" + n + "\\\\]](#cite-" + n + ")" : m.group();
        });
    }

    private static String shortSection(String section) {
        return section.length() > 24 ? section.substring(0, 23) + "…" : section;
    }
}
