package com.reportqa.api;

import com.reportqa.ingest.CorpusEditor;
import com.reportqa.ingest.EditResult;
import com.reportqa.ingest.IngestResult;
import com.reportqa.ingest.Report;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Corpus editing for editors (see {@link ApiSecurity}): upload, delete, re-index. */
@RestController
@RequestMapping("/api/reports")
class CorpusController {

    private final CorpusEditor editor;

    CorpusController(CorpusEditor editor) {
        this.editor = editor;
    }

    /** A report added or removed: the file in the corpus folder, a Chinese message, the report. */
    record Edit(String file, String message, ReportRef report) {
    }

    record ReportRef(String id, String file, String title, String place, int year, int paragraphs,
            List<String> pending) {
        static ReportRef of(Report r) {
            return r == null ? null
                    : new ReportRef(r.id(), r.file(), r.titleOrPending(), r.place().displayOrPending(), r.year(),
                            r.paragraphs().size(), r.pending());
        }
    }

    record Reindexed(int reports, int paragraphs, List<Skipped> skipped, String message) {
    }

    record Skipped(String file, String reason) {
    }

    @PostMapping
    ResponseEntity<?> upload(@RequestParam("file") MultipartFile file) throws IOException {
        EditResult result;
        try (var in = file.getInputStream()) {
            result = editor.upload(file.getOriginalFilename(), in);
        }
        if (!result.ok()) {
            return ApiErrors.error(HttpStatus.BAD_REQUEST, result.message());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(edit(result));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<?> delete(@PathVariable String id) {
        EditResult result = editor.delete(id);
        if (result.ok()) {
            return ResponseEntity.ok(edit(result));
        }
        return ApiErrors.error(result.file() == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR,
                result.message());
    }

    /** What an editor sets where the text does not say it; blank or absent fields stay as they are. */
    record Metadata(String title, String place, String year, String issuer, String publishedOn) {
    }

    @PutMapping("/{id}/metadata")
    ResponseEntity<?> correct(@PathVariable String id, @RequestBody Metadata m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", m.title());
        fields.put("place", m.place());
        fields.put("year", m.year());
        fields.put("issuer", m.issuer());
        fields.put("publishedOn", m.publishedOn());
        EditResult result = editor.correct(id, fields);
        if (result.ok()) {
            return ResponseEntity.ok(edit(result));
        }
        return ApiErrors.error(result.file() == null ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, result.message());
    }

    @PostMapping("/reindex")
    Reindexed reindex() {
        IngestResult result = editor.reindex();
        return new Reindexed(result.reports().size(), result.reports().stream().mapToInt(r -> r.paragraphs().size()).sum(),
                result.skipped().stream().map(s -> new Skipped(s.file(), s.reason())).toList(), result.summary());
    }

    private static Edit edit(EditResult result) {
        return new Edit(result.file(), result.message(), ReportRef.of(result.report()));
    }
}
