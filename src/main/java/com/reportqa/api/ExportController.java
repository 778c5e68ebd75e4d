package com.reportqa.api;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerService;
import com.reportqa.export.Export;
import com.reportqa.export.ExportException;
import com.reportqa.export.ExportFormat;
import com.reportqa.export.ExportService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** A conversation, or answers posted as JSON, as a Word, Markdown, CSV or JSON download. */
@RestController
@RequestMapping("/api")
class ExportController {

    private final AnswerService answers;
    private final ExportService exports;

    ExportController(AnswerService answers, ExportService exports) {
        this.answers = answers;
        this.exports = exports;
    }

    // parameters are optional here so that a missing one gets the Chinese 400 instead of Spring's own error
    @GetMapping("/export")
    ResponseEntity<byte[]> conversation(@RequestParam(required = false) String conversationId,
            @RequestParam(required = false) String format) {
        ExportFormat exportFormat = ExportFormat.fromParam(format);
        if (conversationId == null || conversationId.isBlank()) {
            throw new ExportException("请指定要导出的会话：conversationId（见 /api/ask 的回答）。");
        }
        List<Answer> conversation = answers.conversation(conversationId.strip());
        if (conversation.isEmpty()) {
            throw new NotFoundException("没有找到这个会话的回答（会话可能已过期），请先提问再导出。");
        }
        return download(exports.export(conversation, exportFormat));
    }

    @PostMapping("/export")
    ResponseEntity<byte[]> posted(@RequestParam(required = false) String format,
            @RequestBody(required = false) String body) {
        ExportFormat exportFormat = ExportFormat.fromParam(format);
        return download(exports.export(exports.readAnswers(body), exportFormat));
    }

    private static ResponseEntity<byte[]> download(Export export) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(export.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(export.fileName()))
                .body(export.bytes());
    }

    /**
     * {@code attachment} with the Chinese name as RFC 5987 {@code filename*}, which browsers prefer, and an
     * ASCII {@code filename} for clients that only read that one.
     */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "").replaceAll("^[-._]+", "");
        return "attachment; filename=\"report-qa-export-" + ascii + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
}
