package com.reportqa.export;

import com.reportqa.answer.Answer;
import com.reportqa.answer.Citation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What every writer needs: the answers in order, the conversation they belong to (null when they come from
 * several), when they were exported, and each distinct cited report once, numbered in order of first citation.
 */
record ExportContent(List<Answer> answers, String conversationId, OffsetDateTime exportedAt,
        List<GbtReference> references) {

    ExportContent {
        answers = List.copyOf(answers);
        references = List.copyOf(references);
    }

    static ExportContent of(List<Answer> answers, Clock clock) {
        List<GbtReference> references = new ArrayList<>();
        for (Answer a : answers) {
            for (Citation c : a.citations()) {
                GbtReference r = GbtReference.of(c);
                if (references.stream().noneMatch(x -> Objects.equals(x.key(), r.key()))) {
                    references.add(r);
                }
            }
        }
        List<String> conversations = answers.stream().map(Answer::conversationId).distinct().toList();
        String conversationId = conversations.size() == 1 ? conversations.get(0) : null;
        return new ExportContent(answers, conversationId, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                references);
    }

    /** The GB/T 7714 引用日期: the day of the export. */
    LocalDate accessDate() {
        return exportedAt.toLocalDate();
    }

    /** The 1-based number of a citation's report in the reference list. */
    int referenceNumber(Citation c) {
        String key = GbtReference.of(c).key();
        for (int i = 0; i < references.size(); i++) {
            if (Objects.equals(references.get(i).key(), key)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("Citation not in this export: " + c.paragraphId());
    }

    /** The reference list as text, in order. */
    List<String> referenceTexts() {
        return references.stream().map(r -> r.format(accessDate())).toList();
    }

    /** The export time as shown to people: 2026-11-23 16:55. */
    String exportedAtText() {
        return exportedAt.toLocalDate() + " " + exportedAt.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
    }
}
