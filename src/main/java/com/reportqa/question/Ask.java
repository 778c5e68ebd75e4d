package com.reportqa.question;

import java.util.Set;

/**
 * One figure a question asks for. {@code metric} is the asking clause without places, years and
 * interrogatives (按一般程序处罚); {@code context} is what the rest of the question adds (the clause before,
 * the shared subject); {@code units} are the acceptable measure words, empty when the question names none;
 * {@code written} is the one the question wrote (多少项 → 项), "" when it wrote none or the generic 个: it decides
 * between figures otherwise alike (向13个镇（街道）下放行政执法事项156项).
 */
public record Ask(String metric, String context, Set<String> units, String written) {
    public Ask {
        metric = QuestionText.quotable(metric);
        context = QuestionText.quotable(context);
        units = Set.copyOf(units);
        written = written == null ? "" : written;
    }

    public Ask(String metric, String context, Set<String> units) {
        this(metric, context, units, "");
    }
}
