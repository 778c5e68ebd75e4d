package com.reportqa.search;

import java.util.Set;

/**
 * @param text      the question or keywords
 * @param reportIds only these reports (place/year filters resolved by the caller); empty = all reports
 * @param k         how many paragraphs
 */
public record SearchQuery(String text, Set<String> reportIds, int k, SearchMethod method) {
    public SearchQuery {
        reportIds = Set.copyOf(reportIds);
    }

    public static SearchQuery of(String text, int k) {
        return new SearchQuery(text, Set.of(), k, SearchMethod.HYBRID);
    }
}
