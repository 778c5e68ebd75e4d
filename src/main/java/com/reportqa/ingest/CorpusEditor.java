package com.reportqa.ingest;

import com.reportqa.divisions.Divisions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Adds and removes reports while the app runs: the one public face of corpus editing, called by the UI,
 * the REST API and the command line. Who may call it is decided by the caller's web security (role
 * {@code EDITOR}); this class only guarantees that an upload either becomes a report, with its file in the
 * corpus folder and its paragraphs in the index, or changes nothing. Edits run one at a time.
 */
@Service
public class CorpusEditor {

    private static final Logger log = LoggerFactory.getLogger(CorpusEditor.class);

    private final Corpus corpus;
    private final ReportIngester ingester;

    CorpusEditor(Corpus corpus, Divisions divisions) {
        this.corpus = corpus;
        this.ingester = new ReportIngester(corpus.maxFileBytes(), divisions);
    }

    /** The largest report file accepted, in bytes. */
    public long maxFileBytes() {
        return corpus.maxFileBytes();
    }

    /** Reads at most the size limit (plus one byte to notice more) from {@code content}, then as bytes. */
    public EditResult upload(String fileName, InputStream content) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, corpus.maxFileBytes() + 1));
            return upload(fileName, bytes);
        } catch (IOException e) {
            log.warn("Upload of {} could not be read: {}", fileName, e.toString());
            return EditResult.refused(FileNames.sanitize(fileName), "上传中断，文件未能完整接收，请重新上传");
        }
    }

    /**
     * Checks the file by its content (type, size, zip bombs, text, report structure, duplicates), writes it
     * into the corpus folder under a cleaned, unused name, then indexes it.
     */
    public synchronized EditResult upload(String fileName, byte[] bytes) {
        String name = FileNames.sanitize(fileName);
        Report report;
        try {
            report = ingester.ingest(name, bytes, new Properties());
        } catch (UnreadableFileException e) {
            log.info("Refused upload {} ({} bytes): {}", name, bytes.length, e.getMessage());
            return EditResult.refused(name, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            log.error("Refused upload {} after an unexpected error", name, e);
            return EditResult.refused(name, "读取文件时发生意外错误，未作任何修改");
        }
        var existing = corpus.report(report.id());
        if (existing.isPresent()) {
            return EditResult.refused(name, "与已有报告 " + existing.get().file() + " 内容相同，未重复添加");
        }
        Path target;
        try {
            target = write(name, bytes);
        } catch (IOException e) {
            log.error("Could not write upload {} into {}: {}", name, corpus.dir(), e.toString());
            return EditResult.refused(name, "无法写入语料目录，未作任何修改；请检查服务器磁盘空间和目录权限");
        }
        String file = target.getFileName().toString();
        Report stored = new Report(report.id(), file, report.format(), report.title(), report.issuer(),
                report.place(), report.year(), report.publishedOn(), report.url(), report.paragraphs());
        try {
            corpus.put(stored);
        } catch (RuntimeException e) {
            // the file is valid and stays: the index catches up from the corpus folder at the next start
            log.error("Stored {} as report {} but could not index it", file, report.id(), e);
            return new EditResult(true, file, stored, "报告已保存，但索引暂未更新；重启服务后即可检索");
        }
        log.info("Added report {} from upload {} as {}", report.id(), fileName, file);
        return new EditResult(true, file, stored, "已添加：" + stored.label() + "（" + stored.paragraphs().size() + " 个段落）");
    }

    /** Deletes the report's file and sidecar from the corpus folder, then the report from the index. */
    public synchronized EditResult delete(String reportId) {
        var found = corpus.report(reportId);
        if (found.isEmpty()) {
            return EditResult.refused(null, "没有编号为 " + reportId + " 的报告");
        }
        Report report = found.get();
        Path file = corpus.dir().resolve(report.file());
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(report.file() + ReportIngester.SIDECAR_SUFFIX));
        } catch (IOException e) {
            log.error("Could not delete {} of report {}: {}", file, reportId, e.toString());
            return EditResult.refused(report.file(), "无法删除报告文件，未作任何修改；请检查目录权限");
        }
        corpus.remove(reportId);
        log.info("Deleted report {} ({})", reportId, report.file());
        return new EditResult(true, report.file(), report, "已删除：" + report.label() + "（" + report.file() + "）");
    }

    /**
     * Sets metadata the text does not reveal (title, place, year, issuer, publishedOn) in the report's sidecar
     * {@code NAME.properties} and re-reads the report at once. Blank values are left out; a value that cannot be
     * read (a year that is no year) refuses the whole change.
     */
    public synchronized EditResult correct(String reportId, Map<String, String> fields) {
        var found = corpus.report(reportId);
        if (found.isEmpty()) {
            return EditResult.refused(null, "没有编号为 " + reportId + " 的报告");
        }
        Report report = found.get();
        String year = fields.get(Sidecar.YEAR);
        if (year != null && !year.isBlank() && !year.strip().matches("(19|20)\\d{2}(年度?)?")) {
            return EditResult.refused(report.file(), "年度应写成四位数字，例如 2024");
        }
        String date = fields.get(Sidecar.PUBLISHED_ON);
        if (date != null && !date.isBlank() && !date.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return EditResult.refused(report.file(), "发布日期应写成 2025-01-31 的形式");
        }
        Path file = corpus.dir().resolve(report.file());
        Path sidecarFile = file.resolveSibling(report.file() + ReportIngester.SIDECAR_SUFFIX);
        Properties sidecar = ReportIngester.readSidecar(file);
        fields.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                sidecar.setProperty(k, v.strip());
            }
        });
        Report updated;
        try (var out = Files.newBufferedWriter(sidecarFile, StandardCharsets.UTF_8)) {
            sidecar.store(out, "report-qa: metadata set by an editor");
            updated = ingester.ingest(report.file(), Files.readAllBytes(file), sidecar);
        } catch (IOException | UnreadableFileException e) {
            log.error("Could not update the metadata of report {} ({}): {}", reportId, report.file(), e.toString());
            return EditResult.refused(report.file(), "无法写入或重新读取报告文件，未作任何修改；请检查目录权限");
        }
        corpus.put(updated);
        log.info("Metadata of report {} ({}) set: {}", reportId, report.file(), fields.keySet());
        String pending = updated.pending().isEmpty() ? "" : "；仍待补充：" + String.join("、", updated.pending());
        return new EditResult(true, report.file(), updated, "已更新：" + updated.label() + pending);
    }

    /** Reads the corpus folder again (files added or removed by hand) and brings the index up to date. */
    public synchronized IngestResult reindex() {
        return corpus.reload();
    }

    /**
     * Temp file in the same folder, flushed to disk, then published under its final name in one step: a
     * crash leaves either no report file or the whole file, and the hidden temp name is never read as a
     * report. A hard link fails instead of replacing, so a file dropped in meanwhile is never overwritten
     * (a rename would replace it silently on Linux).
     */
    private Path write(String name, byte[] bytes) throws IOException {
        Path dir = corpus.dir();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".upload-", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            for (int attempt = 0; ; attempt++) {
                Path target = FileNames.unusedTarget(dir, name);
                try {
                    Files.createLink(target, temp);
                    return target;
                } catch (FileAlreadyExistsException raced) {
                    if (attempt > 100) {
                        throw raced;
                    }
                } catch (UnsupportedOperationException noHardLinks) {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    return target;
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
