package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The route's first stop over the shipped reports: places and years the corpus cannot settle are said so. */
@AppTest
class PlaceScopeIT {

    @Autowired
    PlaceScope scope;

    @Autowired
    QuestionUnderstanding understanding;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            北京市朝阳区受理矛盾纠纷多少件？      | 语料中没有朝阳区的报告。现有报告的地方：
            健龙镇2019年受理矛盾纠纷多少件？      | 报告中没有这一年度的数据：健龙镇
            江北区健龙镇受理矛盾纠纷多少件？      | 不在江北区
            """)
    void should_say_which_place_or_year_has_no_report(String question, String says) {
        Answer a = scope.answer(understanding.understand(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NO_ANSWER);
        assertThat(a.answer()).contains(says);
        assertThat(a.citations()).isEmpty();
    }

    @Test
    void should_pass_on_a_question_whose_places_are_in_the_corpus() {
        assertThat(scope.answer(understanding.understand("璧山健龙镇受理矛盾纠纷多少件？"))).isEmpty();
        assertThat(scope.answer(understanding.understand("各地受理矛盾纠纷多少件？"))).isEmpty();
    }
}
