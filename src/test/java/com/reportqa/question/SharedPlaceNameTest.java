package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Two counties each with a 江口镇: the name alone must not merge them; naming the county picks one. */
class SharedPlaceNameTest {

    static final QuestionParser parser = TestCorpora.ofPlaces("云阳县江口镇", "奉节县江口镇", "奉节县竹园镇");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "江口镇2024年受理了多少件矛盾纠纷？|云阳县江口镇、奉节县江口镇",
        "江口2024年受理了多少件矛盾纠纷？|云阳县江口镇、奉节县江口镇"})
    void should_list_every_place_of_a_shared_name(String question, String places) {
        assertThat(String.join("、", parser.parse(question).ambiguous())).isEqualTo(places);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "云阳县江口镇2024年受理了多少件矛盾纠纷？|云阳县",
        "云阳江口镇受理了多少件矛盾纠纷？|云阳县",
        "奉节县的江口镇受理了多少件矛盾纠纷？|奉节县",
        "竹园镇受理了多少件矛盾纠纷？|奉节县"})
    void should_pick_the_place_of_the_named_county(String question, String county) {
        Question q = parser.parse(question);
        assertThat(q.ambiguous()).isEmpty();
        assertThat(q.scope()).extracting(r -> r.place().county()).containsExactly(county);
    }
}
