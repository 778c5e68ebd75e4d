package com.reportqa.question;

import java.util.Set;

/**
 * One figure a question asks for. {@code metric} is the asking clause without places, years and
 * interrogatives (按一般程序处罚); {@code context} is what the rest of the question adds (the clause before,
 * the shared subject); {@code units} are the acceptable measure words, empty when the question names none.
 */
public record Ask(String metric, String context, Set<String> units) {
    public Ask {
        metric = QuestionText.quotable(metric);
        context = QuestionText.quotable(context);
        units = Set.copyOf(units);
    }
}
