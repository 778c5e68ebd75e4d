package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.lexicon.Synonyms;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching rules found on the held-out question set: word-straddling bigrams, new vs all, action verbs. */
class MetricTextRulesTest {

    private final MetricText text = new MetricText(new Synonyms());

    private static Figure figure(String metric, String clause) {
        return new Figure(BigDecimal.ONE, "件", null, "1件", metric, clause, clause, clause, "p", "r", false, 0, 2);
    }

    @Test
    void should_weigh_bigrams_inside_a_word_more_than_across_words() {
        Map<String, Double> grams = text.weightedBigrams("人大建议");
        assertThat(grams).containsEntry("人大", 1.0).containsEntry("建议", 1.0)
                .containsEntry("大建", MetricText.CROSS_WORD_WEIGHT);
    }

    @Test
    void should_drop_a_one_character_noise_word_only_where_it_stands_alone() {
        // 均 in 均已 is noise, in 平均分 it is half a word; 共 likewise in 共受理 and 公共
        assertThat(text.weightedBigrams("平均分")).containsKey("平均");
        assertThat(text.bigrams("全镇共受理各类矛盾纠纷")).contains("受理", "纠纷").doesNotContain("共受");
        assertThat(text.bigrams("公共法律服务")).contains("公共");
        assertThat(text.rawBigrams("平均分")).contains("平均");
    }

    /** 通過告知承諾方式辦理: a page in traditional script is matched in the simplified words a question asks in. */
    @Test
    void should_read_traditional_script_as_simplified() {
        assertThat(text.bigrams("通過告知承諾方式辦理涉企經營事項")).contains("告知", "承诺", "经营", "事项");
        assertThat(text.rawBigrams("辦理涉企經營事項")).contains("经营", "事项");
    }

    /** 信访办结率: smartcn cuts 信访办|结率; the rate word is one word, and 信访 before it another. */
    @Test
    void should_keep_a_rate_word_whole() {
        assertThat(text.weightedBigrams("信访办结率")).containsEntry("办结", 1.0).containsEntry("结率", 1.0)
                .containsEntry("信访", 1.0);
    }

    @Test
    void should_fold_synonyms_before_weighing() {
        // 人大代表建议 and 人大建议, 政务信息 and 政府信息 are the same thing
        assertThat(text.weightedBigrams("人大代表建议").keySet()).isEqualTo(text.weightedBigrams("人大建议").keySet());
        assertThat(text.bigrams("公开政府信息")).containsAll(text.weightedBigrams("公开政务信息").keySet());
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新增 市场主体        | 市场主体             | 对760户市场主体进行监督管理           | 0.5
            新增 市场主体        | 新增市场主体         | 全年新增市场主体1005个                | 1.0
            农村 新装 监控探头   | 农村新建             | 农村新建21个高清视频监控探头          | 1.0
            新增 企业            | 企业                 | 全年新增市场主体1005个，其中企业402个 | 1.0
            培养 法律明白人      | 新培养法律明白人     | 2023年新培养法律明白人18名            | 0.9
            培养 法律明白人      | 培养                 | 累计培养72名                          | 1.0
            受理 矛盾纠纷        | 受理各类矛盾纠纷     | 全镇共受理各类矛盾纠纷224件           | 1.0
            """)
    void should_match_new_with_new_and_prefer_totals_otherwise(String ask, String metric, String clause,
            double factor) {
        assertThat(MetricText.newness(ask, figure(metric, clause))).isEqualTo(factor);
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            新培养 法律明白人 | 培养法律明白人 | 累计培养335名           | 2025年新培养法律明白人28名,累计培养335名 | 0.5
            新培养 法律明白人 | 培养法律明白人 | 新培养法律明白人28名    | 2025年新培养法律明白人28名,累计培养335名 | 1.0
            新增 市场主体     | 市场主体       | 其中企业402个           | 全年新增市场主体1005个,其中企业402个     | 1.0
            累计培养          | 培养法律明白人 | 2023年新培养法律明白人18名 | 2023年新培养法律明白人18名,累计培养72名 | 0.5
            累计培养          | 培养法律明白人 | 累计培养72名            | 2023年新培养法律明白人18名,累计培养72名 | 1.0
            """)
    void should_not_answer_new_ones_with_the_running_total_beside_them_nor_the_reverse(String ask, String metric, String clause,
            String context, double factor) {
        Figure f = new Figure(BigDecimal.ONE, "名", null, "1名", metric, clause, context, context, "p", "r", false, 0, 2);
        assertThat(MetricText.newness(ask, f)).isEqualTo(factor);
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            制定 规范性文件 | 2024年黄溪镇接收上级规范性文件征求意见稿6件 | 0.7
            制定 规范性文件 | 全年共制定规范性文件3件                      | 1.0
            出台 规范性文件 | 全年共制定规范性文件3件                      | 1.0
            收到 征求意见稿 | 2024年黄溪镇接收上级规范性文件征求意见稿6件 | 1.0
            规范性文件      | 2024年黄溪镇接收上级规范性文件征求意见稿6件 | 1.0
            """)
    void should_not_answer_one_action_with_another(String ask, String clause, double factor) {
        Set<String> grams = text.bigrams(clause);
        assertThat(MetricText.action(text.weightedBigrams(ask), grams, grams, grams)).isEqualTo(factor);
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @CsvSource(delimiter = '|', textBlock = """
            法律顾问参与办理 信访案件 | 其中,法律顾问负责人列席重点工作会议,深度参与重大行政决策等各类涉法事务,累计参与15件 | 0.8
            法律顾问参与办理 信访案件 | 还参与办理信访案件3件                                                                     | 1.0
            健龙镇 化解 矛盾纠纷      | 2024年,全镇共受理各类矛盾纠纷224件,化解223件                                                | 1.0
            """)
    void should_doubt_a_figure_whose_sentence_never_names_what_is_counted(String ask, String sentence,
            double factor) {
        assertThat(MetricText.askedHead(text.weightedBigrams(ask), text.bigrams(sentence))).isEqualTo(factor);
    }

    /** 败诉率 is not answered by 出庭应诉率; 调解成功率 answers 化解率, 直接纠错率 answers 纠错率. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            行政诉讼败诉率 | 行政机关负责人出庭应诉率 | true
            考试合格率     | 学法考试参考率           | true
            化解率         | 调解成功率               | false
            纠错率         | 直接纠错率               | false
            受理数         | 出庭应诉率               | false
            """)
    void should_doubt_a_percentage_of_another_rate(String asked, String stated, boolean doubted) {
        Figure f = new Figure(BigDecimal.TEN, "%", null, "10%", stated, stated + "10%", stated + "10%",
                stated + "10%", "p", "r", false, 0, 3);
        assertThat(text.otherRate(asked, f)).isEqualTo(doubted ? MetricText.OTHER_RATE_FACTOR : 1.0);
    }
}
