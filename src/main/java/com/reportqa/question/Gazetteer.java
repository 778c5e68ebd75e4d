package com.reportqa.question;

import com.reportqa.divisions.DivisionNames;
import com.reportqa.ingest.Place;
import com.reportqa.ingest.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places of the corpus and every way a question may name them: full names (璧山区), short forms
 * (璧山), chains (璧山区健龙镇, 璧山健龙镇). A county or city name selects all reports below it.
 */
final class Gazetteer {

    /** A place-like word in a question: two or three characters and an administrative suffix. */
    private static final Pattern PLACE_LIKE = Pattern.compile("([\\p{IsHan}]{2,3}?)(区|县|镇|乡|街道)");
    /** First characters of words that end like a place but are not one (全区, 本镇, 社区, 城区…). */
    private static final String NOT_PLACE_START = "全本该各我你他其此每这那哪社城园辖景街小山片矿乡县镇区市省村组新老各地分在和与及的个年月日";
    /** Common words that end like a place name: 场镇 (market town), 城区, 社区, 乡镇… */
    private static final Set<String> COMMON_WORDS = Set.of("场镇", "城镇", "集镇", "乡镇", "村镇", "城区", "社区", "园区",
            "景区", "辖区", "片区", "街区", "小区", "新区", "老区", "矿区", "山区", "牧区", "郊区", "市区", "县区", "县镇",
            "个镇", "个区", "个县", "个乡", "些镇", "些区", "些县", "商区", "校区", "营区", "灾区", "库区", "湖区", "林区",
            "返乡", "下乡", "回乡", "家乡", "故乡", "老乡", "同乡", "离乡", "城乡", "进镇", "入镇", "出县", "跨区", "跨县",
            // 我们是少数民族乡: a kind of township, not one
            "族乡");
    /** 少数民族地区, 贫困地区, 西部地区, 周边地区: kinds of region, not a region's name. */
    private static final Pattern REGION_KIND = Pattern.compile("(?:民族|贫困|偏远|[东西南北中]部|周边|边远|农村|山区)地区$");

    /** True for a name of the national list: 城东街道 and 新华乡 are places though they start like 城区 and 新区. */
    private final Predicate<String> divisionName;
    private final Map<String, Set<Report>> byAlias = new HashMap<>();
    /** Alias → the place one level above it, per report ("" when not written): tells 江口镇 of 云阳县 from another. */
    private final Map<String, Map<Report, String>> parents = new HashMap<>();
    /** Aliases by first character, longest first: a question is scanned once, not once per alias of the corpus. */
    private final Map<Character, List<String>> byFirstChar;

    Gazetteer(List<Report> reports, Predicate<String> divisionName) {
        this.divisionName = divisionName;
        // many reports share a place (one a year): its aliases are worked out once
        Map<Place, Set<String>> aliasesOf = new HashMap<>();
        for (Report report : reports) {
            for (String alias : aliasesOf.computeIfAbsent(report.place(), Gazetteer::aliases)) {
                byAlias.computeIfAbsent(alias, k -> new LinkedHashSet<>()).add(report);
            }
            List<String> levels = report.place().levels();
            for (int i = 0; i < levels.size(); i++) {
                String parent = i == 0 ? "" : levels.get(i - 1);
                for (String alias : DivisionNames.aliases(levels.get(i))) {
                    parents.computeIfAbsent(alias, k -> new HashMap<>()).putIfAbsent(report, parent);
                }
            }
        }
        Map<Character, List<String>> index = new HashMap<>();
        for (String alias : byAlias.keySet()) {
            index.computeIfAbsent(alias.charAt(0), k -> new ArrayList<>()).add(alias);
        }
        index.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())));
        byFirstChar = index;
    }

    /**
     * Every way a question may name the place: each level fully or shortly (澧浦镇, 澧浦, 鹤龙街 for 鹤龙街道), and
     * any higher level before any lower one, adjacent or not (金东澧浦镇, 未央区徐家湾街道, 西宁礼让街).
     */
    static Set<String> aliases(Place place) {
        Set<String> out = new LinkedHashSet<>();
        List<String> levels = place.levels();
        for (String level : levels) {
            out.addAll(DivisionNames.aliases(level));
        }
        for (int i = 0; i < levels.size(); i++) {
            for (int j = i + 1; j < levels.size(); j++) {
                for (String upper : DivisionNames.aliases(levels.get(i))) {
                    for (String lower : DivisionNames.aliases(levels.get(j))) {
                        out.add(upper + lower);
                    }
                }
            }
        }
        if (place.known()) {
            out.add(place.display());
        }
        return out;
    }

    /** 健龙镇 → 健龙, 璧山区 → 璧山; one-character names keep their suffix (城区 stays). */
    static String shortForm(String name) {
        return DivisionNames.stem(name);
    }

    /** The places a question names, as matched alias → reports, longest aliases first, non-overlapping. */
    List<PlaceMention> find(String question) {
        List<PlaceMention> candidates = new ArrayList<>();
        for (int at = 0; at < question.length(); at++) {
            for (String alias : byFirstChar.getOrDefault(question.charAt(at), List.of())) {
                if (question.startsWith(alias, at)) {
                    candidates.add(mention(alias, at, at + alias.length(), byAlias.get(alias)));
                }
            }
        }
        // longest first, then leftmost: the same choice as trying every alias, longest first, left to right
        candidates.sort(Comparator.comparingInt((PlaceMention m) -> m.end() - m.start()).reversed()
                .thenComparingInt(PlaceMention::start));
        List<PlaceMention> found = new ArrayList<>();
        boolean[] taken = new boolean[question.length()];
        for (PlaceMention m : candidates) {
            if (free(taken, m.start(), m.end())) {
                for (int i = m.start(); i < m.end(); i++) {
                    taken[i] = true;
                }
                found.add(m);
            }
        }
        found.sort((a, b) -> a.start() - b.start());
        return found;
    }

    /**
     * A mention of these reports; {@code ambiguous} lists the places when the name belongs to places under
     * different parents (江口镇 in 云阳县 and in 奉节县), which a question must not merge.
     */
    PlaceMention mention(String alias, int start, int end, Set<Report> reports) {
        Map<Report, String> parentOf = parents.getOrDefault(alias, Map.of());
        Map<String, String> places = new TreeMap<>();
        for (Report r : reports) {
            String parent = parentOf.getOrDefault(r, "");
            if (!parent.isEmpty()) {
                places.putIfAbsent(parent, parent + r.place().levels().get(r.place().levels().indexOf(parent) + 1));
            }
        }
        return new PlaceMention(alias, start, end, Set.copyOf(reports),
                places.size() > 1 ? List.copyOf(places.values()) : List.of());
    }

    /** 所有街道, 全部乡镇: words for every place of a level, never part of a name. */
    private static final Pattern EVERY = Pattern.compile("所有|全部|全体|其他|其余|其它");

    /** Place-like words of the question that name no place of the corpus (衡阳市珠晖区 → 珠晖区). */
    List<String> unknownPlaces(String question, List<PlaceMention> known) {
        boolean[] taken = new boolean[question.length()];
        for (PlaceMention m : known) {
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
        }
        List<String> unknown = new ArrayList<>();
        // the known names blanked out, so that 璧山丁家街道 is read as 璧山 + 丁家街道, not as 山丁家街道 overlapping 璧山
        StringBuilder blanked = new StringBuilder(question);
        for (int i = 0; i < taken.length; i++) {
            if (taken[i]) {
                blanked.setCharAt(i, ' ');
            }
        }
        Matcher m = PLACE_LIKE.matcher(blanked);
        while (m.find()) {
            String stem = m.group(1);
            int start = m.start();
            // the shortest stem wins: 市珠晖区 is 珠晖区 preceded by the city's suffix
            if (stem.length() == 3 && isSuffixChar(stem.charAt(0))) {
                stem = stem.substring(1);
                start++;
            }
            String tail = stem.charAt(stem.length() - 1) + m.group(2);
            // 组织镇村干部, 乡村振兴: 镇村 and 乡村 pair two levels, the 镇 or 乡 ends no name (but 石门镇村民 does)
            boolean pairedLevel = question.startsWith("村", m.end()) && !question.startsWith("村民", m.end());
            String name = stem + m.group(2);
            boolean division = divisionName.test(name);
            if (!free(taken, start, m.end()) || pairedLevel || COMMON_WORDS.contains(tail)
                    || REGION_KIND.matcher(name).find() || EVERY.matcher(stem).find()
                    || !division && (NOT_PLACE_START.indexOf(stem.charAt(0)) >= 0
                            || stem.chars().anyMatch(c -> "哪个那这些每各的了和与在几份是".indexOf(c) >= 0))) {
                continue;
            }
            if (!byAlias.containsKey(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    private static boolean isSuffixChar(char c) {
        return "省市区县镇乡州".indexOf(c) >= 0;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    record PlaceMention(String alias, int start, int end, Set<Report> reports, List<String> ambiguous) {
    }
}
