package com.reportqa.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who issued a report and which place it is about, from the title prefix, the "来源:" line and the
 * signature. Places are merged conservatively: a second source may only add higher levels to the primary place
 * when it names the same lowest place, so no level is ever invented.
 */
final class IssuerResolver {

    /** Issuer and place; either may be null when the report does not write them. */
    record Resolution(String issuer, Place place) { }

    /**
     * One organisation name inside a title prefix: separator, name part, organisation word. A 街道 counts as an
     * organisation because its office issues reports under the bare name ("七里山街道2023年度…"). A match with an
     * empty name part ("办公室" after "…人民政府", "政府" in "…党委、政府") continues the previous organisation.
     */
    private static final Pattern ORG = Pattern.compile(
            "\\G[、\\s]*(\\S*?)(?:人民政府|管理委员会|委员会|常委会|党工委|党委|管委会|街道办事处|办事处|政府"
                    + "|[省市州区县旗镇乡]委(?!员)|办公室|局|街道)");
    /** "2024年度" at the very start of a title such as "2024年度某某区法治政府建设报告". */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)\\d{2}\\s*年度?");
    private static final Pattern FIRST_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[、\\s]*$");

    private final PlaceParser placeParser;

    IssuerResolver(PlaceParser placeParser) {
        this.placeParser = placeParser;
    }

    Resolution resolve(HeaderAnalyzer.Header header) {
        String prefix = titlePrefix(header.title());
        List<String> titleOrgs = splitOrganisations(prefix);
        String issuer = null;
        if (!titleOrgs.isEmpty()) {
            issuer = String.join("、", titleOrgs);
        } else if (header.sourceOrg() != null && HeaderLines.ORG_SUFFIX.matcher(header.sourceOrg()).find()) {
            issuer = header.sourceOrg();
        } else if (!header.signatures().isEmpty()) {
            issuer = String.join("、", header.signatures());
        }
        List<String> placeSources = new ArrayList<>();
        placeSources.add(prefix.isEmpty() ? LEADING_YEAR.matcher(header.title()).replaceFirst("") : prefix);
        placeSources.addAll(titleOrgs);
        placeSources.add(header.sourceOrg());
        placeSources.addAll(header.signatures());
        return new Resolution(issuer, mergePlaces(placeSources));
    }

    /** Text before "关于" or before the reported year: where titles name the issuer. */
    static String titlePrefix(String title) {
        int end = title.length();
        int about = title.indexOf("关于");
        if (about > 0) {
            end = about;
        }
        Matcher year = FIRST_YEAR.matcher(title);
        if (year.find() && year.start() > 0 && year.start() < end) {
            end = year.start();
        }
        return end == title.length() ? "" : TRAILING_SEPARATORS.matcher(title.substring(0, end)).replaceFirst("");
    }

    /** Splits "中共云阳县江口镇委员会云阳县江口镇人民政府" into its organisations; empty unless fully consumed. */
    static List<String> splitOrganisations(String prefix) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = ORG.matcher(prefix);
        int consumed = 0;
        while (consumed < prefix.length() && m.find()) {
            if (m.group(1).isEmpty() && !spans.isEmpty()) {
                spans.get(spans.size() - 1)[1] = m.end(); // "…人民政府" + "办公室" is one organisation
            } else {
                spans.add(new int[] {m.start(1), m.end()});
            }
            consumed = m.end();
        }
        boolean rest = !TRAILING_SEPARATORS.matcher(prefix.substring(consumed)).replaceFirst("").isEmpty();
        if (rest) {
            return List.of();
        }
        return spans.stream().map(span -> prefix.substring(span[0], span[1])).toList();
    }

    private Place mergePlaces(List<String> sources) {
        Place primary = null;
        List<Place> others = new ArrayList<>();
        for (String source : sources) {
            Optional<Place> place = source == null ? Optional.empty() : placeParser.parse(source);
            if (place.isEmpty()) {
                continue;
            }
            if (primary == null) {
                primary = place.get();
            } else {
                others.add(place.get());
            }
        }
        if (primary == null) {
            return null;
        }
        for (Place other : others) {
            primary = fillHigherLevels(primary, other);
        }
        return primary;
    }

    /** Adds levels above the primary's lowest level when {@code other} names the same lowest place. */
    private static Place fillHigherLevels(Place primary, Place other) {
        String[] mine = asArray(primary);
        String[] theirs = asArray(other);
        int lowest = -1;
        for (int i = 0; i < mine.length; i++) {
            if (mine[i] != null) {
                lowest = i;
            }
        }
        if (lowest < 0 || !Objects.equals(mine[lowest], theirs[lowest])) {
            return primary;
        }
        for (int i = 0; i < lowest; i++) {
            if (mine[i] != null && theirs[i] != null && !mine[i].equals(theirs[i])) {
                return primary; // conflicting chains: trust the primary alone
            }
        }
        for (int i = 0; i < lowest; i++) {
            if (mine[i] == null) {
                mine[i] = theirs[i];
            }
        }
        return new Place(mine[0], mine[1], mine[2], mine[3]);
    }

    private static String[] asArray(Place place) {
        return new String[] {place.province(), place.city(), place.county(), place.town()};
    }
}
