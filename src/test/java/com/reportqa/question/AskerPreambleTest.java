package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskerPreambleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我是分管法治的，想学学江口镇的做法，他们法治政府建设专题会多久开一次？|他们法治政府建设专题会多久开一次？",
        "我刚到司法所，准备写个材料，健龙镇一共受理了多少件矛盾纠纷？|健龙镇一共受理了多少件矛盾纠纷？",
        "我们镇也想搞网格化，最近在找参照，雁峰区的网格员有多少名？|雁峰区的网格员有多少名？",
        "我们想参考下江口镇的做法：专题会多长时间开一次？|专题会多长时间开一次？",
        // what is to be compared is named in a clause of the asker's: that clause is the question's
        "我在写调研材料，想对比一下震泽、枫桥这两个镇的调解成功率，从高到低怎么排？"
                + "|想对比一下震泽、枫桥这两个镇的调解成功率，从高到低怎么排？"})
    void should_drop_the_clauses_that_tell_who_asks(String question, String asked) {
        assertThat(AskerPreamble.strip(question)).isEqualTo(asked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我们想知道江口镇专题会多久开一次",
        "我想问健龙镇受理了多少件纠纷，化解了多少件？",
        "我镇受理纠纷多少件，化解率是多少？",
        "江口镇，我看专题会是每季度开？",
        "我是分管法治的，谢谢"})
    void should_keep_a_question_whose_first_clause_asks_or_that_tells_nothing(String question) {
        assertThat(AskerPreamble.strip(question)).isEqualTo(question);
    }
}
