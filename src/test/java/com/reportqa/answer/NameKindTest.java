package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 什么工作法, 讲堂叫什么名字: the kind of thing whose name is asked, and the quoted names of that kind. */
class NameKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "增福镇在诉源治理上推的是什么工作法？|作法",
        "横渠镇在横渠书院办的那个法治讲堂叫什么名字？|讲堂",
        "邬阳乡搞的那种议事调解模式叫什么？|模式",
        "健龙镇的法律顾问是谁？|-"})
    void should_find_the_kind_named(String question, String kind) {
        assertThat(ExtractiveAnswerer.nameKind(question)).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "推行“老马工作法”，镇村两级调解组织全年调处矛盾纠纷211件|作法|true",
        "在横渠书院举办“关学讲堂·法治专场”4期|讲堂|true",
        "深化“屋场会”议事调解模式|模式|false",
        "推进诉源治理，基层矛盾进一步化解|作法|false"})
    void should_tell_a_quoted_name_of_that_kind(String sentence, String kind, boolean named) {
        assertThat(ExtractiveAnswerer.namesKind(sentence, kind)).isEqualTo(named);
    }
}
