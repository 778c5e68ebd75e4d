package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms the blind rounds of session 19 found, each in several wordings of our own. */
class Round38FormsTest extends ShippedCorpus {

    private static final QuestionParser elsewhere = TestCorpora.elsewhere();

    /** 24年跟23年比, 2024年和2023年各多少: both years asked; the later report holds the earlier year's figure. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "福华街道24年和23年各受理矛盾纠纷多少件？|2024",
        "福华街2023年和2024年受理矛盾纠纷各多少件？|2024",
        "枫桥镇党委会研究法治工作，24年跟23年比多了几次？|2024"})
    void should_read_two_years_listed_as_both_asked(String question, int year) {
        Question q = elsewhere.parse(question);
        assertThat(q.year()).isEqualTo(year);
        assertThat(q.scope()).isNotEmpty();
    }

    /** 每个村最少配了几个: at least so many is a figure asked, not a ranking; 哪个镇最少 still ranks. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "拱市乡法律明白人每个村最少配了几个？|NUMERIC",
        "林川乡每村最少配备几名法律明白人？|NUMERIC",
        "拱市乡和林川乡，哪个乡的法律明白人最少？|COMPARE",
        "拱市乡和林川乡比，法律明白人谁最多？|COMPARE"})
    void should_read_at_least_as_a_figure_asked(String question, QuestionKind kind) {
        assertThat(elsewhere.parse(question).kind()).isEqualTo(kind);
    }

    /** 哪几类人、各几个: unnamed parts with their counts are figures, the counted thing what comes before. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健龙镇组织宪法宣誓的是哪几类人、各几个？|组织宪法宣誓",
        "健龙镇参加宪法宣誓的有哪些人，分别几名？|参加宪法宣誓",
        "健龙镇有没有开展宪法宣誓？都有哪些人参加、各几名？|开展宪法宣誓",
        "健龙镇组织的宪法宣誓一共几个人？都是什么身份，各几个？|组织 宪法宣誓",
        "健龙镇宪法宣誓有几个人？是什么职务，分别几名？|宪法宣誓"})
    void should_read_unnamed_parts_with_counts_as_figures(String question, String metric) {
        Question q = parser.parse(question);
        assertThat(q.kind()).isEqualTo(QuestionKind.NUMERIC);
        assertThat(q.asks()).singleElement().extracting(Ask::metric).asString().isEqualTo(metric);
    }

    /** Asker's words that name nothing asked: 对比材料, 这个, 更大, 镇里, 报告开头说; 在编 is a word of its own. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我在写健龙镇的前后对比材料，矛盾纠纷受理了多少件？|矛盾纠纷受理",
        "雁峰区法律顾问全覆盖了，这个全覆盖涉及多少个村（社区）？|全覆盖涉及村社区",
        "安顺和留坝行政复议案件同比涨幅哪家更大？|行政复议案件同比涨幅",
        "灵珠山街道综合执法中队在编的有几个人？|综合执法中队在编",
        "林川乡在岗的调解员有几名？|在岗调解员"})
    void should_leave_the_askers_words_out_of_the_thing_asked(String question, String metric) {
        assertThat(elsewhere.parse(question).asks().getFirst().metric().replaceAll("[\\s?？]", "")).isEqualTo(metric);
    }

    /** 改了几件、废了几件: a one-character verb asked alone is the word reports write (修改, 废止, 撤销). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "四会市清理规范性文件，改了几件、废了几件？|修改|废止",
        "留坝县清理规范性文件，废了多少件，改了多少件？|废止|修改"})
    void should_say_a_short_verb_in_full(String question, String first, String second) {
        var asks = elsewhere.parse(question).asks().stream().map(a -> a.metric().replaceAll("\\s", "")).toList();
        assertThat(asks).hasSize(2);
        assertThat(asks.get(0)).endsWith(first);
        assertThat(asks.get(1)).endsWith(second);
    }

    /** 报告开头说镇里有三大专业市场: where the report says it and 镇里 name nothing looked for. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "乐从镇报告开头说镇里有三大专业市场，是哪三个？|三大专业市场",
        "乐从镇报告的开篇提到的三大专业市场都有哪些？|三大专业市场"})
    void should_leave_where_the_report_says_it_out_of_the_topic(String question, String topic) {
        assertThat(elsewhere.parse(question).topic().replaceAll("[\\s,，?？]", "")).isEqualTo(topic);
    }

    /** 谁最好, 哪家最差: a ranking of a rate by its best, without 高 or 多. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "执法案卷评查合格率，旺草镇、兰考县、四会市谁最好？|COMPARE",
        "旺草镇和兰考县的案卷合格率，哪家最差？|COMPARE",
        "旺草镇的执法工作做得最好的是哪一项？|FACT"})
    void should_read_best_and_worst_as_a_ranking(String question, QuestionKind kind) {
        assertThat(elsewhere.parse(question).kind()).isEqualTo(kind);
    }

    /** 由几类人组成, 一共要履行几道程序: members or steps counted off the list the report writes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "那个双语调解队是由几类人组成的？|双语调解队",
        "这支巡回调解队由几类人构成？|巡回调解队",
        "解纷队伍是由几类人员组成的？|解纷队伍",
        "做重大行政决策的时候，一共要履行几道程序？|程序",
        "重大决策共需要经过几道程序？|程序"})
    void should_count_members_and_steps_off_a_list(String question, String phrase) {
        assertThat(SloganAsk.of(question)).get().satisfies(a -> {
            assertThat(a.phrase()).isEqualTo(phrase);
            assertThat(a.count()).isTrue();
        });
    }

    /** 述的法, 坚持的是什么原则, 对棚改项目: the words reports write, without the kind of answer wanted. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "枫桥镇书记是什么时候在市里述的法？|述法",
        "纺织城街道对棚改项目坚持的是什么原则？|棚改项目",
        "纺织城街道征收拆迁执行的是什么做法？|征收拆迁"})
    void should_read_the_words_reports_write(String question, String word) {
        String topic = elsewhere.parse(question).topic().replaceAll("[\\s?？]", "");
        assertThat(topic).contains(word).doesNotContain("原则").doesNotContain("对棚改").doesNotContain("做法");
    }

    /** 没写比例就按件数算, 司法局报的数据: how to work the answer out and where it comes from name nothing asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "震泽镇、燕子矶街道，调解成功率排个名，震泽没写比例就按件数算|调解成功率",
        "四会市、兰考县的行政诉讼败诉率谁高？报告没直接写率的就按案件数算一下|行政诉讼败诉率",
        "行政复议纠错率，安顺市和临泽县司法局报的数据，哪个高？|行政复议纠错率"})
    void should_leave_how_and_whence_out_of_the_rate(String question, String metric) {
        assertThat(elsewhere.parse(question).asks().getFirst().metric().replaceAll("[\\s?？:：,，]", ""))
                .isEqualTo(metric);
    }

    /** 我在整理材料，想比一下行政诉讼败诉率：A、B，谁最高: the clause that says what is compared is kept. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我在整理行政应诉的材料，想比一下行政诉讼败诉率：四会市、南岸区，谁最高？|败诉率",
        "我们在写总结，想对比一下调解成功率：震泽镇、燕子矶街道，哪个高？|调解成功率"})
    void should_keep_what_a_preamble_says_is_compared(String question, String word) {
        assertThat(elsewhere.parse(question).topic().replaceAll("\\s", "")).contains(word);
    }

    /** 街道和镇各几个, 其中街道几个、镇几个: a level word alone is a part asked, though one character. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "南岸区一共有多少个镇街？街道和镇各几个？",
        "南岸区一共有多少个镇街？其中街道几个、镇几个？"})
    void should_ask_each_level_word_as_a_part(String question) {
        assertThat(elsewhere.parse(question).asks()).extracting(a -> a.metric().strip())
                .containsExactly("镇街", "街道", "镇");
    }

    /** 保留一位小数, 给我个百分比就行, 那份好像没直接写比率，你按它的件数帮我算一下: how to write it, no figure asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "林川乡执法人员里持证的比例是多少？百分比保留一位小数。|执法人员里持证",
        "修齐镇网上办理的占几成？给我个百分比就行。|网上办理 占 成",
        "震泽镇、四会市人民调解成功率谁高？震泽那份好像没直接写比率，你按它的件数帮我算一下。|人民调解成功率"})
    void should_leave_how_to_write_the_answer_out(String question, String metric) {
        var asks = elsewhere.parse(question).asks();
        assertThat(asks).hasSize(1);
        assertThat(asks.getFirst().metric().replaceAll("[\\s?？。]|高|低", "")).isEqualTo(metric.replace(" ", ""));
    }

    /** 哪个乡更突出: the larger share is asked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "山林土地纠纷占多大比重？邬阳乡和林川乡比，哪个乡更突出？|COMPARE",
        "邬阳乡山林土地纠纷问题突出吗？|FACT"})
    void should_read_more_prominent_as_a_ranking(String question, QuestionKind kind) {
        assertThat(elsewhere.parse(question).kind()).isEqualTo(kind);
    }

    /** 大均乡（22年）、拱市乡（24年）; 兰考县2022年、南岸区和四会市2023年: each place in the year written after it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "法律顾问各审了多少份合同：景宁大均乡（22年）、渠县拱市乡（24年）、鹤峰邬阳乡（23年）？|2022 2024 2023",
        "行政诉讼败诉率谁最高：兰考县2022年、南岸区和四会市2023年？|2022 2023 2023",
        "南岸区和四会市2023年的行政诉讼败诉率谁高？|2023 2023"})
    void should_read_each_places_own_year(String question, String years) {
        Question q = elsewhere.parse(question);
        assertThat(q.scope()).extracting(r -> String.valueOf(r.year())).containsExactly(years.split(" "));
    }
}
