package com.reportqa.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code bench generate}: a synthetic corpus of any size, the same for the same seed. Places form a
 * hierarchy (city → county → town); about one town in twenty (and always the fourth) is named like a town of another county and
 * shares a report year with it. Counties that publish their own report have no town reports, so a county
 * name always means one report per year.
 */
public final class CorpusGenerator {

    /** A place and the years it has reports for. */
    record Place(String city, String county, String town, List<Integer> years) {
    }

    private static final String FIRM_CHARS = "正诚信达明德衡智博鼎君立天元中伦锦泰合嘉";

    public GeneratedCorpus generate(int reportCount, long seed) {
        Random random = new Random(seed);
        PlaceNames names = new PlaceNames(random);
        List<Place> places = places(reportCount, random, names);
        ReportWriter writer = new ReportWriter(random);
        List<String[]> slots = new ArrayList<>();
        for (Place p : places) {
            for (int year : p.years()) {
                slots.add(new String[] {String.valueOf(places.indexOf(p)), String.valueOf(year)});
            }
        }
        // files in random order, so near-duplicates and a place's two years are not neighbours
        Collections.shuffle(slots, random);
        List<GeneratedReport> reports = new ArrayList<>();
        for (int i = 0; i < reportCount; i++) {
            Place p = places.get(Integer.parseInt(slots.get(i)[0]));
            String firm = random.nextBoolean() ? null : "" + FIRM_CHARS.charAt(random.nextInt(FIRM_CHARS.length()))
                    + FIRM_CHARS.charAt(random.nextInt(FIRM_CHARS.length())) + "律师事务所";
            reports.add(writer.write(String.format("%05d.txt", i), p.city(), p.county(), p.town(),
                    Integer.parseInt(slots.get(i)[1]), firm));
        }
        return new GeneratedCorpus(reports, new QuestionWriter(new Random(seed + 1), names).questions(reports));
    }

    private static List<Place> places(int reportCount, Random random, PlaceNames names) {
        List<Place> places = new ArrayList<>();
        List<String[]> counties = new ArrayList<>();
        int countyCount = Math.max(2, reportCount / 12);
        String city = null;
        for (int i = 0; i < countyCount; i++) {
            if (i % 5 == 0) {
                city = names.city();
            }
            counties.add(new String[] {random.nextInt(3) == 0 ? null : city, names.county()});
        }
        Map<String, Set<String>> townsOfCounty = new HashMap<>();
        Set<String> ownReport = new HashSet<>();
        List<Place> towns = new ArrayList<>();
        int total = 0;
        while (total < reportCount) {
            String[] county = counties.get(random.nextInt(counties.size()));
            Set<String> townNames = townsOfCounty.computeIfAbsent(county[1], k -> new HashSet<>());
            Place place;
            if (townNames.isEmpty() && !ownReport.contains(county[1]) && random.nextInt(8) == 0) {
                ownReport.add(county[1]);
                place = new Place(county[0], county[1], null, years(random));
            } else if (ownReport.contains(county[1])) {
                continue;
            } else if (towns.size() >= 3 && (random.nextInt(20) == 0 || towns.size() == 3)) {
                Place twin = towns.get(random.nextInt(towns.size()));
                if (twin.county().equals(county[1]) || townNames.contains(twin.town())) {
                    continue;
                }
                place = new Place(county[0], county[1], twin.town(), List.of(twin.years().get(0)));
            } else {
                place = new Place(county[0], county[1], names.town(), years(random));
            }
            if (place.town() != null) {
                townNames.add(place.town());
                towns.add(place);
            }
            places.add(place);
            total += place.years().size();
        }
        return places;
    }

    private static List<Integer> years(Random random) {
        int first = 2021 + random.nextInt(5);
        return random.nextInt(10) < 3 && first < 2025 ? List.of(first, first + 1) : List.of(first);
    }

    /** Writes the reports and {@code questions.jsonl} into {@code dir} (created if needed). */
    public static void write(GeneratedCorpus corpus, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (GeneratedReport r : corpus.reports()) {
            Files.writeString(dir.resolve(r.file()), r.text(), StandardCharsets.UTF_8);
        }
    }
}
