package com.reportqa.answer;

import com.reportqa.figures.ChineseNumbers;
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
            return Optional.empty();
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
                        return Optional.of(answer(q, s, m, value.get()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Answer answer(Question q, ScopedSentence s, Matcher m, BigDecimal value) {
        Citations citations = new Citations();
        String sentence = s.text().strip();
        int n = citations.cite(s.report(), s.paragraph(), sentence);
        String raw = m.group(1) + m.group(2);
        String text = "**" + raw + "**（“" + m.group() + "”）。" + s.report().shortLabel() + "报告原文：“" + sentence + "”[" + n
                + "]";
        AnswerFigure figure = new AnswerFigure(value, m.group(2), null, raw, m.group(), s.report().place().displayOrPending(),
                s.report().year(), n);
        return new Answer(null, q.text(), text, Mode.NUMERIC, citations.list(), List.of(figure), null, null, null);
    }
}
