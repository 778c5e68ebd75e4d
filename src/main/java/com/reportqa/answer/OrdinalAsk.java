package com.reportqa.answer;

import com.reportqa.question.Question;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第几次会议, 第几批: a question for an ordinal is answered only by a passage that states one (第3次会议); a
 * report that writes 第次会议 (the number lost) does not answer it, however well its words match.
 */
final class OrdinalAsk {

    private static final Pattern ASKED = Pattern.compile("第几([\\p{IsHan}])");
    private static final String NUMBER = "[0-9０-９一二三四五六七八九十百千两]+";

    private OrdinalAsk() {
    }

    /** True when the question asks 第几X and no cited paragraph writes 第 + a number + X. */
    static boolean unanswered(Question q, Answer a) {
        Matcher m = ASKED.matcher(q.text());
        if (!m.find()) {
            return false;
        }
        Pattern stated = Pattern.compile("第\\s*" + NUMBER + "\\s*" + Pattern.quote(m.group(1)));
        return a.citations().stream().noneMatch(c -> stated.matcher(c.text()).find());
    }
}
