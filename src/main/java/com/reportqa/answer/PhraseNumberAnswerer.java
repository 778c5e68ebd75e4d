package com.reportqa.answer;

import com.reportqa.figures.ChineseNumbers;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 最多跑几趟 answered by 最多跑一次: the question's words right before 几, written in a report with a number in its
 * place (a named reform, a rule), tried only when no figure answered. The number is the answer, quoted in its
 * sentence; nothing when no sentence in scope writes those words with a number.
 */
final class PhraseNumberAnswerer {

    private static final Pattern ASKED = Pattern.compile("(\\p{IsHan}{3,5})几(趟|次|个|天|项|件|年|级|步|地|张|条)?");
    private static final String NUMBER = "([一二两三四五六七八九十百]+|\\d{1,3})";
    /** Fewer of the question's words than this would find any number after any verb. */
    private static final int MIN_WORDS = 3;
    private static final int MAX_REPORTS = 3;

    Optional<Answer> answer(Question q) {
        String text = q.text();
        for (String place : q.places()) {
            text = text.replace(place, " ");
        }
        Matcher asked = ASKED.matcher(text);
        if (!asked.find()) {
            return named(q, text);
        }
        String words = asked.group(1);
        String unit = asked.group(2);
        // 跑几趟 is said of what reports write as 跑一次
        String units = unit == null ? "(\\p{IsHan})" : unit.equals("趟") || unit.equals("次") ? "([趟次])"
                : "(" + Pattern.quote(unit) + ")";
        for (int length = words.length(); length >= MIN_WORDS; length--) {
            Pattern stated = Pattern.compile(Pattern.quote(words.substring(words.length() - length)) + "[“\"「]?" + NUMBER
                    + units);
            for (List<ScopedSentence> sentences : List.of(ScopedSentence.of(q, MAX_REPORTS),
                    ScopedSentence.ofOtherTense(q, MAX_REPORTS))) {
                for (ScopedSentence s : sentences) {
                    Matcher m = stated.matcher(s.text());
                    Optional<BigDecimal> value = m.find() ? ChineseNumbers.parse(m.group(1)) : Optional.empty();
                    if (value.isPresent()) {
                        return Optional.of(answer(q, new NamedCount(s, m, value.get())));
                    }
                }
            }
        }
        return named(q, text);
    }

    /**
     * 调解网络是分几级的 answered by 三级调解网络, 经过几道程序 by 三道程序: a count written into the name of what is
     * asked, right before the name. Only for the measure words of names (级, 大, 道 …): a plain 个 or 项 is a figure's.
     */
    private static final String NAME_UNITS = "(级|大|道|支|张|类|种|横|纵|室|中心)";
    /** 调解网络是分几级: the name before 几. */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "(\\p{IsHan}{2,8}?)(?:是|有|分|共|为|的|设|分为|分成)*几" + NAME_UNITS);
    /** 几道程序, 几大专业市场: the name after the measure word. */
    private static final Pattern NAME_AFTER = Pattern.compile("几" + NAME_UNITS + "(\\p{IsHan}{2,6})");
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 6;

    private Optional<Answer> named(Question q, String text) {
        Matcher before = NAME_BEFORE.matcher(text);
        if (before.find()) {
            String words = before.group(1);
            for (int length = Math.min(words.length(), MAX_NAME); length >= MIN_NAME; length--) {
                Optional<Answer> a = named(q, before.group(2), words.substring(words.length() - length));
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        Matcher after = NAME_AFTER.matcher(text);
        if (after.find()) {
            String words = after.group(2);
            for (int length = Math.min(words.length(), MAX_NAME); length >= MIN_NAME; length--) {
                Optional<Answer> a = named(q, after.group(1), words.substring(0, length));
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Answer> named(Question q, String unit, String name) {
        return stated(q, unit, name).map(c -> answer(q, c));
    }

    /**
     * A count written into a name (四大关系), with the sentence that writes it.
     *
     * @param match the count, its measure word and the name (groups 1 and 2: the count and the measure word)
     */
    record NamedCount(ScopedSentence sentence, Matcher match, BigDecimal value) {

        /** 四大: the count and its measure word as written. */
        String raw() {
            return match.group(1) + match.group(2);
        }

        AnswerFigure figure(int citation) {
            return new AnswerFigure(value, match.group(2), null, raw(), match.group(),
                    sentence.report().place().displayOrPending(), sentence.report().year(), citation);
        }
    }

    /**
     * 要处理好几大关系 asked beside other figures: the ask's last word (关系) written after its count and its measure
     * word (四大关系) in a sentence in scope. Empty unless the ask counts in one measure word of names.
     */
    Optional<NamedCount> namedCount(Question q, Ask ask) {
        String[] words = ask.metric().strip().split("\\s+");
        String name = words[words.length - 1];
        if (ask.units().size() != 1 || !ask.units().iterator().next().matches(NAME_UNITS) || name.length() < MIN_NAME) {
            return Optional.empty();
        }
        return stated(q, ask.units().iterator().next(), name.substring(Math.max(0, name.length() - MAX_NAME)));
    }

    private static Optional<NamedCount> stated(Question q, String unit, String name) {
        Pattern stated = Pattern.compile(NUMBER + "(" + Pattern.quote(unit) + ")" + Pattern.quote(name));
        for (ScopedSentence s : ScopedSentence.of(q, MAX_REPORTS)) {
            Matcher m = stated.matcher(s.text());
            Optional<BigDecimal> value = m.find() ? ChineseNumbers.parse(m.group(1)) : Optional.empty();
            if (value.isPresent()) {
                return Optional.of(new NamedCount(s, m, value.get()));
            }
        }
        return Optional.empty();
    }

    private static Answer answer(Question q, NamedCount c) {
        Citations citations = new Citations();
        ScopedSentence s = c.sentence();
        String sentence = s.text().strip();
        int n = citations.cite(s.report(), s.paragraph(), sentence);
        String text = "**" + c.raw() + "**（“" + c.match().group() + "”）。" + s.report().shortLabel() + "报告原文：“"
                + sentence + "”[" + n + "]";
        return new Answer(null, q.text(), text, Mode.NUMERIC, citations.list(), List.of(c.figure(n)), null, null,
                null);
    }
}
