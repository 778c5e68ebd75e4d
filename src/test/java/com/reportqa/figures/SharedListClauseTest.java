package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** List items that state no number of their own share the clause of the item that does. */
class SharedListClauseTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            组织行政执法人员参加网络行政执法业务培训、考试1次；                    | 1次  | 组织行政执法人员参加网络行政执法业务培训、考试1次
            全镇各部门自行组织学法讲座、培训累计12次。                              | 12次 | 全镇各部门自行组织学法讲座、培训累计12次
            开展区委理论学习中心组专题学法、区政府常务会议会前学法共6次，组织旁听庭审学法10场 | 6次 | 开展区委理论学习中心组专题学法、区政府常务会议会前学法共6次
            党政主要领导在中心组带头领学习近平法治思想、法律法规2次,在机关大会上领学3次 | 2次 | 党政主要领导在中心组带头领学习近平法治思想、法律法规2次
            """)
    void should_reach_back_over_items_without_a_number(String text, String raw, String clause) {
        FigureMention m = extractor.extract(text).stream().filter(f -> f.raw().equals(raw)).findFirst().orElseThrow();
        assertThat(m.clause()).isEqualTo(clause);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            组织行政执法人员参加网络行政执法业务培训、考试1次；  | 1次  | 组织行政执法人员参加网络行政执法业务培训、考试
            开展法律知识培训、讲座3次，参加政府决策会议1次       | 3次  | 开展法律知识培训、讲座
            开展法律知识培训、讲座3次，参加政府决策会议1次       | 1次  | 参加政府决策会议
            """)
    void should_count_every_item_sharing_the_number(String text, String raw, String metric) {
        FigureMention m = extractor.extract(text).stream().filter(f -> f.raw().equals(raw)).findFirst().orElseThrow();
        assertThat(m.metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            累计开展法治宣讲100余场次、宣传群众30000余人次              | 30000余人次 | 宣传群众30000余人次
            组织评估活4次、收到意见建议12条、提出意见建议及具体措施8条 | 12条        | 收到意见建议12条
            """)
    void should_stop_at_an_item_with_its_own_number(String text, String raw, String clause) {
        FigureMention m = extractor.extract(text).stream().filter(f -> f.raw().equals(raw)).findFirst().orElseThrow();
        assertThat(m.clause()).isEqualTo(clause);
    }
}
