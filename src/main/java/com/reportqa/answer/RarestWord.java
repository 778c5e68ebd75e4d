package com.reportqa.answer;

import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rarest asked word the reports in scope use at all: it names the thing asked (例会, 宣誓), so a sentence
 * without it is about something else. Words no report writes (新任命, 到场 for 到达现场) cannot decide.
 */
final class RarestWord {

    private RarestWord() {
    }

    static Optional<String> of(Set<String> wanted, List<Report> scope, SentenceScorer scorer) {
        return wanted.stream()
                .filter(w -> scope.stream().flatMap(r -> r.paragraphs().stream())
                        .filter(p -> p.kind() != ParagraphKind.META).anyMatch(p -> scorer.coverage(Set.of(w), p.text()) > 0))
                .max(Comparator.comparingDouble(scorer::weight));
    }
}
