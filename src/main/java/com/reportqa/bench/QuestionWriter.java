package com.reportqa.bench;

import com.reportqa.bench.BenchQuestion.Expected;
import com.reportqa.bench.GeneratedReport.Gold;
import com.reportqa.bench.Metric.Probe;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Ground-truth questions about a generated corpus, asked the way users ask about the real one: numeric
 * (one figure of one report), compare (one figure across two or three places of the same year), none (a place
 * or year the corpus lacks, a figure the report does not state, a town name several counties have) and
 * fact (the law firm named as adviser).
 */
final class QuestionWriter {

    /** Figures compared across places, with how a question names them. */
    private static final Map<String, String> COMPARABLE = Map.of("disputes.a", "受理的矛盾纠纷", "petitions.a",
            "受理的信访件", "review.a", "审结的行政复议案件", "hazards.a", "排查的安全隐患");
    /** Figures a report may lack, with a question asking for it. */
    private static final Map<String, String> ABSENT = Map.of("penalty.m", "{P}{Y}简易程序罚款多少钱？", "online.a",
            "{P}{Y}通过政务服务平台累计办件多少？", "cameras.a", "{P}{Y}新建了几个高清视频监控探头？");

    private final Random random;
    private final PlaceNames names;
    private final List<BenchQuestion> out = new ArrayList<>();

    QuestionWriter(Random random, PlaceNames names) {
        this.random = random;
        this.names = names;
    }

    List<BenchQuestion> questions(List<GeneratedReport> reports) {
        Map<String, List<GeneratedReport>> byName = new HashMap<>();
        reports.forEach(r -> byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r));
        List<GeneratedReport> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, random);
        int n = reports.size();
        numeric(shuffled, byName, Math.min(200, 2 * n));
        nearDuplicates(shuffled, byName, 20);
        compare(shuffled, byName, Math.min(30, n / 2));
        none(shuffled, byName, Math.min(10, Math.max(1, n / 5)));
        fact(shuffled, byName, Math.min(40, n / 2));
        return List.copyOf(out);
    }

    private void numeric(List<GeneratedReport> reports, Map<String, List<GeneratedReport>> byName, int count) {
        for (int i = 0; i < count; i++) {
            GeneratedReport r = reports.get(i % reports.size());
            Metric m = Metrics.ALL.get(random.nextInt(Metrics.ALL.size()));
            Probe probe = m.probes().get(random.nextInt(m.probes().size()));
            Gold gold = r.figures().get(m.id() + "." + probe.slot());
            if (gold == null) {
                continue;
            }
            add("numeric", ask(probe.question(), place(r, byName), r.year()), r, gold, null);
        }
    }

    /** The same town name in several counties: alone it is ambiguous; with its county it is one report. */
    private void nearDuplicates(List<GeneratedReport> reports, Map<String, List<GeneratedReport>> byName, int count) {
        Set<String> done = new HashSet<>();
        for (GeneratedReport r : reports) {
            List<GeneratedReport> same = byName.get(r.name());
            List<String> counties = same.stream().map(GeneratedReport::county).distinct().sorted().toList();
            Gold gold = r.figures().get("disputes.a");
            if (r.town() == null || counties.size() < 2 || gold == null || done.size() >= count
                    || !done.add(r.town() + r.year())) {
                continue;
            }
            add("none", ask("{P}{Y}受理了多少件矛盾纠纷？", r.town(), r.year()), null, null,
                    "near-duplicate town named alone: ask which county", counties);
            add("numeric", ask("{P}{Y}受理了多少件矛盾纠纷？", r.county() + r.town(), r.year()), r, gold,
                    "near-duplicate town named with its county");
        }
    }

    private void compare(List<GeneratedReport> reports, Map<String, List<GeneratedReport>> byName, int count) {
        List<String> keys = COMPARABLE.keySet().stream().sorted().toList();
        for (int i = 0; i + 2 < reports.size() && count > 0; i += 3) {
            String key = keys.get(random.nextInt(keys.size()));
            int places = 2 + random.nextInt(2);
            List<GeneratedReport> group = new ArrayList<>();
            for (GeneratedReport r : reports.subList(i, reports.size())) {
                if (group.size() < places && r.figures().containsKey(key) && unique(r, byName)
                        && (group.isEmpty() || group.get(0).year() == r.year())
                        && group.stream().noneMatch(g -> g.name().equals(r.name()))) {
                    group.add(r);
                }
            }
            if (group.size() < 2 || group.stream().map(r -> r.figures().get(key).value()).distinct().count() < group.size()) {
                continue;
            }
            group.sort(Comparator.comparing((GeneratedReport r) -> r.figures().get(key).value()).reversed());
            List<Expected> expected = new ArrayList<>();
            for (int rank = 0; rank < group.size(); rank++) {
                GeneratedReport r = group.get(rank);
                expected.add(new Expected(rank + 1, r.name(), r.figures().get(key), r.file(), r.year(), null));
            }
            List<GeneratedReport> asked = new ArrayList<>(group);
            Collections.shuffle(asked, random);
            String question = String.join("和", asked.stream().map(GeneratedReport::name).toList()) + group.get(0).year()
                    + "年" + COMPARABLE.get(key) + "哪个多？";
            out.add(new BenchQuestion(id(), "compare", question, group.stream().map(GeneratedReport::file).toList(),
                    expected, expected.stream().map(e -> e.gold().raw()).toList(), null, List.of()));
            count--;
        }
    }

    private void none(List<GeneratedReport> reports, Map<String, List<GeneratedReport>> byName, int each) {
        for (int i = 0; i < each; i++) {
            String place = names.unknownCounty() + names.unknownTown();
            add("none", ask("{P}{Y}受理了多少件矛盾纠纷？", place, 2021 + random.nextInt(5)), null, null,
                    "place not in the corpus", List.of());
        }
        int missingYear = 0;
        int absent = 0;
        for (GeneratedReport r : reports) {
            Set<Integer> years = new HashSet<>();
            byName.get(r.name()).stream().filter(o -> o.county().equals(r.county())).forEach(o -> years.add(o.year()));
            int year = r.year() + (random.nextBoolean() ? 1 : -1);
            if (missingYear < each && !years.contains(year) && year >= 2021 && year <= 2025) {
                add("none", ask("{P}{Y}受理了多少件矛盾纠纷？", place(r, byName), year), null, null,
                        "no report of that year", List.of());
                missingYear++;
            }
            for (var e : ABSENT.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                if (absent < each && !r.figures().containsKey(e.getKey()) && random.nextInt(3) == 0) {
                    add("none", ask(e.getValue(), place(r, byName), r.year()), null, null,
                            "the report does not state this figure", List.of());
                    absent++;
                }
            }
        }
    }

    private void fact(List<GeneratedReport> reports, Map<String, List<GeneratedReport>> byName, int count) {
        for (GeneratedReport r : reports) {
            if (count <= 0) {
                return;
            }
            if (r.lawFirm() != null) {
                out.add(new BenchQuestion(id(), "fact", ask("{P}{Y}请的是哪家律师事务所做政府法律顾问？", place(r, byName),
                        r.year()), List.of(r.file()), List.of(new Expected(null, null, null, null, null, r.lawFirm())),
                        List.of(r.lawFirm()), null, List.of()));
                count--;
            }
        }
    }

    private void add(String type, String question, GeneratedReport r, Gold gold, String note) {
        add(type, question, r, gold, note, List.of());
    }

    private void add(String type, String question, GeneratedReport r, Gold gold, String note, List<String> ambiguous) {
        out.add(new BenchQuestion(id(), type, question, r == null ? List.of() : List.of(r.file()),
                gold == null ? List.of() : List.of(new Expected(null, null, gold, null, null, null)),
                gold == null ? List.of() : List.of(gold.raw()), note, ambiguous));
    }

    private String id() {
        return "g" + (out.size() + 1);
    }

    private static String ask(String template, String place, int year) {
        return template.replace("{P}", place).replace("{Y}", year + "年");
    }

    private static boolean unique(GeneratedReport r, Map<String, List<GeneratedReport>> byName) {
        return byName.get(r.name()).stream().map(GeneratedReport::county).distinct().count() == 1;
    }

    /** How a user names the place: the town alone, with its county, or with the county's short form. */
    private String place(GeneratedReport r, Map<String, List<GeneratedReport>> byName) {
        if (r.town() == null) {
            return r.city() != null && random.nextBoolean() ? r.city() + r.county() : r.county();
        }
        if (!unique(r, byName)) {
            return r.county() + r.town();
        }
        return switch (random.nextInt(3)) {
            case 0 -> r.town();
            case 1 -> r.county() + r.town();
            default -> r.county().substring(0, r.county().length() - 1) + r.town();
        };
    }
}
