package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A message of two questions of different forms is two parts; a part that leans on the one before stays with it. */
class SeveralQuestionsTest extends ShippedCorpus {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇的法律顾问是哪个律师事务所？另外它的专题会多久开一次？|江口镇的法律顾问是哪个律师事务所？|江口镇专题会多久开一次？|",
        "洪口镇集中学法放在什么时候？此外领导小组组长由谁担任？|洪口镇集中学法放在什么时候？|洪口镇领导小组组长由谁担任？|",
        "健龙镇2024年受理了多少件矛盾纠纷？法治工作例会多久开一次？|健龙镇2024年受理了多少件矛盾纠纷？|健龙镇2024年法治工作例会多久开一次？|",
        "江口镇聘请的是哪家律所，另外法律顾问全年审查合同多少份？|江口镇聘请的是哪家律所，|江口镇法律顾问全年审查合同多少份？|",
        "雁峰区的报告是哪天发布的？另外镇里有多少名法律明白人？顺便问下健龙镇的例会多久开一次？|雁峰区的报告是哪天发布的？|雁峰区有多少名法律明白人？|健龙镇的例会多久开一次？"})
    void should_split_questions_of_their_own(String message, String first, String second, String third) {
        List<String> parts = parts(message);
        assertThat(parts).startsWith(first, second);
        assertThat(parts).hasSize(third == null ? 2 : 3);
        if (third != null) {
            assertThat(parts.get(2)).isEqualTo(third);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "江口镇处罚金额合计多少？简易程序和一般程序各多少？",
        "健龙镇和黄溪镇24年的矛盾纠纷调解成功率各是多少？哪家高？",
        "健龙镇组织宪法宣誓的一共几个人？各是什么职务？",
        "健龙镇2024年受理了多少件矛盾纠纷？比上一年多了还是少了？",
        "健龙镇2024年受理了多少件矛盾纠纷？化解了多少件？",
        "江口镇简易程序处罚多少起？罚款多少元？",
        "雁峰区的报告是哪天发布的？发布单位是谁？",
        "江口镇专题会多久开一次？",
        "江口镇专题会多久开一次？我在写材料。",
        "我在写材料。江口镇专题会多久开一次？",
        "健龙镇执法人员有多少？江口镇呢？差了多少",
        "江口镇简易程序处罚了多少起？委托执法的呢",
        "健龙镇信访受理了多少件？其他地方的报告有没有这个数",
        "江口镇和雁峰区的行政复议案件哪个少？先说少的。",
        "雁峰区2024年行政复议有几件？复议结果怎么分的？",
        "洪口镇和雁峰区的办结率哪个高？报告里好像没写这个率。",
        "行政复议案件，健龙镇和雁峰区各写了多少？江口那边有没有具体数",
        "雁峰区24年的行政复议案子几件？结果怎么分的",
        "江口和黄溪一年下来执法办案量谁多？江口要是只写了分项，就加一下。",
        "健龙镇和黄溪镇的调解成功率哪个高？如果没写比例，按件数算。"})
    void should_keep_one_question_whole(String message) {
        assertThat(parts(message)).containsExactly(parser.parse(message).text());
    }

    private static List<String> parts(String message) {
        Question whole = parser.parse(message);
        return SeveralQuestions.parts(whole.text(), whole, parser).stream().map(SeveralQuestions.Part::standalone)
                .toList();
    }
}
