package com.reportqa.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The durations, deadlines and frequencies a sentence states (30分钟内, 3个工作日, 每季度, 定期): what answers a
 * 多久 question. Years and dates (2024年, 3月5日) are points in time, not spans, and are never returned.
 */
public final class TimeSpans {

    /** One span or frequency in a sentence, with its offsets; {@code weak} for 定期/常态化, which name no period. */
    public record Span(String text, int start, int end, boolean weak) {

        /**
         * The span as a figure (30分钟内 → 30 分钟, 半小时 → 0.5 小时, 3个工作日 → 3 个工作日); a frequency counts
         * times per period (每季度 → 1 次/季度, 一月一通报 → 1 次/月, 每年至少2次 → 2 次/年 至少); empty for 定期,
         * which names no period.
         */
        public Optional<Amount> amount() {
            if (weak) {
                return Optional.empty();
            }
            Optional<Amount> frequency = frequency(text);
            if (frequency.isPresent()) {
                return frequency;
            }
            Matcher m = AMOUNT.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            String number = m.group(1);
            Optional<BigDecimal> value = number.equals("半") ? Optional.of(new BigDecimal("0.5"))
                    : ChineseNumbers.parse(number);
            String qualifier = m.group(3) == null ? null : m.group(3).equals("以内") ? "以内" : null;
            return value.map(v -> new Amount(v, m.group(2), qualifier));
        }
    }

    /** 每季度 → 1 次/季度, 每年至少2次 → 2 次/年 至少, 一月一通报 → 1 次/月. */
    private static Optional<Amount> frequency(String text) {
        Matcher m = FREQUENCY_AMOUNT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String period = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(5);
        Optional<BigDecimal> times = m.group(3) == null ? Optional.of(BigDecimal.ONE) : ChineseNumbers.parse(m.group(3));
        return times.map(t -> new Amount(t, "次/" + PERIODS.getOrDefault(period, period), m.group(2)));
    }

    /** A span's number and unit; {@code qualifier} 以内 as the figure extractor reads it, 内 alone is no qualifier. */
    public record Amount(BigDecimal value, String unit, String qualifier) {
    }

    private static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百半]+)";
    /**
     * A number with a unit of time. 年 only with 内/以内 or after 每 (一年内) so that 2024年 never counts; 日 only as
     * 工作日 or followed by 内 so that 3月5日 never counts; 月 only as 个月.
     */
    private static final Pattern SPAN = Pattern.compile(
            "(?<![\\d年月.])" + NUMBER + "\\s*(?:个)?(?:分钟|小时|个?工作日|天|周|个星期|个月)(?:之内|以内|内)?"
                    + "|(?<![\\d年月.])" + NUMBER + "\\s*(?:日|年)(?:之内|以内|内)");
    private static final Pattern AMOUNT = Pattern.compile(
            "(" + NUMBER + ")\\s*(个?(?:分钟|小时|工作日|天|周|星期|月)|日|年)(之内|以内|内)?");
    private static final String TIMES = "(?:(至少|不少于|不低于)?(\\d+|[一二两三四五六七八九十]+)次)";
    /** Frequencies: 每季度, 每周一, 每月, 每半年, 每年至少2次, 一月一次, 一季度一通报. */
    private static final Pattern FREQUENCY = Pattern.compile(
            "每(?:个)?(?:工作日|季度|半年|年度|年|月|周[一二三四五六日]?|星期[一二三四五六日]?|天|日|两周|两个月|双月)"
                    + TIMES + "?|[一每](?:周|月|季度?|年)一(?:次|会|报|查|学|评|通报|调度|研判|讲)"
                    // 按季度调度推进, 按月通报: 按 a period and the action done in it
                    + "|按(?:季度|月|周|半年)(?=[\\p{IsHan}&&[^度份初末底中计划任时]])");
    /** The period of a frequency span as its figure's unit (次/季度); group 2 qualifier, group 3 times. */
    private static final Pattern FREQUENCY_AMOUNT = Pattern.compile(
            "每个?(工作日|季度|半年|年度|年|月|周|星期|天|日|两周|两个月|双月)[一二三四五六日]?" + TIMES + "?"
                    + "|[一每](周|月|季度?|年)一\\p{IsHan}+|按(季度|月|周|半年)");
    private static final Map<String, String> PERIODS = Map.of("年度", "年", "季", "季度", "天", "日", "星期", "周",
            "双月", "两个月");
    /** Regular, without a period (定期, 常态化): an answer only when nothing more precise is said. */
    private static final Pattern REGULAR = Pattern.compile("定期|常态化|不定期");

    private TimeSpans() {
    }

    public static List<Span> find(String sentence) {
        List<Span> out = new ArrayList<>();
        for (Pattern p : List.of(FREQUENCY, SPAN)) {
            Matcher m = p.matcher(sentence);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (out.stream().noneMatch(x -> x.start() < e && s < x.end())) {
                    out.add(new Span(m.group(), s, e, false));
                }
            }
        }
        Matcher m = REGULAR.matcher(sentence);
        while (m.find()) {
            out.add(new Span(m.group(), m.start(), m.end(), true));
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }
}
