package com.reportqa.api;

import com.reportqa.answer.AnswerFailures;
import com.reportqa.answer.InvalidQuestionException;
import com.reportqa.export.ExportException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns failures into JSON errors with Chinese messages; never a stack trace. */
@RestControllerAdvice(basePackages = "com.reportqa.api")
class ApiErrors {

    private final AnswerFailures failures;

    ApiErrors(AnswerFailures failures) {
        this.failures = failures;
    }

    @ExceptionHandler(InvalidQuestionException.class)
    ResponseEntity<ApiError> invalid(InvalidQuestionException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(ExportException.class)
    ResponseEntity<ApiError> export(ExportException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "请求格式不正确：需要 JSON，例如 {\"question\": \"…\"}。");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "没有这个接口。");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, "文件过大，超过上传大小限制；请压缩或拆分后再上传。");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ApiError> noFile(Exception e) {
        return error(HttpStatus.BAD_REQUEST, "请以 multipart/form-data 上传，文件放在 file 字段中。");
    }

    /** Logged with the question's hash (never its text) and counted; the user gets the Chinese 500 message. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse r && r.getStatusCode().is4xxClientError()) {
            // Spring's own 4xx (wrong method, media type, missing parameter) are the client's mistake, not ours
            return error(HttpStatus.valueOf(r.getStatusCode().value()),
                    "请求不正确（HTTP " + r.getStatusCode().value() + "），请按接口说明发送，例如 POST JSON {\"question\": \"…\"}。");
        }
        failures.record(e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, AnswerFailures.MESSAGE);
    }

    static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        // always JSON, also for a client of the event stream that accepts only text/event-stream
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message));
    }
}
