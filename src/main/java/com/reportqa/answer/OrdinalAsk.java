package com.reportqa.answer;

import com.reportqa.figures.ChineseNumbers;
import com.reportqa.ingest.Report;
import com.reportqa.question.Question;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 第几次会议, 第几批: a question for an ordinal is answered only by a passage that states one (第3次会议); a
 * report that writes 第次会议 (the number lost) does not answer it, however well its words match.
 */
final class OrdinalAsk {

    /** 第几年, 第几次, 第几个年头 (a year asked the spoken way). */
    private static final Pattern ASKED = Pattern.compile("第几个?(年头|[\\p{IsHan}])");
    private static final String NUMBER = "[0-9０-９一二三四五六七八九十百千两]+";

    private OrdinalAsk() {
    }

    /**
     * 今年是八五普法第几年: the ordinal a cited paragraph states (第四年), as a figure of its own — value 4, unit 年 —
     * quoted in its sentence; empty when the question asks none or no citation states one.
     */
    static Optional<Answer> stated(Question q, Answer a, Function<String, Optional<Report>> reports) {
        Optional<String> asked = unit(q);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        String unit = asked.get();
        Pattern stated = statedPattern(unit);
        for (Citation c : a.citations()) {
            Matcher s = stated.matcher(c.text());
            if (!s.find()) {
                continue;
            }
            Optional<BigDecimal> value = ChineseNumbers.parse(s.group(1));
            if (value.isEmpty()) {
                continue;
            }
            int from = Math.max(c.text().lastIndexOf('。', s.start()) + 1, 0);
            int to = c.text().indexOf('。', s.end());
            String sentence = c.text().substring(from, to < 0 ? c.text().length() : to).strip();
            Citation cited = new Citation(1, c.file(), c.reportId(), c.reportTitle(), c.issuer(), c.place(), c.year(),
                    c.publishedOn(), c.url(), c.paragraphId(), c.section(), c.text(), sentence);
            String label = reports.apply(c.reportId()).map(Report::shortLabel).orElse(c.place() + c.year() + "年度");
            String text = "**" + s.group() + "**。" + label + "报告原文：“"
                    + sentence + "”[1]";
            return Optional.of(new Answer(null, q.text(), text, Mode.NUMERIC, List.of(cited),
                    List.of(new AnswerFigure(value.get(), unit, null, s.group(), q.topic(), c.place(), c.year(), 1)),
                    null, null, null));
        }
        return Optional.empty();
    }

    /** True when the question asks 第几X and no cited paragraph writes 第 + a number + X. */
    static boolean unanswered(Question q, Answer a) {
        return unit(q).map(OrdinalAsk::statedPattern)
                .map(stated -> a.citations().stream().noneMatch(c -> stated.matcher(c.text()).find())).orElse(false);
    }

    /** What the ordinal counts (年 for 第几个年头), when the question asks one. */
    private static Optional<String> unit(Question q) {
        Matcher m = ASKED.matcher(q.text());
        return m.find() ? Optional.of(m.group(1).equals("年头") ? "年" : m.group(1)) : Optional.empty();
    }

    /** 第四年, 第3次: the number in group 1. */
    private static Pattern statedPattern(String unit) {
        return Pattern.compile("第\\s*(" + NUMBER + ")\\s*个?" + Pattern.quote(unit));
    }
}
