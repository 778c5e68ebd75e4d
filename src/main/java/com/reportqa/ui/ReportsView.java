package com.reportqa.ui;

import com.reportqa.answer.AnswerService;
import com.reportqa.answer.ReportView;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The corpus as a grid: filter by place, year and text; a row opens its report. */
@Route("reports")
@PageTitle("报告 · 法治报告问答")
class ReportsView extends Div {

    private static final String ALL_YEARS = "全部年度";

    private final AnswerService answers;
    private final UiActions actions;
    private final H2 heading = new H2();
    private List<ReportView.Summary> all;
    private final Grid<ReportView.Summary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final Select<String> year = new Select<>();

    ReportsView(AnswerService answers, UiActions actions) {
        addClassName("rq-view");
        this.answers = answers;
        this.actions = actions;
        all = answers.reports();
        text.setPlaceholder("按地方、标题或发布机关筛选");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("report-filter");
        text.addValueChangeListener(e -> filter());
        List<String> years = new ArrayList<>(List.of(ALL_YEARS));
        all.stream().map(ReportView.Summary::yearLabel).distinct().sorted(Comparator.reverseOrder())
                .forEach(years::add);
        year.setItems(years);
        year.setValue(ALL_YEARS);
        year.addValueChangeListener(e -> filter());

        grid.addColumn(ReportView.Summary::place).setHeader("地方").setWidth("12em").setFlexGrow(1).setSortable(true);
        grid.addColumn(r -> r.year() == null ? r.yearLabel() : r.year()).setHeader("年度").setWidth("6em").setFlexGrow(0).setSortable(true);
        grid.addColumn(ReportView.Summary::title).setHeader("标题").setWidth("20em").setFlexGrow(3);
        grid.addColumn(r -> r.publishedOn() == null ? "—" : r.publishedOn()).setHeader("发布日期").setWidth("8em")
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(ReportView.Summary::paragraphs).setHeader("段落").setWidth("5em").setFlexGrow(0);
        grid.addColumn(ReportView.Summary::figures).setHeader("数字").setWidth("5em").setFlexGrow(0);
        if (actions.canEdit()) {
            grid.addComponentColumn(r -> actions.deleteButton(r, this::refresh)).setHeader("").setWidth("6em")
                    .setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setId("reports-grid");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("reports/" + e.getItem().id())));
        grid.setAllRowsVisible(true);
        filter();

        Div filters = new Div(text, year);
        filters.addClassName("rq-filters");
        heading.setText(headingText());
        Div body = new Div(heading, filters, grid, actions.upload(this::refresh));
        body.addClassName("rq-page");
        add(Header.create(actions.account()), body);
    }

    /** After an upload: the new report is in the grid at once. */
    private void refresh() {
        all = answers.reports();
        heading.setText(headingText());
        filter();
    }

    /** The count, and how many reports still have 待补充 metadata that an editor can set on their pages. */
    private String headingText() {
        long pending = all.stream().filter(r -> !r.pending().isEmpty()).count();
        return "已收录的报告（" + all.size() + " 份）" + (pending == 0 ? "" : "，其中 " + pending + " 份有待补充的信息");
    }

    private void filter() {
        String needle = text.getValue() == null ? "" : text.getValue().strip().toLowerCase(Locale.ROOT);
        String y = year.getValue();
        grid.setItems(all.stream()
                .filter(r -> needle.isEmpty() || (r.place() + r.title() + (r.issuer() == null ? "" : r.issuer()))
                        .toLowerCase(Locale.ROOT).contains(needle))
                .filter(r -> y == null || ALL_YEARS.equals(y) || y.equals(r.yearLabel()))
                .toList());
    }
}
