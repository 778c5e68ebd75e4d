package com.reportqa.ui;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFigure;
import com.reportqa.answer.Citation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/** What an answer offers besides its text: the chart of a comparison, exports, a formatted citation. */
@org.springframework.stereotype.Component
@UIScope
class UiActions {

    private final JsonMapper json;

    UiActions(JsonMapper json) {
        this.json = json;
    }

    String reference(Citation c) {
        StringBuilder sb = new StringBuilder();
        if (c.issuer() != null && !c.issuer().isBlank()) {
            sb.append(c.issuer()).append(". ");
        }
        sb.append(c.reportTitle()).append("[EB/OL]. ");
        if (c.publishedOn() != null) {
            sb.append("(").append(c.publishedOn()).append("). ");
        }
        if (c.url() != null && !c.url().isBlank()) {
            sb.append(c.url()).append(". ");
        }
        return "“" + (c.quote() == null || c.quote().isBlank() ? c.text() : c.quote()) + "”——" + sb.toString().strip()
                + (c.section() == null || c.section().isBlank() ? "" : "（" + c.section() + "）");
    }

    List<Component> answerExports(Answer answer) {
        return List.of();
    }

    Component conversationExports(Supplier<String> conversationId) {
        return new Div();
    }

    /** Upload of a report into the corpus, for editors only. */
    Component upload() {
        return new Div();
    }

    void openChart(Answer answer) {
        List<AnswerFigure> figures = answer.figures();
        String unit = figures.isEmpty() ? "" : figures.get(0).unit();
        EChart chart = new EChart();
        chart.setId("answer-chart");
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(answer.question());
        dialog.add(chart);
        dialog.getFooter().add(new Button("关闭", e -> dialog.close()));
        dialog.setWidth("min(760px, 95vw)");
        dialog.open();
        chart.draw(ChartOption.bars(json, figures.isEmpty() ? "" : figures.get(0).metric(), unit,
                ChartOption.bars(figures)));
    }
}
