package com.reportqa.ui;

import com.reportqa.answer.AnswerService;
import com.reportqa.answer.ReportView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.stream.Stream;

/** One report's cleaned text, with section headings and an anchor per paragraph ({@code /reports/{id}#p12}). */
@Route("reports/:id")
class ReportPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SCROLL_TO_ANCHOR = """
            const id = window.location.hash.substring(1);
            const target = id && document.getElementById(id);
            if (target) {
              target.classList.add('rq-target');
              // after the first layout, or the browser scrolls to where the text was before it was set out
              requestAnimationFrame(() => setTimeout(() => target.scrollIntoView({block: 'center'}), 50));
            }""";

    private final AnswerService answers;
    private final UiActions actions;
    private String title = "报告";

    ReportPage(AnswerService answers, UiActions actions) {
        this.answers = answers;
        this.actions = actions;
        addClassName("rq-view");
    }

    /** The anchor of a paragraph within its report page: paragraph id {@code abc-p12} → {@code p12}. */
    static String anchor(String paragraphId) {
        return paragraphId.substring(paragraphId.lastIndexOf('-') + 1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get("id").orElse("");
        Div body = new Div();
        body.addClassName("rq-page");
        body.addClassName("rq-report");
        answers.report(id).ifPresentOrElse(detail -> render(body, detail), () -> {
            body.add(new H2("找不到这份报告"), new Paragraph("报告可能已被删除或重新收录。"),
                    new Anchor("reports", "返回报告列表"));
        });
        add(Header.create(actions.account()), body);
    }

    private void render(Div body, ReportView.Detail detail) {
        ReportView.Summary r = detail.report();
        title = r.title();
        body.add(new Anchor("reports", "← 报告列表"), new H2(r.title()));
        Div meta = new Div();
        meta.addClassName("rq-meta");
        meta.setText(String.join(" · ", Stream.of(r.place(), r.yearLabel(),
                r.issuer(), r.publishedOn() == null ? null : "发布于 " + r.publishedOn(), r.file())
                .filter(s -> s != null && !s.isBlank()).toList()));
        body.add(meta);
        if (actions.canEdit()) {
            body.add(actions.metadataForm(r, () -> getUI().ifPresent(ui -> ui.getPage().reload())));
        }
        for (ReportView.ParagraphView p : detail.paragraphs()) {
            if ("title".equals(p.kind())) {
                continue;
            }
            var element = "heading".equals(p.kind())
                    ? (p.sectionPath().size() <= 1 ? new H3(p.text()) : new H4(p.text()))
                    : new Paragraph(p.text());
            element.setId(anchor(p.id()));
            element.addClassName("rq-para");
            if ("meta".equals(p.kind())) {
                element.addClassName("rq-page-line"); // 页面信息 and 落款: set apart from the text they follow
            }
            body.add(element);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(SCROLL_TO_ANCHOR);
    }

    @Override
    public String getPageTitle() {
        return title + " · 法治报告问答";
    }
}
