package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeSpansTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "坚持每季度召开法治政府建设专题会，做到重要工作定期部署推进|每季度",
        "我镇充分利用每周一上午例会时间组织全镇干部集中学习政策法律法规知识|每周一",
        "接警后30分钟内到达现场处置|30分钟内",
        "行政复议案件均在5个工作日内办结|5个工作日内",
        "群众诉求一般在三天内答复|三天内",
        "同时每月定期组织各村社区综治专干召开维稳形势分析研判会|每月",
        "实行一月一通报制度|一月一通报",
        "明确重点任务30项，按季度调度推进|按季度",
        "整改情况按月通报|按月",
    })
    void should_find_the_span_or_frequency(String sentence, String expected) {
        assertThat(TimeSpans.find(sentence)).extracting(TimeSpans.Span::text).first().isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024年共受理矛盾纠纷120件",
        "2023年3月5日召开专题会议",
        "办理人大代表建议、政协委员提案35件",
        "新当选的1名副镇长、7名新任职的二级机构负责人进行宪法宣誓",
        "按年度计划完成普法任务",
        "按月度考核结果兑现奖惩",
    })
    void should_find_no_span_in_dates_and_counts(String sentence) {
        assertThat(TimeSpans.find(sentence)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "坚持每季度召开法治政府建设专题会|1|次/季度|",
        "我镇充分利用每周一上午例会时间组织学习|1|次/周|",
        "每月定期组织召开研判会|1|次/月|",
        "实行一月一通报制度|1|次/月|",
        "每年至少2次听取法治建设工作汇报|2|次/年|至少",
        "每周两次开展巡查|2|次/周|",
        "每半年开展一次执法检查|1|次/半年|",
        "明确重点任务30项，按季度调度推进|1|次/季度|",
        "整改情况按月通报|1|次/月|",
        "接警后30分钟内到达现场处置|30|分钟|",
    })
    void should_read_a_frequency_as_times_per_period(String sentence, String value, String unit, String qualifier) {
        TimeSpans.Amount amount = TimeSpans.find(sentence).get(0).amount().orElseThrow();
        assertThat(amount.value()).isEqualByComparingTo(value);
        assertThat(amount.unit()).isEqualTo(unit);
        assertThat(amount.qualifier()).isEqualTo(qualifier);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"定期开展执法人员培训", "常态化开展法治宣传"})
    void should_mark_regular_without_period_as_weak(String sentence) {
        assertThat(TimeSpans.find(sentence)).allMatch(TimeSpans.Span::weak).isNotEmpty();
    }
}
