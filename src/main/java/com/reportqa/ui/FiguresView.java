package com.reportqa.ui;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerService;
import com.reportqa.answer.InvalidQuestionException;
import com.reportqa.answer.Mode;
import com.reportqa.answer.ReportView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/** Every extracted figure as a filterable grid, and one metric compared across places as a bar chart. */
@Route("figures")
@PageTitle("数字 · 法治报告问答")
class FiguresView extends Div {

    private static final String ALL = "全部";

    private final AnswerService answers;
    private final JsonMapper json;
    private final Grid<ReportView.FigureRow> grid = new Grid<>();
    private final TextField place = new TextField();
    private final Select<String> year = new Select<>();
    private final TextField metric = new TextField();
    private final TextField compared = new TextField();
    private final EChart chart = new EChart();
    private final Div chartNote = new Div();

    FiguresView(AnswerService answers, JsonMapper json, UiActions actions) {
        this.answers = answers;
        this.json = json;
        addClassName("rq-view");
        place.setPlaceholder("地方");
        metric.setPlaceholder("指标或原文中的词，如 矛盾纠纷");
        metric.setId("figure-filter");
        for (TextField f : List.of(place, metric)) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> filter());
        }
        List<String> years = new ArrayList<>(List.of(ALL));
        answers.reports().stream().map(r -> String.valueOf(r.year())).distinct().sorted(Comparator.reverseOrder())
                .forEach(years::add);
        year.setItems(years);
        year.setValue(ALL);
        year.addValueChangeListener(e -> filter());

        grid.addColumn(ReportView.FigureRow::place).setHeader("地方").setAutoWidth(true).setSortable(true);
        grid.addColumn(ReportView.FigureRow::year).setHeader("年度").setAutoWidth(true).setSortable(true);
        grid.addColumn(ReportView.FigureRow::metric).setHeader("指标").setFlexGrow(1);
        grid.addColumn(ReportView.FigureRow::raw).setHeader("原文数字").setAutoWidth(true);
        grid.addColumn(f -> f.value().toPlainString()).setHeader("数值").setAutoWidth(true)
                .setComparator(ReportView.FigureRow::value);
        grid.addColumn(ReportView.FigureRow::unit).setHeader("单位").setAutoWidth(true);
        grid.addComponentColumn(f -> {
            Anchor source = new Anchor("reports/" + f.reportId() + "#" + ReportPage.anchor(f.paragraphId()),
                    "第" + ReportPage.anchor(f.paragraphId()).substring(1) + "段");
            source.setRouterIgnore(true);
            return source;
        }).setHeader("出处").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setId("figures-grid");
        grid.setHeight("420px");
        filter();

        compared.setPlaceholder("要比较的指标，如 受理矛盾纠纷");
        compared.setId("chart-metric");
        compared.setWidth("18em");
        Button draw = new Button("比较各地", e -> drawChart());
        draw.setId("chart-draw");
        draw.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        compared.addKeyPressListener(Key.ENTER, e -> drawChart());
        chartNote.addClassName("rq-meta");
        chart.setId("figures-chart");

        Div filters = new Div(place, year, metric);
        filters.addClassName("rq-filters");
        Div chartBar = new Div(compared, draw);
        chartBar.addClassName("rq-filters");
        Div body = new Div(new H2("报告中的数字"), filters, grid, new H3("一个指标的各地比较"), chartBar, chartNote, chart);
        body.addClassName("rq-page");
        add(Header.create(actions.account()), body);
        suggestedMetric().ifPresent(m -> {
            compared.setValue(m);
            drawChart();
        });
    }

    private void filter() {
        Integer y = ALL.equals(year.getValue()) || year.getValue() == null ? null : Integer.valueOf(year.getValue());
        grid.setItems(answers.figures(place.getValue(), y, metric.getValue()));
    }

    private void drawChart() {
        try {
            Answer answer = answers.compareAcrossReports(compared.getValue());
            if (answer.mode() != Mode.NUMERIC || !AnswerCard.comparesPlaces(answer)) {
                chartNote.setText("没有两个以上地方报告了“" + compared.getValue().strip() + "”的数字，无法比较。");
                chart.setVisible(false);
                return;
            }
            chart.setVisible(true);
            long missing = answers.reports().size() - answer.figures().size();
            chartNote.setText("按报告原文数字作图" + (missing > 0 ? "；另有 " + missing + " 份报告未报告此数字" : "")
                    + "。点击“数字提取”问答可查看引用。");
            chart.draw(ChartOption.bars(json, compared.getValue().strip(), answer.figures().get(0).unit(),
                    ChartOption.bars(answer.figures())));
        } catch (InvalidQuestionException e) {
            chartNote.setText(e.getMessage());
        }
    }

    /** The first example comparison from the corpus, so the chart is not empty on arrival. */
    private Optional<String> suggestedMetric() {
        return answers.suggestions().stream().filter(q -> q.startsWith("各地") && q.contains("分别是多少"))
                .map(q -> q.substring(2, q.indexOf("分别是多少"))).findFirst();
    }
}
