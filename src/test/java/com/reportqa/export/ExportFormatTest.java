package com.reportqa.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFormatTest {

    @ParameterizedTest
    @CsvSource({"回答.docx, DOCX", "out/问答.MD, MARKDOWN", "a.markdown, MARKDOWN", "/tmp/x.y/引用.csv, CSV",
        "C:\\导出\\a.json, JSON"})
    void should_take_the_format_from_the_extension(String file, ExportFormat expected) {
        assertThat(ExportFormat.fromFileName(file)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"回答", "回答.", "a.pdf", "dir.docx/回答", "a.doc"})
    void should_refuse_other_file_names_in_chinese(String file) {
        assertThatThrownBy(() -> ExportFormat.fromFileName(file)).isInstanceOf(ExportException.class)
                .hasMessageContaining(".docx");
    }

    @ParameterizedTest
    @CsvSource({"docx, DOCX", "md, MARKDOWN", "Markdown, MARKDOWN", "csv, CSV", " json , JSON"})
    void should_read_the_format_parameter(String param, ExportFormat expected) {
        assertThat(ExportFormat.fromParam(param)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "xlsx", "pdf"})
    void should_refuse_unknown_parameters_in_chinese(String param) {
        assertThatThrownBy(() -> ExportFormat.fromParam(param)).isInstanceOf(ExportException.class)
                .hasMessageContaining("导出格式");
    }
}
