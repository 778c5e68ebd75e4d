package com.reportqa.question;

import com.reportqa.ingest.Report;
import java.util.List;

/**
 * What a question says about places, kept together because they are resolved together (one gazetteer pass,
 * one prefix check) and read together by the answerers that must refuse or narrow a question.
 *
 * @param places        the places named, as written in the corpus (健龙镇), in question order
 * @param placeGroups   the reports of each named place, parallel to {@code places}
 * @param unknownPlaces places named that the corpus does not have
 * @param ambiguous     places a name could mean (云阳县江口镇, 奉节县江口镇) when several places share it; the
 *                      question must say which before it can be answered
 * @param mismatched    a place written with a prefix the national list contradicts (江北区健龙镇), one Chinese
 *                      sentence each; such a question is not answered from that place's reports
 */
public record PlacesNamed(List<String> places, List<List<Report>> placeGroups, List<String> unknownPlaces,
        List<String> ambiguous, List<String> mismatched) {

    public PlacesNamed {
        places = List.copyOf(places);
        placeGroups = List.copyOf(placeGroups);
        unknownPlaces = List.copyOf(unknownPlaces);
        ambiguous = List.copyOf(ambiguous);
        mismatched = List.copyOf(mismatched);
    }
}
