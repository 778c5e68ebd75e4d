package com.reportqa.bench;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFigure;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** A figure of a question file's "expected" list (value, unit, qualifier) against a figure of an answer. */
public final class GoldFigure {

    private static final Set<String> ASPECTS = Set.of("个", "方面", "个方面");

    private GoldFigure() {
    }

    /** A part the report does not state ({"value": null, "raw": "未写明"}): the answer must say so, not give a figure. */
    public static boolean unstated(JsonNode gold) {
        JsonNode value = gold.get("value");
        return value == null || value.isNull();
    }

    /** Same value, same unit and same qualifier (10万余件 = 100000 件 余). */
    public static boolean matches(JsonNode gold, AnswerFigure f) {
        if (unstated(gold)) {
            return false;
        }
        JsonNode qualifier = gold.get("qualifier");
        String expected = qualifier == null || qualifier.isNull() ? null : qualifier.asString();
        return new BigDecimal(gold.get("value").asString()).compareTo(f.value()) == 0
                && sameUnit(gold.get("unit").asString(), f.unit()) && Objects.equals(expected, f.qualifier());
    }

    /** 3个方面, 3方面 and 3个 count the same aspects: question authors write each of them. */
    private static boolean sameUnit(String gold, String answered) {
        return gold.equals(answered) || ASPECTS.contains(gold) && ASPECTS.contains(answered);
    }

    /**
     * The place named (a label such as 增福镇（涪陵区） tells same-named places apart: the name must be the figure's
     * place and, when the gold names the report, the figure must cite that report).
     */
    public static boolean sameEntity(JsonNode e, Answer a, AnswerFigure f) {
        String name = e.get("entity").asString().replaceFirst("[（(][^（）()]*[）)]$", "");
        if (!f.place().contains(name)) {
            return false;
        }
        JsonNode doc = e.get("doc");
        return doc == null || doc.isNull() || a.citations().stream()
                .anyMatch(c -> c.n() == f.citation() && c.file().equals(doc.asString()));
    }
}
