package com.reportqa.ui;

import com.reportqa.answer.ReportView;
import com.reportqa.ingest.CorpusEditor;
import com.reportqa.ingest.EditResult;
import com.reportqa.security.EditorAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For editors, on a report's page: sets what the text does not reveal (title, place, year, issuer, publication
 * date). Opened by itself while something is 待补充; the values go to the report's sidecar and it is read again.
 */
final class ReportMetadata {

    private ReportMetadata() {
    }

    static Details form(CorpusEditor editor, EditorAccess access, ReportView.Summary r, Runnable onSaved) {
        TextField title = field("标题", r.pending().contains("标题") ? "" : r.title(), "metadata-title");
        TextField place = field("地区", r.pending().contains("地区") ? "" : r.place(), "metadata-place");
        place.setPlaceholder("例如：渠县拱市乡");
        TextField year = field("年度", r.year() == null ? "" : String.valueOf(r.year()), "metadata-year");
        year.setPlaceholder("例如：2024");
        TextField issuer = field("发布机关", r.issuer(), "metadata-issuer");
        TextField date = field("发布日期", r.publishedOn(), "metadata-date");
        date.setPlaceholder("例如：2025-01-31");
        Button save = new Button("保存", e -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("title", title.getValue());
            values.put("place", place.getValue());
            values.put("year", year.getValue());
            values.put("issuer", issuer.getValue());
            values.put("publishedOn", date.getValue());
            EditorEdit.run(access, () -> editor.correct(r.id(), values),
                    new EditResult(false, r.file(), null, "没有编辑权限，未作修改。"), "metadata-result", onSaved);
        });
        save.setId("metadata-save");
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        Div fields = new Div(title, place, year, issuer, date, save);
        fields.addClassName("rq-metadata");
        Details details = new Details(r.pending().isEmpty() ? "修改报告信息" : "补充报告信息（" + String.join("、",
                r.pending()) + "待补充）", fields);
        details.setId("metadata-form");
        details.setOpened(!r.pending().isEmpty());
        return details;
    }

    private static TextField field(String label, String value, String id) {
        TextField f = new TextField(label);
        f.setValue(value == null ? "" : value);
        f.setId(id);
        f.setClearButtonVisible(true);
        return f;
    }
}
