package com.reportqa.bench;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import com.reportqa.answer.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * Exactness, the same bar for every corpus. report-qa: the answer states the gold value, unit and qualifier
 * and cites the gold report; compare answers rank the places as the gold does; a list across reports cites none
 * but the gold's; none questions get no_answer;
 * a town name several counties share gets no_answer naming every county and no figure. Stock Lucene: its top
 * line is from the gold report and contains the gold figure as written (for none questions it cannot abstain).
 */
final class Judge {

    private Judge() {
    }

    static boolean reportQa(JsonNode q, Answer a) {
        return switch (q.get("type").asString()) {
            case "numeric", "multi_numeric" -> a.mode() == Mode.NUMERIC && citesGold(q, a)
                    && all(q.get("expected"), e -> a.figures().stream().anyMatch(f -> GoldFigure.matches(e, f)));
            case "compare" -> a.mode() == Mode.NUMERIC && ranked(q.get("expected"), a);
            case "none" -> a.mode() == Mode.NO_ANSWER && a.figures().isEmpty() && namesAll(q.get("ambiguous"), a);
            case "list" -> a.mode() != Mode.NO_ANSWER && all(q.get("expected"), e -> a.answer().contains(e.asString()))
                    && onlyGoldReports(q, a);
            default -> a.mode() != Mode.NO_ANSWER && all(q.get("expected"), e -> a.answer().contains(e.asString()));
        };
    }

    /**
     * A list across reports (哪几份报告提到了…) names only the reports that hold it: one citing a report outside the gold
     * listed a place too many, though every expected name is there.
     */
    private static boolean onlyGoldReports(JsonNode q, Answer a) {
        List<String> docs = docs(q);
        return docs.size() < 2 || a.citations().stream().map(Citation::file).allMatch(docs::contains);
    }

    static boolean stock(JsonNode q, List<StockLucene.Hit> hits) {
        if (hits.isEmpty()) {
            return q.get("type").asString().equals("none");
        }
        StockLucene.Hit top = hits.get(0);
        JsonNode expected = q.get("expected");
        return switch (q.get("type").asString()) {
            case "none" -> false;
            case "compare" -> top.file().equals(expected.get(0).get("doc").asString())
                    && top.text().contains(expected.get(0).get("raw").asString());
            case "numeric", "multi_numeric" -> docs(q).contains(top.file())
                    && all(expected, e -> top.text().contains(e.get("raw").asString()));
            default -> all(expected, e -> top.text().contains(e.asString()));
        };
    }

    /** A town name shared by several counties answered with a figure: the two places were merged. */
    static boolean merged(JsonNode q, Answer a) {
        return q.has("ambiguous") && !a.figures().isEmpty();
    }

    private static boolean namesAll(JsonNode counties, Answer a) {
        return counties == null || all(counties, c -> a.answer().contains(c.asString()));
    }

    private static boolean citesGold(JsonNode q, Answer a) {
        List<String> docs = docs(q);
        return a.citations().stream().map(Citation::file).anyMatch(docs::contains);
    }

    private static boolean ranked(JsonNode expected, Answer a) {
        int i = 0;
        for (JsonNode e : expected) {
            if (e.get("rank") == null || e.get("rank").isNull()) {
                continue;
            }
            if (i >= a.figures().size() || !GoldFigure.matches(e, a.figures().get(i))
                    || !GoldFigure.sameEntity(e, a, a.figures().get(i))) {
                return false;
            }
            i++;
        }
        return true;
    }


    private static List<String> docs(JsonNode q) {
        List<String> docs = new ArrayList<>();
        q.get("doc").forEach(d -> docs.add(d.asString()));
        return docs;
    }

    private static boolean all(JsonNode nodes, Predicate<JsonNode> test) {
        for (JsonNode n : nodes) {
            if (!test.test(n)) {
                return false;
            }
        }
        return true;
    }
}
