package com.reportqa.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words the reports and the questions write for one another fold to one word; others stay apart. */
class SynonymsTest {

    private final Synonyms synonyms = new Synonyms();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            审查合同      | 审核合同
            覆盖群众5000人次 | 受众5000人次
            发了多少篇稿子 | 发了多少篇稿件
            已经结了多少件 | 已经结案多少件
            来信来访      | 信访
            法律援助办案  | 法律援助办理
            """)
    void should_fold_words_written_for_one_another(String asked, String written) {
        assertThat(synonyms.fold(asked)).isEqualTo(synonyms.fold(written));
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            审查合同 | 签订合同
            结案     | 立案
            稿件     | 文件
            """)
    void should_keep_other_words_apart(String a, String b) {
        assertThat(synonyms.fold(a)).isNotEqualTo(synonyms.fold(b));
    }
}
