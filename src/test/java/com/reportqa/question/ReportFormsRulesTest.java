package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15: "which reports mention X" and questions about the report itself, in the wordings officials use. */
class ReportFormsRulesTest extends ShippedCorpus {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            哪几份报告里提到了“网格化管理”？     | MENTIONS | 网格化管理   | true  | false
            哪些报告写了行政复议的数字？         | MENTIONS | 行政复议     | false | true
            有几个地方提到了法律明白人？         | MENTIONS | 法律明白人   | false | false
            哪个镇的报告提到了法律顾问？         | MENTIONS | 法律顾问     | false | false
            多少个地方写到了公职律师？           | MENTIONS | 公职律师     | false | false
            “三官两员”在哪些报告里出现过？      | MENTIONS | 三官两员     | true  | false
            2024年的哪些报告中提到了行政复议？   | MENTIONS | 行政复议     | false | false
            这几份报告里，有几份提到了“枫桥经验”？ | MENTIONS | 枫桥经验   | true  | false
            五份报告中多少份写了法律顾问？       | MENTIONS | 法律顾问     | false | false
            哪几份都讲到了公职律师？             | MENTIONS | 公职律师     | false | false
            哪几份报告提到了搞双语普法？         | MENTIONS | 双语普法     | false | false
            有几份报告提到了民法典？分别是哪里的？ | MENTIONS | 民法典     | false | false
            哪些报告提到了谁执法谁普法？         | MENTIONS | 谁执法谁普法 | false | false
            行政执法公示、全过程记录、法制审核这三项制度，哪些报告写了在推行？ | MENTIONS | 行政执法公示 全过程记录 法制审核 制度 | false | false
            这几份报告里有几份提到了民法典？     | MENTIONS | 民法典       | false | false
            哪些地方的报告写了搞网格化管理？     | MENTIONS | 网格化管理   | false | false
            """)
    void should_take_a_question_about_which_reports_mention_something_for_a_search(String question,
            QuestionKind kind, String phrase, boolean quoted, boolean figure) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(kind);
        assertThat(ReportMention.of(q)).contains(new ReportMention(phrase, quoted, figure));
    }

    /** True catalogue questions and comparisons keep their kinds. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            你这里有哪几个地方2024年度的报告？            | CATALOG
            有哪些报告？                                  | CATALOG
            语料里有哪些报告？                            | CATALOG
            你这里有几份报告？                            | CATALOG
            哪个地方提到的行政复议案件最多？              | COMPARE
            健龙镇的报告提到了哪些措施？                  | LIST
            """)
    void should_keep_catalogue_and_other_questions(String question, QuestionKind kind) {
        assertThat(parser.parse(question).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            这份报告的发布日期是？                     | PUBLISHED
            健龙镇的报告是哪天发布的？                 | PUBLISHED
            洪口镇报告什么时候发布的？                 | PUBLISHED
            是哪个单位发布的？                         | ISSUER
            雁峰区报告的发文机关是谁                   | ISSUER
            黄溪镇报告的发布机构是哪个？               | ISSUER
            依据的那份文件是什么文号？                 | DOCUMENT_NUMBER
            雁峰区报告提到了哪些文件文号               | DOCUMENT_NUMBER
            廿里堡街道2025年度报告落款日期是哪天？     | SIGNED
            灵珠山街道那份报告落款是哪天？             | SIGNED
            健龙镇报告的正式标题全称是什么？           | TITLE
            报告最后落款写的是几月几日                 | SIGNED
            小溪塔街道的报告信息索引号是多少？         | INDEX_NUMBER
            这份报告的索引号                           | INDEX_NUMBER
            渠县那个乡的法治报告是报送给谁的？         | ADDRESSEE
            报告的主送机关是哪些                       | ADDRESSEE
            衡阳雁峰区的年度报告落款是哪个单位？       | SIGNER
            江口镇这份报告是向哪个单位报告的           | ADDRESSEE
            雁峰区报告的标题是什么                     | TITLE
            这份报告全称叫啥                           | TITLE
            洪口镇报告的来源是哪个单位                 | ISSUER
            江口镇报告是哪两个单位联合发的             | ISSUER
            洪口镇的年度报告来源是哪                   | ISSUER
            雁峰区报告是什么时候发布的                 | PUBLISHED
            """)
    void should_take_a_question_about_the_report_itself_for_its_metadata(String question, MetadataField field) {
        assertThat(parser.parse(question).kind()).isEqualTo(QuestionKind.METADATA);
        assertThat(MetadataField.asked(question)).contains(field);
    }

    /** Every field asked, in the order of the question. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            洪口镇报告啥时候发出来的？来源是哪个单位？     | PUBLISHED | ISSUER
            报告的标题全称叫啥？最后落款是哪个单位？       | TITLE     | SIGNER
            哪个单位发布的，发布日期是哪天？               | ISSUER    | PUBLISHED
            """)
    void should_see_every_field_asked(String question, MetadataField first, MetadataField second) {
        assertThat(MetadataField.allAsked(question)).containsExactly(first, second);
    }

    /** 这份报告 is the report the conversation is about. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇行政复议案件有几件？   | 这份报告的发布日期是？        | 健龙镇
            洪口镇法律顾问聘请了几名？   | 该报告是哪个单位发布的？      | 洪口镇
            雁峰区制定规范性文件几件？   | 这篇报告提到了哪些文件文号？  | 雁峰区
            """)
    void should_ask_about_the_report_of_the_conversation(String previous, String question, String place) {
        Question q = parser.parse(question, parser.parse(previous));
        assertThat(q.kind()).isEqualTo(QuestionKind.METADATA);
        assertThat(q.scope()).singleElement().satisfies(r -> assertThat(r.place().name()).isEqualTo(place));
    }

    /** Figures and facts the reports state about what was published or issued are not the report's metadata. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            健龙镇2024年发布了多少条政务信息？
            雁峰区全年制定规范性文件多少件？
            江口镇行政复议案件有几件？
            健龙镇哪天开展了宪法宣誓仪式？
            黄溪镇发布了几次公告？
            健龙镇上报给区里的矛盾纠纷有多少件？
            信访案件移交给哪个部门处理？
            党委听取审议法治政府建设工作？听完还要专题向谁汇报？
            雁峰区报送了几份规范性文件备案？
            健龙镇宣讲的题目有哪些？
            """)
    void should_not_take_a_question_about_a_figure_for_a_metadata_question(String question) {
        assertThat(parser.parse(question).kind()).isNotIn(QuestionKind.METADATA, QuestionKind.MENTIONS);
    }

    /**
     * Over every shipped question set, the new forms take only the questions that are about them: the metadata
     * questions of the elsewhere set, blind10's metadata form and the one asking for a document number, and only
     * blind10's mention form as a mention search.
     */
    @Test
    void should_take_only_metadata_questions_of_the_shipped_sets() throws IOException {
        Pattern line = Pattern.compile("\"id\":\\s*\"([^\"]+)\",\\s*\"question\":\\s*\"([^\"]+)\"");
        List<String> metadata = new ArrayList<>();
        List<String> mentions = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String l : Files.readAllLines(file)) {
                    var m = line.matcher(l);
                    if (!m.find()) {
                        continue;
                    }
                    QuestionKind kind = parser.parse(m.group(2)).kind();
                    (kind == QuestionKind.METADATA ? metadata : kind == QuestionKind.MENTIONS ? mentions : new ArrayList<String>())
                            .add(m.group(1));
                }
            }
        }
        assertThat(metadata).containsExactlyInAnyOrder("b7-35", "e64", "e65", "e66", "e67", "e68", "e69",
                "e70", "e85", "e86", "e87", "e89", "t17", "t18", "t19", "t20", "t21", "t22", "t23", "t24",
                "u17", "u18", "u19", "u20", "u21", "u22", "u24", "w29", "w30", "w31", "w34",
                "x42", "x43", "x44", "x47", "z11", "z12", "z13", "z14", "z15", "z31", "e11", "e12", "e13", "e14", "e15",
                "g01", "g02", "g03", "g04", "g32", "h07", "k01", "k02", "k03", "n08", "n19", "n22", "n27", "r01", "r02", "r03",
                "s02", "s03", "s09", "s14", "l11", "l12", "l13", "i23", "i24", "o05", "o17", "o21",
                "ys15", "ys16", "ys17", "qe15", "qe16", "fb18", "fb19", "fb20", "eg21", "eg22", "fe19", "fe20",
                "gf13", "gf14", "gf15", "gf16", "gf17", "gg21", "gg22", "gg23", "gg24",
                "gh11", "gh12", "gh13", "gh14", "gh15", "gi11", "gi12", "gi13", "gi14", "gi15", "gj20", "gj21", "gj22",
                "gj23", "gk11", "gk12", "gk13", "gk14", "gk15", "ha16", "ha17", "ha18", "ha19", "ha20",
                "hb14", "hb15", "hb16", "hb17", "hb18", "hb20", "hb21", "hc14", "hc15", "hc16", "hc17", "hc18", "hc19",
                "hc22", "hd23", "hd24", "hd25", "hd26", "hf23", "hf24", "hf25", "hf26", "he23", "he24", "he25", "he26",
                "he27", "he33", "hg23", "hg24", "hg25", "hg31", "hg33", "hh27", "hh28", "hh29", "hh30",
                "hi23", "hi24", "hi25", "hi26", "hj34", "hj35", "hj36", "hk23", "hk24", "hk26", "hk27",
                "hl26", "hl27", "hl28", "hl29", "hm24", "hm25", "hm27", "hm32",
                "hn28", "hn29", "hn30", "hp03", "hp17", "hp25", "hp26", "hp37", "hp43",
                "ho28", "ho29", "ho30", "ho31", "ho35", "hq04", "hq10", "hq17", "hq39",
                "hr27", "hr28", "hr29", "hr30", "hr31", "hr34", "hs03", "hs13", "hs19", "hs21",
                "ht18", "ht31", "ht36", "hv30", "hv31", "hv32", "hu30", "hu31", "hu35", "hu36", "hw02", "hw22", "hw25",
                "hw30", "hx12", "hx30", "hx32", "hy04", "hy14", "hy21", "ia30", "ia31", "ia32", "hz30", "hz31", "hz32",
                "hz34", "hz35", "hz37", "ib30", "ib31", "ib32", "ib34", "ib37", "ib43",
                "ic30", "ic31", "ic32", "id02", "id16", "id22", "id25", "id30", "id31", "id35",
                "ie30", "ie31", "ie32", "ie37", "ig30", "if30", "if31", "if32", "if35", "ih03", "ih28", "ih35",
                "ii30", "ii31", "ij03", "ij19", "ij23", "ij43", "ik30", "ik31", "ik32", "il03", "il10", "il20", "il27",
                "il39", "im30", "im35", "in22", "in25", "in30", "io30", "io31", "iq03", "iq32", "ip02", "ip25",
                "ip30", "ir03", "ir10", "is30", "is31",
                "is32", "is37", "it03", "it12", "iv25", "iv30", "iu30", "iu31", "iu32", "iw03", "iw15", "iw27", "iw44",
                "iz25", "iz30", "iz39", "ja02", "ja19", "ja25", "ja30", "jb25", "jb30", "jc08", "jc17", "jc26", "jc37",
                "jd03", "je30", "je31", "je36", "je37", "jf03", "jf16", "jf19", "jh19", "jh25", "jh30", "jg03", "jg16",
                "jg25", "jg44", "ji30", "ji31", "ji32", "ji37", "jj03", "jj28", "jk03", "jk37", "jl30", "jl31", "jl32",
                "jl33", "jm06", "jm17", "jn30", "jn31");
        // blind10's first form asks exactly that; nothing else is taken for it
        assertThat(mentions).containsExactlyInAnyOrder("t01", "t02", "t03", "t04", "t05", "t07", "t08", // t06 is a list
                "u01", "u02", "u03", "u04", "u05", "u06", "u08", "w13", "w14", "w16", "w17", "w19", "w20",
                "y16", "y17", "y18", "y19", "y20", "e01", "e02", "e03", "e05",
                "f24", "g09", "g10", "g11", "h17", "k11", "k12", "k13", "k14", "n01", "n03", "n15", "n16", "r15", "r16",
                "s01", "s04", "s23", "l15", "l16", "a23", "ys19", "ys20", "ys21", "fb17", "fb23", "fb24", "fb25", "fe22",
                "eg23", "gf01", "gf02", "gf03", "gf04", "gf05", "gf06", "gg25", "gg26",
                "gh01", "gh02", "gh03", "gh04", "gh05", "gi01", "gi02", "gi03", "gi04", "gi05", "gj24", "gj25",
                "gk01", "gk02", "gk03", "gk04", "gk05",
                "ha01", "ha02", "ha03", "ha04", "ha07", "ha08", "hb01", "hb02", "hb03", "hb04", "hb05", "hb06",
                "hc01", "hc02", "hc03", "hc04", "hc05", "hc06", "hd34", "hd35", "hd36", "hd37", "hd38", "hd39",
                "hf34", "hf35", "hf36", "hf37", "hf38", "hf39", "he34", "hg34", "hg35", "hg36", "hg37", "hg38",
                "hh35", "hh36", "hh37", "hh38", "hh39", "hi34", "hi35", "hi36", "hi37", "hi38", "hj40", "hj41",
                "hk34", "hk35", "hk36", "hk37", "hk38", "hl35", "hl36", "hl37", "hl38", "hl39",
                "hm34", "hm35", "hm36", "hm37", "hm38", "hn36", "hn37", "hn38", "hn39", "hp01", "hp14", "hp22", "hp36",
                "ho36", "ho37", "ho38", "ho39", "hq01", "hq09", "hq14", "hq21", "hr36", "hr37", "hr38", "hr39",
                "hs04", "hs16", "hs29", "hs39", "ht40", "hv41", "hu38", "hu41", "hw29", "hw36", "hx38",
                "hy03", "hy23", "ia38", "ia39", "hz38", "hz39", "hz40", "ib38", "ib40", "ic39", "ic40", "id12", "id29",
                "id36", "ic38", "id11", "ie38", "ie39", "ie40", "ie41", "ie42", "ig38", "ig39", "ig40", "ig41", "ig42",
                "if38", "if39", "if40", "if41", "if42", "ih16", "ih26", "ih42",
                "ii38", "ii39", "ii40", "ii41", "ii42", "ij05", "ij14", "ij25", "ij39", "ij44",
                "ik38", "ik39", "ik40", "il07", "il23", "il36", "im38", "im39", "im40", "im41", "he36", "in11", "in12",
                "in29", "in36", "io38", "io39", "io40", "io41", "io42", "iq07", "iq16", "iq29", "iq40", "iq45", "he38",
                "ip11", "ip12", "ip29", "ip36", "ir07", "ir18", "ir39", "ir44", "is38", "is39", "is40", "is42",
                "it04", "it18", "it38", "it43", "iv11", "iv12", "iv29", "iv36", "iv42", "iu40", "iu41", "iw04", "iw29",
                "iw45", "iz11", "iz12", "iz29", "iz36", "iz42", "ja11", "ja12", "ja29", "ja42", "is41", "ja36",
                "jb11", "jb12", "jb29", "jb36", "jb42", "jc07", "jc13", "jc21", "jc36", "jc42", "jd07", "jd22",
                "jd33", "jd40", "jd44", "je38", "je39", "je40", "je41", "je42", "jf06", "jf20", "jf29", "jf43", "jh11",
                "jh12", "jh29", "jh36", "jh42", "iu39", "jg05", "jg15", "jg37", "jg42", "ji38", "ji40", "ji42",
                "jj05", "jj17", "jj24", "jj36", "jj44", "jk07", "jk23", "jk31", "jk40", "jk44", "ip42", "iu42", "iw17",
                "iw36", "ji39", "jl38", "jl39", "jl40", "jl41", "jl42", "jm03", "jm16", "jm28", "jm38", "jm45", "jn38",
                "jn39", "jn40", "jn41", "jn42");
    }
}
