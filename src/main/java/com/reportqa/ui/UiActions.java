package com.reportqa.ui;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFigure;
import com.reportqa.answer.AnswerService;
import com.reportqa.answer.Citation;
import com.reportqa.answer.Mode;
import com.reportqa.answer.ReportView;
import com.reportqa.export.Export;
import com.reportqa.export.ExportFormat;
import com.reportqa.export.ExportService;
import com.reportqa.ingest.CorpusEditor;
import com.reportqa.security.EditorAccess;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.UIScope;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

/** What an answer offers besides its text: the chart of a comparison, exports, a formatted citation. */
@org.springframework.stereotype.Component
@UIScope
class UiActions {

    private static final List<ExportFormat> FORMATS =
            List.of(ExportFormat.DOCX, ExportFormat.MARKDOWN, ExportFormat.CSV, ExportFormat.JSON);

    private static final Map<ExportFormat, String> LABELS = Map.of(ExportFormat.DOCX, "Word",
            ExportFormat.MARKDOWN, "Markdown", ExportFormat.CSV, "CSV", ExportFormat.JSON, "JSON");

    private final JsonMapper json;
    private final ExportService exports;
    private final AnswerService answers;

    private final CorpusEditor editor;
    private final EditorAccess access;

    /** Vaadin's logout; absent where Vaadin security is not configured. */
    private final ObjectProvider<AuthenticationContext> authentication;

    UiActions(JsonMapper json, ExportService exports, AnswerService answers, CorpusEditor editor,
            EditorAccess access, ObjectProvider<AuthenticationContext> authentication) {
        this.json = json;
        this.exports = exports;
        this.answers = answers;
        this.editor = editor;
        this.access = access;
        this.authentication = authentication;
    }

    /** Who is logged in, with 退出; a 登录 link when accounts exist and nobody is; nothing otherwise. */
    Component account() {
        Div box = new Div();
        box.addClassName("rq-account");
        box.setId("account");
        access.userName().ifPresentOrElse(name -> {
            Span who = new Span(name + (access.isEditor() ? "（编辑）" : ""));
            who.setId("account-name");
            Button logout = new Button("退出", e -> authentication.ifAvailable(AuthenticationContext::logout));
            logout.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            logout.setId("logout");
            box.add(who, logout);
        }, () -> {
            if (access.loginAvailable()) {
                Anchor login = new Anchor("login", "登录");
                login.setRouterIgnore(true);
                login.setId("login-link");
                box.add(login);
            }
        });
        return box;
    }

    /** Whether the current user may add and remove reports. */
    boolean canEdit() {
        return access.isEditor();
    }

    /** For an editor: a 删除 button that asks before removing the report from the corpus and the index. */
    Component deleteButton(ReportView.Summary report, Runnable onDeleted) {
        return ReportDelete.button(editor, access, report, onDeleted);
    }

    /** For an editor: the form that sets a report's title, place, year, issuer and date (sidecar). */
    Component metadataForm(ReportView.Summary report, Runnable onSaved) {
        return ReportMetadata.form(editor, access, report, onSaved);
    }

    /** What "复制引用" copies: the quoted words, then the report as a GB/T 7714 reference and the section. */
    String reference(Citation c) {
        String quote = c.quote() == null || c.quote().isBlank() ? c.text() : c.quote();
        return "“" + quote + "”" + (c.section() == null || c.section().isBlank() ? "" : "（" + c.section() + "）")
                + "\n" + exports.reference(c);
    }

    /** Download links for one answer. */
    List<Component> answerExports(Answer answer) {
        if (answer.mode() == Mode.NO_ANSWER) {
            return List.of();
        }
        Div links = new Div(new Span("导出："));
        links.addClassName("rq-exports");
        for (ExportFormat format : FORMATS) {
            links.add(download(format, () -> List.of(answer)));
        }
        return List.of(links);
    }

    /** Download links for the whole conversation, read when clicked so they include the latest answer. */
    Component conversationExports(Supplier<String> conversationId) {
        Div links = new Div(new Span("导出对话："));
        links.addClassName("rq-exports");
        links.setId("conversation-exports");
        for (ExportFormat format : FORMATS) {
            links.add(download(format, () -> {
                String id = conversationId.get();
                return id == null ? List.of() : answers.conversation(id);
            }));
        }
        return links;
    }

    private Anchor download(ExportFormat format, Supplier<List<Answer>> content) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            List<Answer> list = content.get();
            if (list.isEmpty()) {
                // an empty export is refused by the exporter; say so in the file rather than fail the download
                byte[] note = "还没有可导出的回答，请先提问。".getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(note), "说明.txt", "text/plain; charset=UTF-8",
                        note.length);
            }
            Export file = exports.export(list, format);
            return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.fileName(), file.contentType(),
                    file.bytes().length);
        }), LABELS.get(format));
        link.getElement().setAttribute("download", true);
        link.addClassName("rq-export");
        link.getElement().setAttribute("data-format", format.extension());
        return link;
    }

    /** Upload of a report into the corpus, for editors only. */
    Component upload(Runnable onUploaded) {
        return ReportUpload.create(editor, access, editor.maxFileBytes(), onUploaded);
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
