package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.ingest.ReportIngester;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** General question rules found on the sixth blind question set. */
class Blind6QuestionRulesTest {

    static QuestionParser parser;

    @BeforeAll
    static void corpus() {
        parser = new QuestionParser(new ReportIngester(20 << 20).ingestFolder(Path.of("corpus")).reports());
    }

    /** 哪个镇…多 with a long object in between, and 次数比一比, compare places. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇和健龙镇，哪个镇的法律顾问给干部开的培训讲座多？     | COMPARE
            江口镇和黄溪镇开展法治宣传（宣讲）活动的次数比一比。       | COMPARE
            江口镇和黄溪镇的法治宣传有什么不同？                       | FACT
            """)
    void should_read_these_as_comparisons(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }
}
