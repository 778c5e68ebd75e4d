package com.reportqa.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFigure;
import com.reportqa.answer.Citation;
import com.reportqa.answer.Mode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The eval judge's sameness of a gold figure and an answer's figure: equal amounts in the units authors write. */
class GoldFigureTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode gold(String value, String unit) {
        return json.readTree("{\"value\": " + value + ", \"unit\": \"" + unit + "\", \"qualifier\": null}");
    }

    private static AnswerFigure figure(String value, String unit, String metric) {
        return new AnswerFigure(new BigDecimal(value), unit, null, value + unit, metric, "重庆市璧山区健龙镇", 2024, 1);
    }

    @ParameterizedTest(name = "{0}{1} = {2}{3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            30   | 分钟   | 0.5  | 小时     | true
            1    | 小时   | 60   | 分钟     | true
            30   | 分钟   | 30   | 小时     | false
            9    | 名     | 9    | 人       | true
            9    | 人     | 9    | 件       | false
            3    | 工作日 | 3    | 个工作日 | true
            3275 | 元/起  | 3275 | 元       | true
            3275 | 元/起  | 3275 | 起       | false
            7    | 个方面 | 7    | 方面     | true
            180  | 万元   | 1800000 | 元    | true
            3.86 | 万元   | 38600 | 元      | true
            38600 | 元    | 3.86 | 万元     | true
            3.86 | 万元   | 3.86 | 元       | false
            3.86 | 万元   | 38600 | 件      | false
            10   | 万人次 | 100000 | 人次   | true
            12   | 件     | 12    | 起       | true
            20.7 | 件/人  | 20.7  | 起/人    | true
            20.7 | 件/人  | 20.7  | 起/名    | true
            40   | 人次/场 | 40   | 名/场    | false
            """)
    void should_judge_amounts_in_either_unit(String value, String unit, String answered, String answeredUnit,
            boolean same) {
        assertThat(GoldFigure.matches(gold(value, unit), figure(answered, answeredUnit, "x"))).isEqualTo(same);
    }

    /** A rate the answer works out agrees with the gold to the fewer decimals either writes, at least one. */
    @ParameterizedTest(name = "{0} ~ {1} computed {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            99.07 | 99.1  | true  | true
            7.14  | 7.1   | true  | true
            99.6  | 99.6  | true  | true
            99.07 | 99.1  | false | false
            100   | 99.6  | true  | false
            99    | 99.6  | true  | false
            5.41  | 5.5   | true  | false
            """)
    void should_take_a_worked_out_rate_at_its_own_precision(String value, String answered, boolean computed,
            boolean same) {
        AnswerFigure f = new AnswerFigure(new BigDecimal(answered), "%", null, answered + "%", "x", "重庆市璧山区健龙镇",
                2024, 1, computed);
        assertThat(GoldFigure.matches(gold(value, "%"), f)).isEqualTo(same);
    }

    /** A gold marked 计算得出 is met by a figure the answer works out, and only by one. */
    @ParameterizedTest(name = "{0} computed {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            计算得出 | true  | true
            计算得出 | false | false
            推算     | true  | true
            """)
    void should_take_a_gold_marked_computed_as_a_worked_out_figure(String qualifier, boolean computed, boolean same) {
        JsonNode g = json.readTree("{\"value\": 7.14, \"unit\": \"%\", \"qualifier\": \"" + qualifier + "\"}");
        AnswerFigure f = new AnswerFigure(new BigDecimal("7.1"), "%", null, "7.1%", "x", "重庆市璧山区健龙镇", 2024, 1,
                computed);
        assertThat(GoldFigure.matches(g, f)).isEqualTo(same);
    }

    /** Five steps counted off a list, no number written: 项 or 道 is the same count, when the answer counted it. */
    @ParameterizedTest(name = "{0} ~ {1} computed {2}")
    @CsvSource(delimiter = '|', textBlock = """
            项 | 道 | true  | true
            个 | 类 | true  | true
            项 | 道 | false | false
            项 | 件 | true  | false
            """)
    void should_take_items_counted_off_a_list_in_any_measure_word(String unit, String answered, boolean computed,
            boolean same) {
        JsonNode g = json.readTree("{\"value\": 5, \"unit\": \"" + unit + "\", \"qualifier\": null}");
        AnswerFigure f = new AnswerFigure(new BigDecimal("5"), answered, null, "5" + answered, "x", "重庆市璧山区健龙镇",
                2024, 1, computed);
        assertThat(GoldFigure.matches(g, f)).isEqualTo(same);
    }

    /** 48村(社区): the gold's raw text says the unit, whatever unit its author wrote (个, 村(社区)). */
    @ParameterizedTest(name = "{0} {1} ~ {2}")
    @CsvSource(delimiter = '|', textBlock = """
            个       | 48村(社区)  | 村 | true
            村(社区) | 48村(社区)  | 村 | true
            个       | 48个村      | 村 | false
            """)
    void should_read_the_unit_of_the_gold_raw_text(String unit, String raw, String answeredUnit, boolean same) {
        JsonNode g = json.readTree("{\"value\": 48, \"unit\": \"" + unit + "\", \"qualifier\": null, \"raw\": \""
                + raw + "\"}");
        assertThat(GoldFigure.matches(g, figure("48", answeredUnit, "x"))).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇·信访     | 信访化解率     | true
            健龙镇·信访     | 矛盾纠纷化解率 | false
            健龙镇          | 信访化解率     | true
            江口镇·信访     | 信访化解率     | false
            信访            | 信访化解率     | true
            信访            | 矛盾纠纷化解率 | false
            """)
    void should_read_a_measure_after_the_dot(String entity, String metric, boolean same) {
        JsonNode e = json.readTree("{\"entity\": \"" + entity + "\"}");
        AnswerFigure f = figure("100", "%", metric);
        Answer a = new Answer(null, "q", "a", Mode.NUMERIC, List.<Citation>of(), List.of(f), null, null, null);
        assertThat(GoldFigure.sameEntity(e, a, f)).isEqualTo(same);
    }

    /** 临泽县司法局: the organ that issued a county's report names the county; 司法局 of no place names none. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            临泽县司法局   | true
            临泽县人民政府 | true
            临泽县         | true
            沙河镇司法所   | false
            """)
    void should_read_an_issuing_organ_as_its_county(String entity, boolean same) {
        JsonNode e = json.readTree("{\"entity\": \"" + entity + "\"}");
        AnswerFigure f = new AnswerFigure(new BigDecimal("9.1"), "%", null, "9.1%", "纠错率",
                "甘肃省张掖市临泽县", 2024, 1);
        Answer a = new Answer(null, "q", "a", Mode.NUMERIC, List.<Citation>of(), List.of(f), null, null, null);
        assertThat(GoldFigure.sameEntity(e, a, f)).isEqualTo(same);
    }

    /** A gold entity written with a prefix (长葛增福镇) names the place shown in full or as 增福镇（长葛市）. */
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            长葛增福镇 | 河南省许昌市长葛市增福镇            | true
            长葛增福镇 | — 增福镇（长葛市） 2024 未报告        | true
            长葛增福镇 | 重庆市涪陵区增福镇                  | false
            增福镇     | 增福镇（涪陵区）                    | true
            健龙镇     | 重庆市璧山区黄溪镇                  | false
            """)
    void should_see_an_entity_named_with_a_prefix(String entity, String text, boolean names) {
        assertThat(GoldFigure.names(text, entity)).isEqualTo(names);
    }
}
