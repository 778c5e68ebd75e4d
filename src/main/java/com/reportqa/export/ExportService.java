package com.reportqa.export;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one public face of exporting, called by the REST API and the CLI: one answer or a whole conversation as
 * Word, Markdown, CSV or JSON, with every cited paragraph and a GB/T 7714 reference list. The access date of
 * the references is the export date, from the application's clock.
 */
@Service
public class ExportService {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;
    private final JsonWriter json;

    public ExportService(Clock clock, JsonMapper json) {
        this.clock = clock;
        this.json = new JsonWriter(json);
    }

    public Export export(List<Answer> answers, ExportFormat format) {
        if (answers == null || answers.isEmpty()) {
            throw new ExportException("没有可导出的回答，请先提问。");
        }
        ExportContent content = ExportContent.of(answers, clock);
        byte[] bytes = switch (format) {
            case DOCX -> new DocxWriter().write(content);
            case MARKDOWN -> new MarkdownWriter().write(content);
            case CSV -> new CsvWriter().write(content);
            case JSON -> json.write(content);
        };
        String fileName = "法治报告问答-引用导出-" + content.exportedAt().format(FILE_TIME) + "." + format.extension();
        return new Export(bytes, fileName, format.contentType());
    }

    /** One cited report as a GB/T 7714 reference, accessed today (for "复制引用"). */
    public String reference(Citation citation) {
        return GbtReference.of(citation).format(LocalDate.now(clock));
    }

    /** Answers posted for export: a JSON array of answers, or an object with {@code answers} (a JSON export). */
    public List<Answer> readAnswers(String body) {
        return json.read(body);
    }
}
