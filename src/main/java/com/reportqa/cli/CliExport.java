package com.reportqa.cli;

import com.reportqa.answer.Answer;
import com.reportqa.export.Export;
import com.reportqa.export.ExportException;
import com.reportqa.export.ExportFormat;
import com.reportqa.export.ExportService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code ask … --export FILE}: the answers of the command as a file whose extension names the format. */
@Component
class CliExport {

    private final ExportService exports;

    CliExport(ExportService exports) {
        this.exports = exports;
    }

    /** The format of FILE, checked before any question is answered so a typo does not waste a batch. */
    ExportFormat format(String file) {
        try {
            return ExportFormat.fromFileName(file);
        } catch (ExportException e) {
            throw new CliException(e.getMessage());
        }
    }

    /** Writes the file and says where on stderr, one line, so stdout stays the answers. */
    void write(List<Answer> answers, String file, ExportFormat format) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        try {
            Export export = exports.export(answers, format);
            Files.createDirectories(path.getParent());
            Files.write(path, export.bytes());
        } catch (ExportException e) {
            throw new CliException(e.getMessage());
        } catch (IOException e) {
            // the exception's message is only the path again: say what to check instead
            throw new CliException("无法写入导出文件 " + path + "，请检查该位置是否可写、是否与已有目录重名。");
        }
        System.err.println("已将 " + answers.size() + " 个回答导出到 " + path);
    }
}
