package com.reportqa.cli;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFigure;
import com.reportqa.answer.AnswerService;
import com.reportqa.answer.Citation;
import com.reportqa.answer.Mode;
import com.reportqa.bench.GoldFigure;
import com.reportqa.ingest.TextNormalizer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Scores answers against a question file (the format of shared/eval/questions.jsonl): accuracy per
 * question type, citation correctness, and every miss with what was answered instead.
 */
final class EvalCommand {

    private final AnswerService answers;
    private final TextNormalizer normalizer = new TextNormalizer();

    EvalCommand(AnswerService answers) {
        this.answers = answers;
    }

    record Result(String id, String type, boolean correct, Boolean citationOk, String detail) {
    }

    List<Result> run(List<JsonNode> questions) {
        List<Result> results = new ArrayList<>();
        for (JsonNode q : questions) {
            try {
                results.add(judge(q, answers.ask(q.get("question").asString())));
            } catch (RuntimeException e) {
                // one malformed line (a value that is no number, a missing field) is a miss said plainly, not a crash
                results.add(new Result(text(q, "id"), text(q, "type"), false, null,
                        "这一题无法评测，格式有误（" + e.getClass().getSimpleName() + "）：" + q));
            }
        }
        return results;
    }

    Result judge(JsonNode q, Answer a) {
        String type = q.get("type").asString();
        String id = q.get("id").asString();
        boolean correct = switch (type) {
            case "numeric", "multi_numeric" -> a.mode() == Mode.NUMERIC && allFiguresPresent(q.get("expected"), a);
            case "compare" -> a.mode() == Mode.NUMERIC && compareCorrect(q.get("expected"), a);
            case "none" -> a.mode() == Mode.NO_ANSWER;
            default -> a.mode() != Mode.NO_ANSWER && allPhrasesPresent(q.get("expected"), a.answer());
        };
        Boolean citationOk = null;
        List<String> evidence = new ArrayList<>();
        q.get("evidence").forEach(e -> evidence.add(norm(e.asString())));
        if (a.mode() != Mode.NO_ANSWER && !evidence.isEmpty()) {
            citationOk = a.citations().stream().map(Citation::text).map(this::norm)
                    .anyMatch(t -> evidence.stream().anyMatch(t::contains));
        }
        String detail = correct ? "" : "[" + a.mode().json() + "] " + a.answer().replace('\n', ' ');
        return new Result(id, type, correct, citationOk, detail);
    }

    private static String text(JsonNode q, String field) {
        JsonNode v = q.get(field);
        return v == null || v.isNull() ? "?" : v.asString();
    }

    private boolean allFiguresPresent(JsonNode expected, Answer a) {
        for (JsonNode e : expected) {
            if (GoldFigure.unstated(e)) {
                if (!a.answer().contains("未写明")) {
                    return false;
                }
                continue;
            }
            if (a.figures().stream().noneMatch(f -> GoldFigure.matches(e, f))) {
                return false;
            }
        }
        return true;
    }

    private boolean compareCorrect(JsonNode expected, Answer a) {
        List<AnswerFigure> ranked = a.figures();
        int i = 0;
        for (JsonNode e : expected) {
            if (e.get("rank").isNull()) {
                String entity = e.get("entity").asString();
                boolean shownUnreported = a.answer().lines()
                        .anyMatch(l -> GoldFigure.names(l, entity) && l.contains("未报告"));
                if (!shownUnreported) {
                    return false;
                }
                continue;
            }
            if (i >= ranked.size() || !GoldFigure.matches(e, ranked.get(i))
                    || !GoldFigure.sameEntity(e, a, ranked.get(i))) {
                return false;
            }
            i++;
        }
        return true;
    }


    private boolean allPhrasesPresent(JsonNode expected, String answer) {
        String text = norm(answer);
        for (JsonNode e : expected) {
            if (!text.contains(norm(e.asString()))) {
                return false;
            }
        }
        return true;
    }

    private String norm(String s) {
        return normalizer.normalize(s).replaceAll("\\s+", "");
    }

    static void print(List<Result> results, PrintStream out) {
        Map<String, int[]> byType = new TreeMap<>();
        int citedOk = 0;
        int cited = 0;
        for (Result r : results) {
            int[] c = byType.computeIfAbsent(r.type(), k -> new int[2]);
            c[1]++;
            if (r.correct()) {
                c[0]++;
            }
            if (r.citationOk() != null) {
                cited++;
                citedOk += r.citationOk() ? 1 : 0;
            }
        }
        out.println("type            correct/total   accuracy");
        int ok = 0;
        for (var e : byType.entrySet()) {
            int[] c = e.getValue();
            ok += c[0];
            out.printf("%-15s %6d/%-6d   %6.1f%%%n", e.getKey(), c[0], c[1], 100.0 * c[0] / c[1]);
        }
        out.printf("%-15s %6d/%-6d   %6.1f%%%n", "all", ok, results.size(), 100.0 * ok / results.size());
        out.printf("citations holding the evidence: %d/%d (%.1f%%)%n", citedOk, cited,
                cited == 0 ? 100.0 : 100.0 * citedOk / cited);
        for (Result r : results) {
            if (!r.correct() || Boolean.FALSE.equals(r.citationOk())) {
                out.println("MISS " + r.id() + " (" + r.type() + ")"
                        + (Boolean.FALSE.equals(r.citationOk()) ? " citation lacks evidence" : "") + ": " + r.detail());
            }
        }
    }
}
