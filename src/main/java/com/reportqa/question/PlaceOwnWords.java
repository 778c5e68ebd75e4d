package com.reportqa.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 健龙镇的法律顾问和雁峰区的法律顾问专家库，提的意见条数谁多: each place is named with its own word for the thing
 * compared. When one of those names holds the others whole (法律顾问 in 法律顾问专家库), the shortest is the thing; the
 * rest (专家库) is one place's name for it and must not count against the other place's figure. And the words said
 * of one place alone, read as its own ask, for a comparison whose shared words miss that place.
 */
public final class PlaceOwnWords {

    private static final String ENDS = "和与跟及、，,？?。；;：:";
    private static final int MIN_NAME = 2;
    private static final String JOINERS = "和与跟及、";
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年度?");

    private PlaceOwnWords() {
    }

    /**
     * Keeps of each place's own words (after 的, up to the next place or break) only the shortest, when it is part of
     * every other.
     *
     * @param blanked   the question with its place names and years blanked out
     * @param placeEnds where each place name ends
     */
    static void share(StringBuilder blanked, List<Integer> placeEnds) {
        List<int[]> spans = new ArrayList<>();
        for (int end : placeEnds) {
            int at = end;
            while (at < blanked.length() && blanked.charAt(at) == ' ') {
                at++;
            }
            if (at >= blanked.length() || blanked.charAt(at) != '的') {
                continue;
            }
            int from = at + 1;
            int to = from;
            while (to < blanked.length() && ENDS.indexOf(blanked.charAt(to)) < 0 && blanked.charAt(to) != ' ') {
                to++;
            }
            if (to - from >= MIN_NAME) {
                spans.add(new int[] {from, to});
            }
        }
        if (spans.size() < 2) {
            return;
        }
        List<String> own = spans.stream().map(s -> blanked.substring(s[0], s[1])).toList();
        if (own.stream().distinct().count() == 1) {
            return;
        }
        // only a name that holds another's whole is that name with more words: 行政诉讼案件 and 行政应诉案件 are two
        // ways of naming one thing, and what they share (行政) is no name of it
        String shared = own.stream().min(Comparator.comparingInt(String::length)).orElseThrow();
        if (!own.stream().allMatch(o -> o.contains(shared))) {
            return;
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            String kept = i == 0 ? shared : "";
            blanked.replace(s[0], s[1], kept + " ".repeat(s[1] - s[0] - kept.length()));
            // 法律顾问和 …: with the other names gone, the word joining them joins nothing
            if (s[1] < blanked.length() && JOINERS.indexOf(blanked.charAt(s[1])) >= 0) {
                blanked.setCharAt(s[1], ' ');
            }
        }
    }

    /**
     * 江口镇…三类处罚加起来，跟黄溪镇全年执法件数比: the words said of one place alone, read as that place's ask;
     * none when they hold fewer than two words of their own (和, 跟).
     */
    public static Optional<Ask> ask(String words) {
        String text = YEAR.matcher(words).replaceAll(" ");
        if (AskSplitter.hanCount(AskSplitter.clean(text)) < 2) {
            return Optional.empty();
        }
        Ask ask = AskSplitter.whole(text, "");
        return AskSplitter.hanCount(ask.metric()) >= 2 ? Optional.of(ask) : Optional.empty();
    }
}
