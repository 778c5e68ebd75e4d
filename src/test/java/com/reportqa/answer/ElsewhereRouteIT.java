package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The route's table over the reports written in other real page forms, for the forms only they have: a later
 * report stating an earlier year's rate, a city whose towns alone have reports, a county's three levels of one
 * thing, which places had none of something.
 */
@SpringBootTest(properties = {
    "reportqa.corpus.dir=src/test/resources/elsewhere/corpus",
    "reportqa.search.data-dir=target/it-data/elsewhere-route"})
class ElsewhereRouteIT {

    @Autowired
    AnswerRoute route;

    @Autowired
    QuestionUnderstanding understanding;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            枫桥镇24年的调解成功率，跟述法报告里23年的化解率相比，哪一年高？ ~ NUMERIC ~ 比2023年（98.6%）高0.1个百分点
            枫桥镇矛盾纠纷化解的比例，24年比23年是升了还是降了？ ~ NUMERIC ~ | 2 | 2023年 | 98.6% |
            绍兴诸暨市本级的行政诉讼案件有多少件？ ~ NO_ANSWER ~ 诸暨市（市级）的报告
            留坝县的公共法律服务站点，县、镇、村三级加起来共有多少个？ ~ NUMERIC ~ **84个**
            留坝县公共法律服务站点县、镇、村三级一共多少个？ ~ NUMERIC ~ **84个**
            2023年度的报告里，哪几个地方行政复议和行政诉讼都没有？ ~ EXTRACTIVE ~ 写明“行政复议”“行政诉讼”为零
            我们镇也想借着赶集搞普法，哪几个地方的报告里有这种做法？ ~ EXTRACTIVE ~ 横渠镇
            乐从镇商事纠纷调解中心的调解成功率，跟全镇人民调解的成功率比是高还是低？ ~ NUMERIC ~ | 2 | 商事纠纷调解中心的调解成功率 |
            横渠镇2024年猕猴桃合同示范文本的推广使用率最后达到了多少？ ~ NO_ANSWER ~ 没有2024年度的
            """)
    void should_send_each_form_to_its_answerer(String question, Mode mode, String says) {
        Answer a = route.answer(understanding.understand(question), t -> { }, false);
        assertThat(a.mode()).isEqualTo(mode);
        assertThat(a.answer() + Objects.toString(a.notice(), "")).contains(says);
    }
}
