package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.lexicon.Synonyms;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number followed by its noun counts that noun, not another participant named earlier in the clause. */
class CountedNounTest {

    private final MetricText text = new MetricText(new Synonyms());

    @ParameterizedTest(name = "{3} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            邀请法律顾问为全镇领导干部、行政执法人员及55名基层法律明白人开展专题讲座2次 | 55名  | 基层法律明白人开展专题讲座 | 法律顾问               | 0.6
            邀请法律顾问为全镇领导干部、行政执法人员及55名基层法律明白人开展专题讲座2次 | 55名  | 基层法律明白人开展专题讲座 | 法律明白人             | 1.0
            全区共40名党政主要负责人参与                                                 | 40名  | 党政主要负责人参与         | 党政主要负责人参加述法 | 1.0
            为119名人员重新核发执法资格证                                                 | 119名 | 人员重新核发执法资格证     | 重新发执法证           | 1.0
            组建一支19名专业律师组成的法律顾问专家库                                     | 19名  | 专业律师组成的法律顾问专家库 | 法律顾问             | 1.0
            """)
    void should_tell_what_a_number_followed_by_its_noun_counts(String clause, String raw, String metric, String ask,
            double factor) {
        Figure f = new Figure(BigDecimal.ONE, "名", null, raw, metric, clause, clause, clause, "p", "r", false, 0, 2);
        assertThat(text.countedNoun(text.weightedBigrams(ask), text.bigrams(metric), text.rawBigrams(metric), f))
                .isEqualTo(factor);
    }

    /** 矛盾纠纷受理数 is not answered by 受理来信来访: only the verb is shared, the object is another. */
    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            受理来信来访       | 矛盾纠纷受理 | 0.6
            受理各类矛盾纠纷   | 矛盾纠纷受理 | 1.0
            化解               | 矛盾纠纷化解 | 1.0
            制定规范性文件     | 制定规范性文件 | 1.0
            """)
    void should_tell_another_object_of_the_same_verb(String metric, String ask, double factor) {
        assertThat(MetricText.otherObject(text.weightedBigrams(ask), text.bigrams(metric))).isEqualTo(factor);
    }
}
