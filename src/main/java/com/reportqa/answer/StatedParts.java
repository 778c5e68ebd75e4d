package com.reportqa.answer;

import com.reportqa.figures.ChineseNumbers;
import com.reportqa.figures.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 行政复议案件4件，其中维持3件、终止1件: the parts a report lists right after a figure, asked for by 复议结果怎么分的,
 * 构成如何: each part's words and figure, in the figure's own unit, as written.
 */
final class StatedParts {

    /** The question wants what a figure is made of, not another figure. */
    static final Pattern ASKED = Pattern.compile(
            "怎么分|如何分|怎样分|怎么构成|如何构成|构成(?:是|情况|如何|怎样)|分布(?:情况|如何|怎样)?|其中(?:各|分别)"
                    + "|(?:处理|办理|审理|复议|诉讼)?结果(?:怎么样|如何|怎样|分别|都是|是什么)"
                    // 复议几件、怎么结的; 结果各是怎么处理的: how the cases ended is asked the same way
                    + "|结果各?(?:是|为)?(?:怎么|如何|怎样)|(?:怎么|如何|怎样)(?:结的|结案的|了结的|处理的|办结的|判的)");
    private static final Pattern AFTER = Pattern.compile("^\\s*[，,（(]?\\s*其中[，,:：]?([^；;。）)]*)");

    record Part(String words, BigDecimal value, String raw) {
    }

    private StatedParts() {
    }

    /** The parts listed after 其中 right behind the figure, in its unit; empty when none are. */
    static List<Part> of(Figure f) {
        String sentence = f.sentence();
        int at = sentence.indexOf(f.raw());
        if (at < 0) {
            return List.of();
        }
        Matcher after = AFTER.matcher(sentence.substring(at + f.raw().length()));
        if (!after.find()) {
            return List.of();
        }
        Pattern part = Pattern.compile("(\\p{IsHan}{1,10}?)(\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百]+)"
                + Pattern.quote(f.unit()));
        List<Part> parts = new ArrayList<>();
        Matcher m = part.matcher(after.group(1));
        while (m.find()) {
            Optional<BigDecimal> value = ChineseNumbers.parse(m.group(2));
            value.ifPresent(v -> parts.add(new Part(m.group(1), v, m.group(2) + f.unit())));
        }
        return parts.size() >= 2 ? parts : List.of();
    }
}
