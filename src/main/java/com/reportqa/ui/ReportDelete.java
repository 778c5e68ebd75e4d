package com.reportqa.ui;

import com.reportqa.answer.ReportView;
import com.reportqa.ingest.CorpusEditor;
import com.reportqa.ingest.EditResult;
import com.reportqa.security.EditorAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Removing a report from the browser, for editors: asked first, because the file leaves the corpus folder and
 * cannot be brought back from here; the outcome, or why nothing changed, is shown in Chinese.
 */
final class ReportDelete {

    private ReportDelete() {
    }

    static Button button(CorpusEditor editor, EditorAccess access, ReportView.Summary report, Runnable onDeleted) {
        Button delete = new Button("删除", e -> confirm(editor, access, report, onDeleted));
        delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        delete.addClassName("rq-delete");
        delete.getElement().setAttribute("aria-label", "删除 " + report.title());
        // the row itself opens the report: a click on its delete button must not do that as well
        delete.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
        return delete;
    }

    private static void confirm(CorpusEditor editor, EditorAccess access, ReportView.Summary report,
            Runnable onDeleted) {
        Dialog dialog = new Dialog();
        dialog.setId("delete-dialog");
        dialog.setHeaderTitle("删除这份报告？");
        dialog.add(new Paragraph(report.place() + " " + report.yearLabel() + "：" + report.title()),
                new Paragraph("文件 " + report.file() + " 将从语料目录删除，并从索引中移除；此操作不能在这里撤销。"));
        Button yes = new Button("删除", e -> {
            dialog.close();
            EditorEdit.run(access, () -> editor.delete(report.id()),
                    new EditResult(false, report.file(), null, "没有编辑权限，报告未删除。"), "delete-result", onDeleted);
        });
        yes.setId("delete-confirm");
        yes.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        Button no = new Button("取消", e -> dialog.close());
        dialog.getFooter().add(no, yes);
        dialog.open();
    }
}
