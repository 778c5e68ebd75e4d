package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Which reports are there": every report of the scope, newest first, each cited by its title. */
@AppTest
class CatalogAnswererIT {

    @Autowired
    CatalogAnswerer catalog;

    @Autowired
    QuestionUnderstanding understanding;

    @Test
    void should_list_every_report_with_its_title_cited() {
        Answer a = catalog.answer(understanding.understand("有哪些报告？")).orElseThrow();
        assertThat(a.answer()).startsWith("语料中共有 5 份法治政府建设报告");
        assertThat(a.citations()).hasSize(5).allSatisfy(c -> assertThat(c.text()).contains(c.quote()));
        assertThat(a.answer().indexOf("2024年度")).isLessThan(a.answer().indexOf("2023年度"));
    }

    @Test
    void should_list_only_the_year_asked() {
        Answer a = catalog.answer(understanding.understand("有哪些2023年度的报告？")).orElseThrow();
        assertThat(a.answer()).startsWith("语料中共有 2 份2023年度的法治政府建设报告");
        assertThat(a.citations()).hasSize(2);
    }
}
