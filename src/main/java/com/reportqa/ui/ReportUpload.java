package com.reportqa.ui;

import com.reportqa.ingest.CorpusEditor;
import com.reportqa.ingest.EditResult;
import com.reportqa.security.EditorAccess;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.List;

/**
 * Adding a report from the browser, for editors: the file goes into the corpus folder first, then into the
 * index, and is answerable right away; a refused file gets its Chinese reason and changes nothing.
 */
final class ReportUpload {

    private ReportUpload() {
    }

    /** The upload box for an editor, a login hint for others, nothing when nobody may edit over HTTP. */
    static Div create(CorpusEditor editor, EditorAccess access, long maxBytes, Runnable onUploaded) {
        Div box = new Div();
        box.addClassName("rq-upload");
        if (!access.editingEnabled()) {
            return box;
        }
        box.add(new H3("上传报告"));
        if (!access.isEditor()) {
            Anchor login = new Anchor("login", "登录");
            login.setRouterIgnore(true);
            box.add(new Paragraph(new Span("上传、删除报告需要编辑账号，请先"), login, new Span("。")));
            return box;
        }
        Div result = new Div();
        result.setId("upload-result");
        result.addClassName("rq-upload-result");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            // checked again here: the upload request is its own HTTP request
            EditResult r = access.isEditor() ? editor.upload(metadata.fileName(), bytes)
                    : new EditResult(false, metadata.fileName(), null, "没有编辑权限，文件未保存。");
            ui.access(() -> {
                show(result, r);
                if (r.ok()) {
                    onUploaded.run();
                }
            });
        }));
        upload.setId("report-upload");
        upload.setAcceptedFileTypes(".txt", ".html", ".htm", ".docx", ".pdf");
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(1);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> result.setText("文件未上传：" + e.getErrorMessage()));
        box.add(new Paragraph("支持 txt、html、docx、pdf（UTF-8 或 GBK），单个文件不超过 "
                + maxBytes / (1024 * 1024) + " MB。上传后立即建立索引，可直接提问。"), upload, result);
        return box;
    }

    private static void show(Div result, EditResult r) {
        result.removeAll();
        result.getElement().setAttribute("data-ok", String.valueOf(r.ok()));
        if (!r.ok()) {
            result.setText("未收录 " + r.file() + "：" + r.message());
            return;
        }
        Anchor open = new Anchor("reports/" + r.report().id(), r.report().titleOrPending());
        result.add(new Span(r.message() + " "), open);
    }

    private static UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("把报告文件拖到这里").setMany("把报告文件拖到这里"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig("文件过大").setIncorrectFileType("只支持 txt、html、docx、pdf 文件")
                .setTooManyFiles("一次只能上传一个文件"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setProcessing("正在检查和建立索引…")
                        .setHeld("排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余 ").setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("服务器暂时不可用")
                        .setUnexpectedServerError("服务器出错").setForbidden("没有权限")));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "KB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
