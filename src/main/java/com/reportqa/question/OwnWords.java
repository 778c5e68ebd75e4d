package com.reportqa.question;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 江口镇…三类处罚加起来，跟黄溪镇全年执法件数比: the words a comparison says of one place alone, read as that
 * place's ask, for a place the question's shared words do not find.
 */
public final class OwnWords {

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年度?");

    private OwnWords() {
    }

    /** The ask the words make, or none when they hold fewer than two words of their own (和, 跟). */
    public static Optional<Ask> ask(String words) {
        String text = YEAR.matcher(words).replaceAll(" ");
        if (AskSplitter.hanCount(AskSplitter.clean(text)) < 2) {
            return Optional.empty();
        }
        Ask ask = AskSplitter.whole(text, "");
        return AskSplitter.hanCount(ask.metric()) >= 2 ? Optional.of(ask) : Optional.empty();
    }
}
