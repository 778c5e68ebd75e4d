package com.reportqa.question;

import com.reportqa.ingest.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which of the places a question names it means: shared names narrowed, broader mentions dropped. */
final class PlaceMentions {

    private PlaceMentions() {
    }

    static List<Gazetteer.PlaceMention> resolve(Gazetteer gazetteer, List<Gazetteer.PlaceMention> found) {
        return narrowest(disambiguate(gazetteer, found));
    }

    /**
     * A name several places share (江口镇) is narrowed by another place the question names (云阳县 … 江口镇):
     * the shared name keeps only the reports the other mention also covers, and the other mention is dropped.
     */
    private static List<Gazetteer.PlaceMention> disambiguate(Gazetteer gazetteer,
            List<Gazetteer.PlaceMention> mentions) {
        List<Gazetteer.PlaceMention> out = new ArrayList<>(mentions);
        for (var m : mentions) {
            if (m.ambiguous().isEmpty() || !out.contains(m)) {
                continue;
            }
            for (var other : mentions) {
                Set<Report> both = new LinkedHashSet<>(m.reports());
                both.retainAll(other.reports());
                if (other != m && out.contains(other) && !both.isEmpty() && !both.equals(m.reports())) {
                    out.set(out.indexOf(m), gazetteer.mention(m.alias(), m.start(), m.end(), both));
                    out.remove(other);
                    break;
                }
            }
        }
        return out;
    }

    /** Drops a place mention whose reports include another mention's (璧山区 … 健龙镇 → 健龙镇). */
    private static List<Gazetteer.PlaceMention> narrowest(List<Gazetteer.PlaceMention> mentions) {
        List<Gazetteer.PlaceMention> out = new ArrayList<>();
        for (var m : mentions) {
            boolean broader = mentions.stream().anyMatch(o -> o != m && m.reports().containsAll(o.reports())
                    && !o.reports().containsAll(m.reports()));
            boolean duplicate = out.stream().anyMatch(o -> o.reports().equals(m.reports()));
            if (!broader && !duplicate) {
                out.add(m);
            }
        }
        return out;
    }
}
