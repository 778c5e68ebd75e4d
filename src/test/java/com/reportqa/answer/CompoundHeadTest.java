package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.lexicon.Synonyms;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A one-character head smartcn splits off (调解|室) stays with its word: 调解室 is what is asked about; a word cut
 * across a lexicon term (社区书记述法 → 记述) gives way to the term.
 */
class CompoundHeadTest {

    private final SentenceScorer scorer = new SentenceScorer(List.of(), new Synonyms());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            江口镇设了哪些驻点调解室？             | 调解室   | 调解
            先锋街道公共法律服务工作站获得什么荣誉？ | 工作站   | 工作
            """)
    void should_keep_the_head_with_its_word(String question, String compound, String bare) {
        assertThat(scorer.words(question)).contains(compound).doesNotContain(bare);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪几个街道搞了社区书记述法？ | 述法 | 记述
            """)
    void should_keep_a_lexicon_term_a_word_cuts_across(String question, String term, String cut) {
        assertThat(scorer.words(question)).contains(term).doesNotContain(cut);
    }
}
