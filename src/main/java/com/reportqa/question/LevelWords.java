package com.reportqa.question;

import com.reportqa.ingest.Place;
import com.reportqa.ingest.Report;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level a question asks about when it names a province or city: 重庆各镇 wants the towns' reports, not
 * the district's; 各区县 the counties'. Without such a word every place under the name counts.
 */
final class LevelWords {

    private static final Pattern TOWNS = Pattern.compile("(各|哪个|哪些|哪几个|两个|几个|三个|所有|的)?(乡镇|镇|乡|街道)(?![长委])");
    private static final Pattern COUNTIES = Pattern.compile("(各|哪个|哪些|哪几个|两个|几个|所有)(区县|县区|区|县)");

    /**
     * 所有街道, 各乡镇: a level asked of the whole corpus, with the word that says "every one of them". 哪几个镇在提 is
     * not one: officials say 镇 of any place when they ask which.
     */
    private static final Pattern ACROSS = Pattern.compile(
            "(?:所有|全部|各个?|这些|那些|这几个|那几个)(?:的)?(街道|乡镇|镇|乡|区县|县区|县)(?![长委党政])"
                    // 哪几个街道搞了…: 街道, unlike 镇, is not said of any place
                    + "|(?:哪些|哪几个|哪个|几个)(街道)(?![长委党政办])");

    private LevelWords() {
    }

    /**
     * The places of the level a question asks across the corpus without naming a place (所有街道的罚款排一下: the
     * 街道 alone, not the towns); all places when it names no level, or none is of it.
     */
    static List<List<Report>> across(String question, List<List<Report>> places) {
        Matcher m = ACROSS.matcher(question);
        if (!m.find()) {
            return places;
        }
        String level = m.group(1) != null ? m.group(1) : m.group(2);
        List<List<Report>> kept = places.stream().filter(p -> ofLevel(p.get(0).place(), level)).toList();
        return kept.isEmpty() ? places : kept;
    }

    private static boolean ofLevel(Place place, String level) {
        String town = place.town();
        return switch (level) {
            case "街道" -> town != null && town.contains("街");
            case "镇" -> town != null && town.endsWith("镇");
            case "乡" -> town != null && town.endsWith("乡");
            case "乡镇" -> town != null && (town.endsWith("镇") || town.endsWith("乡"));
            default -> town == null && place.county() != null;
        };
    }

    /** Whether the question names a level of place at all (各镇, 街道, 区县), which a bare county name then is not. */
    static boolean namesLevel(String question) {
        return TOWNS.matcher(question).find() || COUNTIES.matcher(question).find();
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
