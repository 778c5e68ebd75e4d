package com.reportqa.question;

import com.reportqa.ingest.Report;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The level a question asks about when it names a province or city: 重庆各镇 wants the towns' reports, not
 * the district's; 各区县 the counties'. Without such a word every place under the name counts.
 */
final class LevelWords {

    private static final Pattern TOWNS = Pattern.compile("(各|哪个|哪些|哪几个|两个|几个|三个|所有|的)?(乡镇|镇|乡|街道)(?![长委])");
    private static final Pattern COUNTIES = Pattern.compile("(各|哪个|哪些|哪几个|两个|几个|所有)(区县|县区|区|县)");

    private LevelWords() {
    }

    /** The places of the asked level, or all of them when the question names no level or none is of it. */
    static List<List<Report>> keep(String question, List<List<Report>> places) {
        List<List<Report>> kept = places;
        if (TOWNS.matcher(question).find()) {
            kept = places.stream().filter(p -> p.get(0).place().town() != null).toList();
        } else if (COUNTIES.matcher(question).find()) {
            kept = places.stream().filter(p -> p.get(0).place().town() == null && p.get(0).place().county() != null)
                    .toList();
        }
        return kept.isEmpty() ? places : kept;
    }
}
