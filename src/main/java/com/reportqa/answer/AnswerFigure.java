package com.reportqa.answer;

import java.math.BigDecimal;

/** A figure an answer states, with the marker of the citation that states it. */
public record AnswerFigure(BigDecimal value, String unit, String qualifier, String raw, String metric, String place,
        Integer year, int citation) {
}
