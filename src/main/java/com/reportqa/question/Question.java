package com.reportqa.question;

import com.reportqa.ingest.Report;
import java.util.List;

/**
 * A question as understood: its kind, the reports in scope (place and year filters applied), the figures
 * it asks for, and what it could not resolve.
 *
 * @param places        the places named, as written in the corpus (健龙镇), in question order
 * @param placeGroups   the reports of each named place, parallel to {@code places}
 * @param year          the year asked about, resolved (去年 → the latest report year), or null
 * @param future        asks about plans (明年, 计划, 下一步): answered from the plan sections
 * @param scope         the reports to answer from
 * @param unknownPlaces places named that the corpus does not have
 * @param missingYear   a place whose report of the asked year is not in the corpus, with the years it has
 * @param topic         the question without places, years, interrogatives and filler: what it is about
 * @param ambiguous     places a name could mean (云阳县江口镇, 奉节县江口镇) when several places share it; the
 *                      question must say which before it can be answered
 * @param mismatched    a place written with a prefix the national list contradicts (江北区健龙镇), one Chinese
 *                      sentence each; such a question is not answered from that place's reports
 * @param statedYear    the year asked about when no report of it exists and the next year's report is answered
 *                      from instead, only by what it states about that year (2023年度述法…); null otherwise
 */
public record Question(String text, QuestionKind kind, List<String> places, List<List<Report>> placeGroups,
        Integer year, boolean future, List<Report> scope, List<Ask> asks, List<String> unknownPlaces,
        String missingYear, String topic, List<String> ambiguous, List<String> mismatched, Integer statedYear) {

    public Question(String text, QuestionKind kind, List<String> places, List<List<Report>> placeGroups,
            Integer year, boolean future, List<Report> scope, List<Ask> asks, List<String> unknownPlaces,
            String missingYear, String topic, List<String> ambiguous) {
        this(text, kind, places, placeGroups, year, future, scope, asks, unknownPlaces, missingYear, topic, ambiguous,
                List.of(), null);
    }

    public Question {
        mismatched = List.copyOf(mismatched);
        topic = QuestionText.quotable(topic);
        ambiguous = List.copyOf(ambiguous);
        places = List.copyOf(places);
        placeGroups = List.copyOf(placeGroups);
        scope = List.copyOf(scope);
        asks = List.copyOf(asks);
        unknownPlaces = List.copyOf(unknownPlaces);
    }

    /** The same understanding for other words, e.g. a follow-up restated for retrieval. */
    public Question withText(String newText) {
        return new Question(newText, kind, places, placeGroups, year, future, scope, asks, unknownPlaces, missingYear,
                topic, ambiguous, mismatched, statedYear);
    }

    Question withMismatched(List<String> places) {
        return new Question(text, kind, this.places, placeGroups, year, future, scope, asks, unknownPlaces,
                missingYear, topic, ambiguous, places, statedYear);
    }

    Question withStatedYear(Integer stated) {
        return new Question(text, kind, places, placeGroups, year, future, scope, asks, unknownPlaces, missingYear,
                topic, ambiguous, mismatched, stated);
    }

    public boolean numeric() {
        return kind == QuestionKind.NUMERIC || kind == QuestionKind.COMPARE;
    }
}
