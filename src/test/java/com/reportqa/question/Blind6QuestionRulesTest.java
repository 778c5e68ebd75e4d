package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** General question rules found on the sixth and seventh blind question sets. */
class Blind6QuestionRulesTest extends ShippedCorpus {

    /** 哪个镇…多 with a long object in between, and 次数比一比, compare places. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇和健龙镇，哪个镇的法律顾问给干部开的培训讲座多？     | COMPARE
            江口镇和黄溪镇开展法治宣传（宣讲）活动的次数比一比。       | COMPARE
            江口镇和黄溪镇的法治宣传有什么不同？                       | FACT
            """)
    void should_read_these_as_comparisons(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    /** 平均分 asks for a score in 分 (round 7: never the 60余名 who sat the exam). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            雁峰区执法人员法律知识考试的平均分是多少？ | 分
            黄溪镇干部考试平均得分多少？               | 分
            """)
    void should_ask_a_score_in_points(String question, String unit) {
        assertThat(parser.parse(question).asks().get(0).units()).containsExactly(unit);
    }
}
