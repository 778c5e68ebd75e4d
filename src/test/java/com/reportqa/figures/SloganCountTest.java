package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SloganCountTest {

    @ParameterizedTest
    @CsvSource({"三个一,3", "四个零,4", "两个维护,2", "六个不发生,6", "三项制度,3", "十一个坚持,11"})
    void should_read_the_number_a_slogan_starts_with(String slogan, int expected) {
        assertThat(SloganCount.numberIn(slogan)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"零发生", "关键少数", "两会"})
    void should_read_no_number_from_other_phrases(String phrase) {
        assertThat(SloganCount.numberIn(phrase)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "确保安全生产事故、刑事案件、群体性事件“零发生”|2|3",
        "实现了重大安全事故和群体性上访“零发生”|1|2",
    })
    void should_count_the_items_listed_before_a_quoted_phrase(String sentence, int unusedOffset, int expected) {
        assertThat(SloganCount.listedBefore(sentence, sentence.indexOf('“'))).hasSize(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "：一是抓学习；二是抓制度；三是抓落实。|3",
        "，即一张清单、一套流程、一个平台。|3",
        "。下一段讲别的|0",
    })
    void should_list_the_items_after_a_slogan(String after, int expected) {
        assertThat(SloganCount.listedAfter(after, 0)).hasSize(expected);
    }
}
