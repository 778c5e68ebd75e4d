package com.reportqa.answer;

import java.math.BigDecimal;

/**
 * A figure an answer states, with the marker of the citation that states it.
 *
 * @param computed the report does not state this figure: the answer computed it from figures it does state (a
 *                 total summed from its parts), and says so; {@code raw} is then the answer's own wording
 */
public record AnswerFigure(BigDecimal value, String unit, String qualifier, String raw, String metric, String place,
        Integer year, int citation, boolean computed) {

    /** A figure the report states as it is. */
    public AnswerFigure(BigDecimal value, String unit, String qualifier, String raw, String metric, String place,
            Integer year, int citation) {
        this(value, unit, qualifier, raw, metric, place, year, citation, false);
    }
}
