package com.reportqa.question;

/**
 * The words that ask for a total (一共, 合计, 加起来, 总数): one list for the split of a message into its questions,
 * the reading of a total and its parts, and the answerers that add figures up. Each reader takes the groups it needs:
 * 累计 is also a running total the reports write themselves (累计培养72名), and the nouns (总额) name a total rather than
 * ask one.
 */
public final class TotalWords {

    /** 一共, 合计, 加起来: a total asked in the words every asker uses. */
    public static final String ASKED = "一共|总共|合计|共计|总计|加起来|合起来|加在一起";
    /** 累计: a total asked, but also a running total a report writes (累计培养72名). */
    public static final String RUNNING = "累计";
    /** 总数, 总额: the whole named as a noun (总 alone is not one: 总访问量 is a figure of its own). */
    public static final String NOUN = "总数|总和|总额|总金额|总量";
    /** 加一下, 相加: the asker adding the parts himself. */
    public static final String ADDED = "加一起|加到一起|加一下|加一加|相加|加总";

    private TotalWords() {
    }
}
