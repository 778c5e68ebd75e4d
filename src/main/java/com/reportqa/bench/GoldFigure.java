package com.reportqa.bench;

import com.reportqa.answer.AnswerFigure;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** A figure of a question file's "expected" list (value, unit, qualifier) against a figure of an answer. */
public final class GoldFigure {

    private GoldFigure() {
    }

    /** Same value, same unit and same qualifier (10万余件 = 100000 件 余). */
    public static boolean matches(JsonNode gold, AnswerFigure f) {
        JsonNode qualifier = gold.get("qualifier");
        String expected = qualifier == null || qualifier.isNull() ? null : qualifier.asString();
        return new BigDecimal(gold.get("value").asString()).compareTo(f.value()) == 0
                && gold.get("unit").asString().equals(f.unit()) && Objects.equals(expected, f.qualifier());
    }
}
