package com.reportqa.ui;

import com.reportqa.answer.Citation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The side panel showing a cited paragraph in its report, with the cited part marked. */
class CitationPanel extends Div {

    private final Function<Citation, String> reference;

    /** {@code reference} formats the citation that "复制引用" copies. */
    CitationPanel(Function<Citation, String> reference) {
        this.reference = reference;
        addClassName("rq-panel");
        setId("citation-panel");
        setVisible(false);
    }

    void show(Citation c) {
        removeAll();
        Div meta = new Div();
        meta.addClassName("rq-meta");
        meta.setText(join(c.place(), c.year() + "年度", c.publishedOn() == null ? null : "发布于 " + c.publishedOn()));
        Div section = new Div();
        section.addClassName("rq-meta");
        section.setText((c.section() == null || c.section().isBlank() ? "正文" : c.section()) + " · 第"
                + ReportPage.anchor(c.paragraphId()).substring(1) + "段");
        Div paragraph = new Div();
        paragraph.addClassName("rq-paragraph");
        paragraph.setId("citation-text");
        Highlight.into(paragraph, c.text(), c.quote());

        Anchor original = new Anchor("reports/" + c.reportId() + "#" + ReportPage.anchor(c.paragraphId()), "查看原文");
        original.setId("citation-original");
        // a full page load, so that the browser keeps the #p anchor the report page scrolls to
        original.setRouterIgnore(true);
        original.addClassName("rq-link");
        Button copy = new Button("复制引用", e -> {
            getElement().executeJs(Clipboard.COPY, reference.apply(c));
            Notification.show("引用已复制", 2000, Notification.Position.BOTTOM_CENTER);
        });
        copy.addThemeVariants(ButtonVariant.SMALL);
        Button close = new Button("关闭", e -> setVisible(false));
        close.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Div actions = new Div(original, copy, close);
        actions.addClassName("rq-actions");

        H3 title = new H3("[" + c.n() + "] " + c.reportTitle());
        add(title, meta, section, paragraph, actions);
        if (c.issuer() != null) {
            Div issuer = new Div();
            issuer.addClassName("rq-meta");
            issuer.setText("发布机关：" + c.issuer());
            addComponentAtIndex(2, issuer);
        }
        setVisible(true);
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(" · "));
    }
}
