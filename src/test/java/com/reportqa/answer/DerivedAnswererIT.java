package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shares and averages over the shipped reports, in several wordings: worked out from two figures of one sentence,
 * marked computed, that sentence cited; nothing when no sentence holds both.
 */
@AppTest
class DerivedAnswererIT {

    @Autowired
    DerivedAnswerer derived;

    @Autowired
    QuestionUnderstanding understanding;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇去年新增的市场主体里，企业占了多大比例？             | 40    | %  | 新增市场主体1005个
            江口镇新增市场主体中个体占比多少？                         | 60    | %  | 个体603个
            江口镇新增的市场主体当中企业所占比例是多少？               | 40    | %  | 其中企业402个
            洪口镇2023年新培养的法律明白人占累计培养总数的比例是多少？ | 25    | %  | 累计培养72名
            健龙镇化解的矛盾纠纷占受理的比例是多少？                   | 99.6  | %  | 化解223件
            江口镇简易程序处罚平均每起罚了多少钱？                     | 119.6 | 元 | 简易程序处罚1120起
            江口镇一般程序处罚平均每起罚款多少元？                     | 825   | 元 | 一般程序12起
            江口镇委托执法平均每起罚款多少？                           | 3275  | 元 | 委托执法4起
            洪口镇新培养的法律明白人，在累计培养的总人数里占几成？     | 25    | %  | 累计培养72名
            江口镇按简易程序办的处罚，平均一起罚了多少钱？             | 119.6 | 元 | 简易程序处罚1120起
            """)
    void should_work_out_a_share_or_an_average_from_one_sentence(String question, BigDecimal value, String unit,
            String cited) {
        Answer a = derived.answer(understanding.understand(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(a.figures()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo(value);
            assertThat(f.unit()).isEqualTo(unit);
            assertThat(f.computed()).isTrue();
            assertThat(f.qualifier()).isNull();
        });
        assertThat(a.answer()).contains("计算值").contains("没有直接写明");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.text()).contains(cited));
    }

    @ParameterizedTest
    @ValueSource(strings = {"健龙镇受理矛盾纠纷多少件？", "江口镇企业占了多大比例？", "健龙镇火星基地里火箭占了多大比例？",
        "各地的化解率比一比"})
    void should_pass_on_what_is_no_share_or_average_of_two_stated_figures(String question) {
        assertThat(derived.answer(understanding.understand(question))).isEmpty();
    }
}
