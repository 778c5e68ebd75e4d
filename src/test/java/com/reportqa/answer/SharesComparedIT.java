package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A share or a ratio compared across places, in several wordings over the shipped reports: worked out from each
 * place's own sentence (the whole it states, or the list the part is one of, summed), ranked, computed, cited.
 */
@AppTest
class SharesComparedIT {

    @Autowired
    SharesCompared shares;

    @Autowired
    QuestionUnderstanding understanding;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇去年新增的市场主体里企业占几成，健龙镇走访的对象里小微企业占几成？哪个高？ | 江口镇 | 40    | 健龙镇 | 26.1
            江口镇2023年新增的市场主体里、健龙镇走访的对象里，企业各占多大比例？哪个比例高？ | 江口镇 | 40    | 健龙镇 | 26.1
            江口镇新增市场主体当中个体所占比例，和健龙镇走访对象中个体工商户的比例，比一比     | 健龙镇 | 73.9  | 江口镇 | 60
            健龙镇走访的个体工商户是小微企业的几倍，江口镇新增的个体是企业的几倍，哪个大？     | 健龙镇 | 2.8   | 江口镇 | 1.5
            江口镇新增的市场主体里头个体的比例是多少，健龙镇走访对象里头个体工商户的比例呢？哪个高？ | 健龙镇 | 73.9 | 江口镇 | 60
            企业在新增市场主体里占几成？比比江口镇和健龙镇。                                  | 江口镇 | 40    | 健龙镇 | 26.1
            黄溪镇办的案子里道路交通的占比，和江口镇新增市场主体里企业的占比，哪个高？          | 江口镇 | 40    | 黄溪镇 | 30.9
            """)
    void should_rank_a_share_or_a_ratio_worked_out_per_place(String question, String first, BigDecimal top,
            String second, BigDecimal next) {
        Answer a = shares.answer(understanding.understand(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(a.figures()).hasSize(2).allSatisfy(f -> assertThat(f.computed()).isTrue());
        assertThat(a.figures().get(0)).satisfies(f -> {
            assertThat(f.place()).contains(first);
            assertThat(f.value()).isEqualByComparingTo(top);
        });
        assertThat(a.figures().get(1)).satisfies(f -> {
            assertThat(f.place()).contains(second);
            assertThat(f.value()).isEqualByComparingTo(next);
        });
        assertThat(a.citations()).hasSize(2);
        assertThat(a.answer()).contains("没有直接写").contains("÷");
    }

    @ParameterizedTest
    @ValueSource(strings = {"健龙镇和黄溪镇的矛盾纠纷化解率哪个高？", "健龙镇和江口镇受理的矛盾纠纷哪个多？",
        "江口镇新增的市场主体里企业占几成？"})
    void should_leave_stated_rates_counts_and_one_place_to_the_others(String question) {
        assertThat(shares.answer(understanding.understand(question))).isEmpty();
    }
}
