package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 书记叫什么名字 is answered only by a sentence naming a person; offices and names of things are other questions. */
class PersonNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            洪口镇党委书记叫什么名字？               | true
            雁峰区的法律顾问姓什么？                 | true
            健龙镇主要领导的名字是什么？             | true
            健龙镇法治政府建设领导小组的组长是谁？   | false
            雁峰区把法治督察和区委巡察结合起来，这个做法叫什么？ | false
            健龙镇2024年给领导干部定的学法计划叫什么？ | false
            """)
    void should_tell_a_question_for_a_person_s_name(String question, boolean asks) {
        assertThat(ExtractiveAnswerer.asksForPerson(question)).isEqualTo(asks);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            镇党委书记王建国同志带头讲法治课。                               | true
            会议由镇长李明主持。                                             | true
            成立以党委书记为组长,党委副书记、镇长为副组长的领导小组。        | false
            区委书记现场点评一把手述法情况。                                 | false
            聘请律师事务所的资深律师作为补充。                               | false
            邀请法律顾问为全镇领导干部开展专题讲座2次。                      | false
            """)
    void should_tell_a_sentence_that_names_a_person(String sentence, boolean names) {
        assertThat(ExtractiveAnswerer.namesPerson(sentence)).isEqualTo(names);
    }
}
