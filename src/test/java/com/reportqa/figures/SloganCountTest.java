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
        "按照“公正、公开、便民、廉洁、高效”的办事原则|办事原则|公正、公开、便民、廉洁、高效",
        "把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为重大行政决策必经程序|程序|公众参与、专家论证、风险评估、合法性审查、集体讨论决定",
        "将信访、调解和诉讼纳入多元化解程序|程序|信访、调解、诉讼",
    })
    void should_list_the_items_before_a_head_without_the_words_around_them(String sentence, String head,
            String items) {
        assertThat(SloganCount.listedBefore(sentence, sentence.indexOf(head))).containsExactly(items.split("、"));
    }

    /** 二、推进…存在的不足: a section's number and its heading are no list. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "二、推进法治政府建设存在的不足和原因|不足",
        "（三）推进法治政府建设存在的不足|不足",
    })
    void should_not_take_a_section_number_for_an_item(String sentence, String head) {
        assertThat(SloganCount.listedBefore(sentence, sentence.indexOf(head))).hasSizeLessThan(2)
                .noneMatch(i -> i.matches("[一二三四五六七八九十（）()]+"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "把公众参与、专家论证、风险评估作为必经程序|程序|公众参与、专家论证、风险评估",
    })
    void should_list_items_before_a_head_made_into_something(String sentence, String head, String items) {
        assertThat(SloganCount.listedBefore(sentence, sentence.indexOf(head))).containsExactly(items.split("、"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "聚焦“逐利执法”、执法不规范、投诉举报、新闻曝光等七方面，形成问题整改清单|7|方面",
        "排查交通、消防、燃气等3类隐患|3|类",
        "围绕学法、用法等两个方面开展|2|个",
    })
    void should_read_the_count_a_list_closes_with(String sentence, int count, String unit) {
        assertThat(SloganCount.closingCount(sentence)).contains(new SloganCount.Stated(count, unit));
    }

    @ParameterizedTest
    @CsvSource({"开展普法宣传等工作", "共3类隐患"})
    void should_read_no_closing_count_where_no_list_closes(String sentence) {
        assertThat(SloganCount.closingCount(sentence)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "：一是抓学习；二是抓制度；三是抓落实。|3",
        "，即一张清单、一套流程、一个平台。|3",
        "。下一段讲别的|0",
        "，优化服务中心建设。同时要求：一是抓学习；二是抓制度。|0",
    })
    void should_list_the_items_after_a_slogan(String after, int expected) {
        assertThat(SloganCount.listedAfter(after, 0)).hasSize(expected);
    }

    /** 一是…二是…, （一）…；（二）… in one paragraph and 一方面…另一方面… enumerate; one （一） alone does not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "一是抓学习；二是抓执法；三是抓宣传。|3|抓学习",
        "（一）抓实学法，全年集中学法10次；（二）规范执法；（三）深化品牌建设。|3|抓实学法，全年集中学法10次",
        "仍有差距：一方面，学法不够；另一方面，执法力量不足。|2|学法不够",
        "（一）健全依法决策机制。全年召开党委会12次。|0|-"})
    void should_split_the_items_of_an_enumeration(String text, int count, String first) {
        assertThat(SloganCount.ordinalItems(text)).hasSize(count);
        if (count > 0) {
            assertThat(SloganCount.ordinalItems(text).get(0)).isEqualTo(first);
        }
    }
}
