package com.reportqa.answer;

import java.math.BigDecimal;

/**
 * A figure an answer states, with the marker of the citation that states it. {@code computed} marks a figure
 * the report does not write but the answer works out from figures it does (a rate from two counts, a total of
 * its parts, an average); its {@code qualifier} is the text's own (余, 约), never a note that it is computed.
 */
public record AnswerFigure(BigDecimal value, String unit, String qualifier, String raw, String metric, String place,
        Integer year, int citation, boolean computed) {

    /** A figure as the report writes it. */
    public AnswerFigure(BigDecimal value, String unit, String qualifier, String raw, String metric, String place,
            Integer year, int citation) {
        this(value, unit, qualifier, raw, metric, place, year, citation, false);
    }
}
