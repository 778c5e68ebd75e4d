package com.reportqa.ui;

import com.reportqa.answer.AnswerFigure;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The ECharts option for one figure compared across places: a bar per place, labelled as the report states it. */
final class ChartOption {

    /** One bar: the place (with its year when years differ), the value and the text the report uses. */
    record Bar(String label, BigDecimal value, String raw) {
    }

    private ChartOption() {
    }

    static List<Bar> bars(List<AnswerFigure> figures) {
        boolean yearsDiffer = figures.stream().map(AnswerFigure::year).distinct().count() > 1;
        return figures.stream()
                .map(f -> new Bar(f.place() + (yearsDiffer && f.year() != null ? " " + f.year() + "年" : ""), f.value(),
                        f.raw()))
                .toList();
    }

    static String bars(JsonMapper json, String title, String unit, List<Bar> bars) {
        ObjectNode option = json.createObjectNode();
        option.putObject("title").put("text", title).put("left", "center")
                .putObject("textStyle").put("fontSize", 14);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 60).put("right", 20).put("bottom", 60).put("top", 50);
        ArrayNode categories = option.putObject("xAxis").put("type", "category")
                .putArray("data");
        ObjectNode yAxis = option.putObject("yAxis").put("type", "value");
        if (unit != null && !unit.isBlank()) {
            yAxis.put("name", unit);
        }
        ObjectNode series = option.putArray("series").addObject().put("type", "bar").put("barMaxWidth", 48);
        series.putObject("itemStyle").put("color", "#b22222");
        ArrayNode data = series.putArray("data");
        for (Bar bar : bars) {
            categories.add(bar.label());
            data.addObject().put("value", bar.value()).put("name", bar.raw());
        }
        series.putObject("label").put("show", true).put("position", "top").put("formatter", "{b}");
        return json.writeValueAsString(option);
    }
}
