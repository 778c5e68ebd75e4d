package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.figures.Figure;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatedPartsTest {

    private static Figure figure(String sentence, String raw, String unit) {
        int at = sentence.indexOf(raw);
        return new Figure(new BigDecimal(raw.replace(unit, "")), unit, null, raw, "", raw, sentence.substring(0,
                at + raw.length()), sentence, "p", "r", false, at, at + raw.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全年行政复议案件4件，其中维持3件、终止1件；行政诉讼案件2件，均胜诉。 | 4件  | 件 | 维持:3,终止:1
            全年执法806件，其中道路交通249件、食药品1件、林业13件，野外用火批评教育13件。 | 806件 | 件 | 道路交通:249,食药品:1,林业:13,野外用火批评教育:13
            全年开展普法活动45场（其中进村宣讲30场、进校园15场）。 | 45场 | 场 | 进村宣讲:30,进校园:15
            """)
    void should_read_the_parts_listed_after_a_figure(String sentence, String raw, String unit, String parts) {
        assertThat(StatedParts.of(figure(sentence, raw, unit)))
                .extracting(p -> p.words() + ":" + p.value().toPlainString())
                .containsExactly(parts.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全年行政复议案件4件，维持3件、终止1件。       | 4件 | 件
            全年行政复议案件4件，其中维持3件。            | 4件 | 件
            全年受理纠纷30件，其中涉及金额50万元、2万元。 | 30件 | 件
            """)
    void should_find_no_parts_unless_several_follow_其中(String sentence, String raw, String unit) {
        assertThat(StatedParts.of(figure(sentence, raw, unit))).isEmpty();
    }

    /** 复议几件、怎么结的; 结果各是怎么处理的: how the cases ended asks the parts; 怎么开展的 does not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            燕子矶街道复议几件、怎么结的，诉讼几件？              | true
            行政复议案件有几件？结果各是怎么处理的？               | true
            复议结果如何？                                         | true
            信访件是如何处理的，几件？                             | true
            普法活动是怎么开展的，一共几场？                       | false
            行政复议案件有几件？                                   | false
            """)
    void should_read_how_cases_ended_as_asking_the_parts(String question, boolean asked) {
        assertThat(StatedParts.ASKED.matcher(question).find()).isEqualTo(asked);
    }
}
