package com.reportqa.question;

import java.util.regex.Pattern;

/**
 * The words that ask for a ranking (哪个多, 谁高, 排个序, 从高到低, 比一比): one list for the parser, the split of a
 * message into its questions and the answerers that rank.
 */
public final class RankingWords {

    /** 哪个多, 哪家更高, 谁办得多: which of them has more or less. */
    static final String WHICH_MORE = "哪(?:一个|一项|个|项|家|边|一|年|位|种|类|样)?[^，,？?。]{0,4}(?:多|少|高|低|大|小)"
            + "|谁[^，,？?。]{0,3}(?:多|少|高|低|大|小)";
    /** 排序, 排个名, 多少排, 从高到低: an order asked. */
    /** 排名 asked; 排名靠后的3个村 is a rank the report names, no order asked. */
    static final String RANK = "排名(?!靠前|靠后|落后|末位|倒数|前列)";
    static final String ORDER = "排序|排一下|排个序|" + RANK + "|排个名|排一排|排个队|排排队|排排|(?:多少|高低|大小)排"
            + "|[从由][多少高低大小]到[多少高低大小]?";
    /** A ranking asked in any of these words, or as a comparison (比一比, 对比一下). */
    public static final Pattern ASKED = Pattern.compile(WHICH_MORE + "|" + ORDER + "|比一比|比较一下|对比一下");
    /** An order asked, even without 多少 (排个序, 从高到低). */
    static final Pattern ORDER_ASKED = Pattern.compile(ORDER);

    private RankingWords() {
    }
}
