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
            黄溪镇执法人员里持有执法证件的比例是多少？                 | 83.3  | %  | 持有执法证件5人
            黄溪镇的执法人员中，持有执法证件的比重是多少？             | 83.3  | %  | 执法人员6人
            黔江区黄溪镇全年执法案件中，道路交通类占比多少？           | 30.9  | %  | 道路交通249件
            雁峰区门户网站平均每个独立用户访问多少次？                 | 13.2  | 次 | 独立用户访问总量达243万次
            衡阳雁峰区政府网站，平均下来每个独立用户访问了几次？       | 13.2  | 次 | 总访问量达3206万次
            """)
    void should_work_out_a_share_or_an_average_from_one_sentence(String question, BigDecimal value, String unit,
            String cited) {
        Answer a = derived.answer(understanding.understand(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        // the worked-out figure first, then the two stated figures it comes from, all citing the one sentence
        assertThat(a.figures()).hasSize(3);
        assertThat(a.figures().getFirst()).satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo(value);
            assertThat(f.unit()).isEqualTo(unit);
            assertThat(f.computed()).isTrue();
            assertThat(f.qualifier()).isNull();
        });
        assertThat(a.figures().subList(1, 3)).allSatisfy(f -> {
            assertThat(f.computed()).isFalse();
            assertThat(a.citations().getFirst().text()).contains(f.raw());
        });
        assertThat(a.answer()).contains("计算值").contains("没有直接写明");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.text()).contains(cited));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇简易程序、一般程序、委托执法三类处罚，平均每起罚款哪类最高？排个序 | 委托执法 | 一般程序 | 简易程序
            江口镇2023年一般程序和简易程序，平均每起罚款多少钱？按高低排一下。       | 一般程序 | 简易程序 | -
            """)
    void should_rank_the_averages_of_one_places_items(String question, String first, String second, String third) {
        Answer a = derived.averagesCompared(understanding.understand(question)).orElseThrow();
        assertThat(a.mode()).isEqualTo(Mode.NUMERIC);
        assertThat(a.figures()).allSatisfy(f -> assertThat(f.computed()).isTrue());
        assertThat(a.figures().get(0).metric()).startsWith(first);
        assertThat(a.figures().get(1).metric()).startsWith(second);
        if (!third.equals("-")) {
            assertThat(a.figures().get(2).metric()).startsWith(third);
            assertThat(a.figures().get(2).value()).isEqualByComparingTo("119.6");
        }
        // each average cites the sentence holding its own count and amount
        a.figures().forEach(f -> assertThat(a.citations().get(f.citation() - 1).text()).contains(f.metric()
                .replace("平均每起", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"江口镇简易程序处罚平均每起罚了多少钱？", "健龙镇矛盾纠纷和信访哪个多？",
        "江口镇简易程序和火星程序平均每起罚款哪个高？"})
    void should_rank_no_averages_without_two_items_stated(String question) {
        assertThat(derived.averagesCompared(understanding.understand(question))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"健龙镇受理矛盾纠纷多少件？", "江口镇企业占了多大比例？", "健龙镇火星基地里火箭占了多大比例？",
        "各地的化解率比一比"})
    void should_pass_on_what_is_no_share_or_average_of_two_stated_figures(String question) {
        assertThat(derived.answer(understanding.understand(question))).isEmpty();
    }

    /** 还有几个…没拿到, 还有几件没化解: the whole less the part done, both stated in one sentence. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            黄溪镇执法队里，还有几个执法人员没拿到执法证件？ | 1 | 人 | 执法人员6人
            黄溪镇没有持有执法证件的执法人员有几个？         | 1 | 人 | 持有执法证件5人
            健龙镇受理的矛盾纠纷还有几件没化解？             | 1 | 件 | 化解223件
            健龙镇矛盾纠纷没化解的有多少件？                 | 1 | 件 | 受理各类矛盾纠纷224件
            黄溪镇重大安全隐患还有几个没整改？               | 0 | 个 | 已整改3个
            """)
    void should_work_out_what_is_left_undone(String question, BigDecimal value, String unit, String cited) {
        Answer a = derived.answer(understanding.understand(question)).orElseThrow();
        assertThat(a.figures().getFirst()).satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo(value);
            assertThat(f.unit()).isEqualTo(unit);
            assertThat(f.computed()).isTrue();
        });
        assertThat(a.answer()).contains("计算值").contains("−");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.text()).contains(cited));
    }

    @ParameterizedTest
    @ValueSource(strings = {"健龙镇有没有发生群体性事件？", "洪口镇未成年人普法活动搞了几场？", "健龙镇矛盾纠纷化解了多少件？"})
    void should_not_subtract_when_nothing_undone_is_asked(String question) {
        assertThat(derived.answer(understanding.understand(question))).isEmpty();
    }
}
