package com.reportqa.question;

import java.util.regex.Pattern;

/**
 * A question that wants the parts of a total besides the total (几人宣誓？各是什么职务？ 合计多少？分别是哪些？): each
 * part is answered, and a total the report does not state is their sum, marked as computed. A total asked in so
 * many words with its parts (合计多少？简易程序和一般程序各多少？) is a {@link TotalAsk}.
 */
public final class BreakdownAsk {

    private static final Pattern EACH_WHAT = Pattern.compile("(?:各|分别|各自|都)(?:是|有|为|属于)?(?:什么|哪些|哪几|啥|哪)");

    private BreakdownAsk() {
    }

    public static boolean asks(String question) {
        return EACH_WHAT.matcher(question).find();
    }
}
