package com.reportqa.question;

import com.reportqa.ingest.Report;
import java.util.List;

/**
 * A question as understood: its kind, the reports in scope (place and year filters applied), the figures
 * it asks for, and what it could not resolve. The place and year details live in {@link PlacesNamed} and
 * {@link YearAsked}; the accessors below reach into them so callers read {@code q.places()} or
 * {@code q.year()} without caring where they are kept.
 *
 * @param placesNamed what the question says about places
 * @param yearAsked   what the question says about time
 * @param scope       the reports to answer from
 * @param topic       the question without places, years, interrogatives and filler: what it is about
 */
public record Question(String text, QuestionKind kind, PlacesNamed placesNamed, YearAsked yearAsked,
        List<Report> scope, List<Ask> asks, String topic) {

    public Question {
        topic = QuestionText.quotable(topic);
        scope = List.copyOf(scope);
        asks = List.copyOf(asks);
    }

    /** The same understanding for other words, e.g. a follow-up restated for retrieval. */
    public Question withText(String newText) {
        return new Question(newText, kind, placesNamed, yearAsked, scope, asks, topic);
    }

    /** The same question read as one about the plans (定的…目标 may be a target of the year ahead). */
    public Question asPlan() {
        YearAsked plan = new YearAsked(yearAsked.year(), true, yearAsked.missingYear(), yearAsked.statedYear());
        return new Question(text, kind, placesNamed, plan, scope, asks, topic);
    }

    public boolean numeric() {
        return kind == QuestionKind.NUMERIC || kind == QuestionKind.COMPARE;
    }

    public List<String> places() {
        return placesNamed.places();
    }

    public List<List<Report>> placeGroups() {
        return placesNamed.placeGroups();
    }

    public List<String> unknownPlaces() {
        return placesNamed.unknownPlaces();
    }

    public List<String> ambiguous() {
        return placesNamed.ambiguous();
    }

    public List<String> mismatched() {
        return placesNamed.mismatched();
    }

    public Integer year() {
        return yearAsked.year();
    }

    public boolean future() {
        return yearAsked.future();
    }

    public String missingYear() {
        return yearAsked.missingYear();
    }

    public Integer statedYear() {
        return yearAsked.statedYear();
    }
}
