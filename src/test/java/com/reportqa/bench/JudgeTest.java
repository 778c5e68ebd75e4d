package com.reportqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import com.reportqa.answer.Mode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JudgeTest {

    private static final JsonNode MENTION = JsonMapper.builder().build().readTree("""
            {"id": "x01", "question": "哪几份报告提到了“八五”普法？", "type": "list",
             "doc": ["a.txt", "b.txt"], "expected": ["甲镇", "乙镇"], "evidence": [], "note": ""}""");

    /** A list across reports names every expected place and cites no report beyond them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a.txt b.txt       | true
            a.txt b.txt c.txt | false
            a.txt             | true
            """)
    void should_accept_a_list_across_reports_only_without_extra_reports(String cited, boolean right) {
        List<Citation> citations = java.util.Arrays.stream(cited.split(" "))
                .map(f -> new Citation(1, f, f, "", "", "", 2024, null, null, f + "-p1", "", "", "")).toList();
        Answer a = new Answer(null, "", "甲镇、乙镇、丙镇", Mode.EXTRACTIVE, citations, List.of(), null, null, null);
        assertThat(Judge.reportQa(MENTION, a)).isEqualTo(right);
    }
}
