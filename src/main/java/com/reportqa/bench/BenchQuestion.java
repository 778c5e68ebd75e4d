package com.reportqa.bench;

import com.reportqa.bench.GeneratedReport.Gold;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ground-truth question in the format of shared/eval/questions.jsonl. {@code ambiguous} lists the counties
 * of a town name that several counties have: the question names the town alone and must not be answered with
 * a figure.
 */
public record BenchQuestion(String id, String type, String question, List<String> docs, List<Expected> expected,
        List<String> evidence, String note, List<String> ambiguous) {

    public BenchQuestion {
        docs = List.copyOf(docs);
        expected = List.copyOf(expected);
        evidence = List.copyOf(evidence);
        ambiguous = List.copyOf(ambiguous);
    }

    /** One expected figure; for compare questions also its rank, place and document. */
    public record Expected(Integer rank, String entity, Gold gold, String doc, Integer year, String phrase) {
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type);
        m.put("question", question);
        m.put("doc", docs);
        m.put("expected", expected.stream().map(e -> {
            if (e.phrase() != null) {
                return (Object) e.phrase();
            }
            Map<String, Object> x = new LinkedHashMap<>();
            if (e.rank() != null) {
                x.put("rank", e.rank());
                x.put("entity", e.entity());
            }
            x.put("value", e.gold().value());
            x.put("unit", e.gold().unit());
            x.put("qualifier", e.gold().qualifier());
            x.put("raw", e.gold().raw());
            if (e.doc() != null) {
                x.put("doc", e.doc());
                x.put("year", e.year());
            }
            return (Object) x;
        }).toList());
        m.put("evidence", evidence);
        if (note != null) {
            m.put("note", note);
        }
        if (!ambiguous.isEmpty()) {
            m.put("ambiguous", ambiguous);
        }
        return m;
    }

    public boolean nearDuplicate() {
        return note != null && note.startsWith("near-duplicate");
    }
}
