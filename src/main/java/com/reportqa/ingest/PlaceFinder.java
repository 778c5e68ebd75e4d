package com.reportqa.ingest;

import com.reportqa.divisions.Division;
import com.reportqa.divisions.DivisionNames;
import com.reportqa.divisions.Divisions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place of a report whose title, 来源 line and signature do not name it (or name only the county
 * above it): real report pages lack a title, open with an addressee (中共渠县委员会、渠县人民政府：), call
 * themselves 我乡/本街道 and name the place only in passing (XX乡人民政府). Then completes the place with the
 * national list ({@link PlaceChains}).
 */
final class PlaceFinder {

    /** 我镇, 全乡, 本街道, 我街: which level the report speaks as. */
    private static final Pattern SELF = Pattern.compile("[我本全该](街道|镇|乡|街|区|县|市)(?![委长])");
    /** A place named as an organisation in the body: 澧浦镇人民政府, 徐家湾街道办事处, 鹤龙街党工委. */
    private static final Pattern BODY_ORG = Pattern.compile(
            "(\\p{IsHan}{2,6}?(?:街道|镇|乡|街|区|县|市))(?=人民政府|政府|党委|党工委|办事处|司法所|人大|纪委|综治中心"
                    + "|综合行政执法|派出所|法庭|委员会|司法局|[2-9二三四五六七八九]\\d{0,3}年|坚持|始终|深入|聚焦|紧紧|认真|全面)");
    /** An addressee line: 中共渠县委员会、渠县人民政府： */
    private static final Pattern ADDRESSEE = Pattern.compile("^[\\p{IsHan}、，,\\s]{4,60}(政府|委员会|党委|党工委|区委|县委|市委|司法局)[:：]$");
    private static final int ADDRESSEE_LINES = 3;
    /** 2022年，东城区政府坚持… / 2024年以来，徐家湾街道办事处在区委…: a government opening the body as its subject. */
    private static final Pattern OPENING_SUBJECT = Pattern.compile(
            "(?:\\d{4}年(?:以来|度|全年)?[，,、]?\\s*)?(?:在[^，,。]{2,30}下[，,]\\s*)?(\\p{IsHan}{2,8}?(?:街道|镇|乡|区|县|市|旗))"
                    + "(?:人民政府|政府|办事处|党委|党工委|司法局)");
    private static final int OPENING_LINES = 2;
    /** A full place name ends in its level word. */
    private static final Pattern FULL_NAME_END = Pattern.compile("街道|镇|乡|县|区|市|旗");
    private static final int MAX_FULL_NAME = 10;
    private static final int MIN_BODY_MENTIONS = 1;

    private final PlaceParser parser;
    private final Divisions divisions;
    private final PlaceChains chains;

    PlaceFinder(PlaceParser parser, Divisions divisions) {
        this.parser = parser;
        this.divisions = divisions;
        this.chains = new PlaceChains(divisions);
    }

    /**
     * @param written  the place the title, 来源 line and signature write, or null
     * @param body     the body lines
     * @param fileName the file's name, a last source (鹤龙街2024年法治政府建设报告.txt)
     */
    Place find(Place written, String title, List<String> body, String fileName) {
        String text = (title == null ? "" : title + "\n") + String.join("\n", body);
        List<String> context = addressee(body);
        // the government the body opens with (2022年，东城区政府坚持…) speaks as itself, whatever 全市 it mentions
        Division.Level self = openingSubject(body).map(PlaceFinder::level).orElseGet(() -> selfLevel(text));
        Place place = written;
        if (place == null || self != null && below(self, lowestLevel(place))) {
            Place found = fromBody(text, self, place, context);
            if (found == null) {
                found = mostNamed(text, self, place, context);
            }
            if (found == null && self != null && place == null) {
                // 我市 said once in a district's report: the level words are a hint, not a rule
                found = fromBody(text, null, null, context);
                found = found != null ? found : mostNamed(text, null, null, context);
            }
            if (found == null && place == null) {
                found = parser.parse(stem(fileName)).orElse(null);
            }
            if (found != null) {
                place = place == null ? found : join(place, found);
            }
        }
        if (place == null) {
            return null;
        }
        // the place's own name says nothing of where it lies: 宁安 in 宁安镇 is no mention of 宁安市
        String others = text;
        for (String own : DivisionNames.aliases(place.name())) {
            others = others.replace(own, " ");
        }
        String elsewhere = others;
        return chains.complete(place, context, word -> word.length() >= 2 && elsewhere.contains(word));
    }

    /**
     * The national place the text names most often by its full name (金平县, 岩山镇), at the level the report
     * speaks as and within a written or addressed place when there is one: the last source for a report whose
     * title, signature and body organisations name no place.
     */
    private Place mostNamed(String text, Division.Level self, Place written, List<String> context) {
        List<String> upper = new ArrayList<>(context);
        if (written != null) {
            upper.addAll(written.levels());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = FULL_NAME_END.matcher(text);
        while (m.find()) {
            for (int from = Math.max(0, m.end() - MAX_FULL_NAME); from <= m.end() - 2; from++) {
                String name = text.substring(from, m.end());
                if (name.length() >= 3 && divisions.isName(name) && PlaceGrammar.isHan(name.charAt(0))) {
                    if ((self == null || level(name) == self) && (upper.isEmpty() || insideAny(name, upper))) {
                        counts.merge(name, 1, Integer::sum);
                    }
                    break; // the longest name ending here
                }
            }
        }
        String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (best == null || written != null && written.levels().contains(best)) {
            return null;
        }
        return switch (level(best)) {
            case TOWN -> new Place(null, null, null, best);
            case COUNTY -> new Place(null, null, best, null);
            default -> new Place(null, best, null, null);
        };
    }

    /** Places of an addressee line near the top: the level above the report's own place. */
    private List<String> addressee(List<String> body) {
        List<String> names = new ArrayList<>();
        for (String line : body.subList(0, Math.min(ADDRESSEE_LINES, body.size()))) {
            if (ADDRESSEE.matcher(line.strip()).matches()) {
                for (String org : line.split("[、，,\\s]+")) {
                    parser.parse(org).ifPresent(p -> names.addAll(p.levels()));
                }
            }
        }
        return names.stream().distinct().toList();
    }

    /** The place whose government is the subject of the body's first sentence, if it is a national place name. */
    private Optional<String> openingSubject(List<String> body) {
        for (String line : body.subList(0, Math.min(OPENING_LINES, body.size()))) {
            Matcher m = OPENING_SUBJECT.matcher(line.strip());
            if (m.lookingAt() && divisions.isName(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * The level the report speaks as, when it says so more than anything else: once with 我/本 or twice with 全;
     * null when it never does.
     */
    private static Division.Level selfLevel(String text) {
        Map<Division.Level, Integer> counts = new HashMap<>();
        Matcher m = SELF.matcher(text);
        while (m.find()) {
            // 我乡/本街道 is the report speaking of itself; a lone 全市 is as often the city around it (全市先行措施)
            counts.merge(level(m.group(1)), m.group().startsWith("全") ? 1 : 2, Integer::sum);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * The most often named place of the body at the report's own level (within the written place when one is
     * written), read as a chain; null when none.
     */
    private Place fromBody(String text, Division.Level self, Place written, List<String> context) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = BODY_ORG.matcher(text);
        while (m.find()) {
            String name = officialName(knownTail(stripDeterminer(m.group(1))));
            if (name == null || self != null && level(name) != self) {
                continue;
            }
            // a name the national list lacks counts only as a whole government (林川乡人民政府), never as
            // the tail of a phrase (成立以乡党委书记为组长)
            boolean known = divisions.isName(name);
            boolean government = text.startsWith("人民政府", m.end()) || text.startsWith("办事处", m.end());
            if (known || government && (m.start() == 0 || !PlaceGrammar.isHan(text.charAt(m.start() - 1)))) {
                counts.merge(name, known ? 2 : 1, Integer::sum);
            }
        }
        List<String> upper = new ArrayList<>(context);
        if (written != null) {
            upper.addAll(written.levels());
        }
        String best = null;
        int bestCount = MIN_BODY_MENTIONS - 1;
        for (var e : counts.entrySet()) {
            boolean inside = upper.isEmpty() || insideAny(e.getKey(), upper);
            if (inside && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null) {
            return null;
        }
        return switch (level(best)) {
            case TOWN -> new Place(null, null, null, best);
            case COUNTY -> new Place(null, null, best, null);
            default -> new Place(null, best, null, null);
        };
    }

    /** 年度巫山县 (from 2024年度巫山县人民政府) is 巫山县: a listed name at the end of an unlisted one is the place. */
    private String knownTail(String name) {
        if (divisions.isName(name)) {
            return name;
        }
        for (int i = 1; i + 3 <= name.length(); i++) { // three characters at least: 和县 is no tail of 高和县
            if (divisions.isName(name.substring(i))) {
                return name.substring(i);
            }
        }
        return name;
    }

    /** 鹤龙街 stands for a 街道 only when the national list has one of that name; which one is decided later. */
    private String officialName(String name) {
        return !name.endsWith("街") || divisions.isName(name) ? name : null;
    }

    private boolean insideAny(String name, List<String> upper) {
        for (Division d : divisions.named(name)) {
            for (String u : upper) {
                if (divisions.named(u).stream().anyMatch(a -> divisions.within(d, a) && !a.equals(d))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripDeterminer(String name) {
        return name.length() > 3 && "全本我该各在对由及和与是为将经".indexOf(name.charAt(0)) >= 0 ? name.substring(1) : name;
    }

    /** The written upper levels and the found lower ones, as one place. */
    private static Place join(Place upper, Place lower) {
        return new Place(first(lower.province(), upper.province()), first(lower.city(), upper.city()),
                first(lower.county(), upper.county()), first(lower.town(), upper.town()));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static Division.Level lowestLevel(Place place) {
        if (place.town() != null) {
            return Division.Level.TOWN;
        }
        return place.county() != null ? Division.Level.COUNTY
                : place.city() != null ? Division.Level.CITY : Division.Level.PROVINCE;
    }

    private static boolean below(Division.Level a, Division.Level b) {
        return a.ordinal() > b.ordinal();
    }

    static Division.Level level(String nameOrSuffix) {
        if (nameOrSuffix.endsWith("镇") || nameOrSuffix.endsWith("乡") || nameOrSuffix.endsWith("街道")
                || nameOrSuffix.endsWith("街")) {
            return Division.Level.TOWN;
        }
        if (nameOrSuffix.endsWith("区") || nameOrSuffix.endsWith("县")) {
            return Division.Level.COUNTY;
        }
        return Division.Level.CITY;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
