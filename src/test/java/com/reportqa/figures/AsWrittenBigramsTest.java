package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.lexicon.Synonyms;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure's words folded to their synonym (法治宣传 → 普法) no longer say 宣传; for recall, the words as written
 * count too, so 宣传活动 finds 开展法治宣传活动12次.
 */
class AsWrittenBigramsTest {

    private final MetricText text = new MetricText(new Synonyms());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            组织镇村干部开展法治宣传活动 | 宣传
            累计开展法治宣讲             | 宣讲
            """)
    void should_keep_the_words_as_written_besides_the_folded_ones(String metric, String bigram) {
        assertThat(text.bigrams(metric)).doesNotContain(bigram);
        assertThat(text.rawBigrams(metric)).contains(bigram);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            全年累计办件 | 办件 | 累计
            """)
    void should_still_drop_noise_words(String metric, String kept, String dropped) {
        assertThat(text.rawBigrams(metric)).contains(kept).doesNotContain(dropped);
    }
}
