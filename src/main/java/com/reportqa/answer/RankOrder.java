package com.reportqa.answer;

import java.util.regex.Pattern;

/**
 * How a question wants its ranking: 从少到多排 and 从低到高 list the fewest first; otherwise the most come first, as
 * comparisons are read. 哪家最少 without an order spelled out keeps that order and names the fewest in the answer.
 *
 * @param fewestFirst the smallest figure ranks first
 * @param asksFewest  the question asks which is fewest or lowest (and not also which is most)
 */
record RankOrder(boolean fewestFirst, boolean asksFewest) {

    /** 从少到多; 先说少的, 少的排前面: the fewest said first is an order too. */
    private static final Pattern ASCENDING = Pattern.compile(
            "(?:少到多|低到高|小到大)|升序|先(?:说|列|讲|写|排|放)(?:少|低|小)的|(?:少|低|小)的先(?:说|列|讲|写|排|放)?"
                    + "|(?:少|低|小)的(?:排|放|写|列)(?:在)?(?:前|第一)");
    private static final Pattern DESCENDING = Pattern.compile("(?:多到少|高到低|大到小)|降序");
    private static final Pattern LOW = Pattern.compile(
            "最少|最低|最小|最差|倒数第一|(?:谁家?|哪个|哪家|哪里|哪边|哪一?类|哪一?项)\\p{IsHan}{0,2}?[少低]|更少|更低|较少|较低");
    private static final Pattern HIGH = Pattern.compile(
            "最多(?!跑)|最高|最大|最好|更突出|最突出|最重|(?:谁家?|哪个|哪家|哪里|哪边|哪一?类|哪一?项)\\p{IsHan}{0,2}?[多高]"
                    + "|更多|更高|较多|较高");

    static RankOrder of(String question) {
        boolean ascending = ASCENDING.matcher(question).find() && !DESCENDING.matcher(question).find();
        boolean low = LOW.matcher(question).find() && !HIGH.matcher(question).find();
        return new RankOrder(ascending, ascending || low && !DESCENDING.matcher(question).find());
    }

    /** 最多 or 最少: the word for the place an answer names of a ranking of counts. */
    String namedOfCounts() {
        return asksFewest ? "最少" : "最多";
    }

    /** 最高 or 最低: the word for the place an answer names of a ranking of rates. */
    String namedOfRates() {
        return asksFewest ? "最低" : "最高";
    }
}
