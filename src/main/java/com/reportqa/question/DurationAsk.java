package com.reportqa.question;

import java.util.regex.Pattern;

/**
 * A question that wants a duration, deadline or frequency (多久召开一次, 多长时间内到场, 几个工作日内办结): it is
 * answered by a time span or a frequency word, never by a count of 件 or 人 that happens to sit nearby.
 */
public final class DurationAsk {

    /** The interrogatives of time: 多久, 多长时间, 多少天, 几个工作日, 几个小时, 多少分钟, 什么频次. */
    private static final Pattern ASKS = Pattern.compile(
            "多久|多长时间|多长的?时间|多少时间|多少天|几天|多少个?小时|几个?小时|多少分钟|几分钟|多少个?工作日|几个工作日"
                    + "|多少个?月|几个月|多少周|几周|什么频次|什么频率|频次是|频率是|时限是|期限是|多长时限|几年一次|多少年一次"
                    // 集中学法是啥时候: when something recurs (每周一上午, 每年年初) is a frequency too
                    + "|啥时候|什么时候|何时|啥时间|什么时间|哪天");
    /** Words of the asking, not of the thing asked about: removed before the thing is looked up. */
    private static final Pattern ASKING_WORDS = Pattern.compile(
            ASKS.pattern() + "|开一次|一般|通常|平常|平时|往往|放在|放到|安排在|定在|一次|之内|以内|内|召开|开展|组织|进行|需要|要求|必须|完成|做到|提出|分别|各自|(?<=\\p{IsHan})里(?=[\\s,，、])|要在|在|吗|呢|是|的|了"
                    // 报告里说多久开一次: where it is written is not what recurs
                    + "|(?:报告|文中|原文)(?:里|中|上)?(?:说|讲|写|提到?)?(?:的|了|着)?"
                    // 他们那个专题会: who and which, said of the place already named
                    + "|他们|她们|人家|(?:那|这)一?个"
                    + "|[?？。，,]");

    private DurationAsk() {
    }

    /** Whether the question asks how long, how often or within what deadline. */
    public static boolean asks(String question) {
        return ASKS.matcher(question).find();
    }

    /** What the duration is of: 法治工作例会多久召开一次 → 法治工作例会; 接警后多长时间内到场 → 接警后 到场. */
    public static String subject(String question) {
        return ASKING_WORDS.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }
}
