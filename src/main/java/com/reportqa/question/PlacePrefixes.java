package com.reportqa.question;

import com.reportqa.divisions.Division;
import com.reportqa.divisions.Divisions;
import com.reportqa.ingest.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Checks what a question writes right before a corpus place against the national list: 未央区 before
 * 徐家湾街道 is confirmed even when the report never names its district; 江北区 before 健龙镇 contradicts the
 * report (健龙镇 lies in 璧山区) and the question is not answered from it.
 */
final class PlacePrefixes {

    /** A prefix is at most this many characters (内蒙古自治区 is six). */
    private static final int MAX_PREFIX = 8;
    /** 虎源县柏李岗镇: at most this many characters of a misread name between a county and a town. */
    private static final int MAX_GAP = 3;

    /**
     * @param unknown    place-like words of the question the corpus does not have, prefixes included
     * @param mismatched one Chinese sentence per prefix that contradicts the place it stands before
     */
    record Verdict(List<String> unknown, List<String> mismatched) {
    }

    private final Divisions divisions;

    PlacePrefixes(Divisions divisions) {
        this.divisions = divisions;
    }

    Verdict check(String question, List<Gazetteer.PlaceMention> mentions, List<String> unknown) {
        List<String> stillUnknown = new ArrayList<>(unknown);
        List<String> mismatched = new ArrayList<>();
        for (Gazetteer.PlaceMention m : mentions) {
            Gazetteer.PlaceMention near = nearBefore(question, m, mentions);
            if (near != null && Collections.disjoint(near.reports(), m.reports()) && !inCorpusChain(near, m)) {
                // 虎源县柏李岗镇: a county of the corpus right before a town of the corpus that does not lie in it
                mismatched.add(mismatch(near.alias(), m));
                continue;
            }
            Gazetteer.PlaceMention before = mentions.stream().filter(p -> p.end() == m.start()).findFirst().orElse(null);
            if (before != null && Collections.disjoint(before.reports(), m.reports())) {
                // 开封市开封镇: a corpus place glued before another that is not within it
                List<Division> above = higherThan(divisions.named(before.alias()), m);
                if (!above.isEmpty() && !confirms(above, m)) {
                    mismatched.add(mismatch(before.alias(), m));
                }
                continue;
            }
            String prefix = prefixBefore(question, m.start(), mentions);
            for (int from = 0; from + 2 <= prefix.length(); from++) {
                String word = prefix.substring(from);
                List<Division> above = higherThan(divisions.named(word), m);
                if (above.isEmpty()) {
                    continue;
                }
                stillUnknown.removeIf(u -> word.endsWith(u) || u.endsWith(word));
                if (!confirms(above, m)) {
                    mismatched.add(mismatch(word, m));
                }
                break; // the longest place word before the mention is its prefix
            }
        }
        // a place-like word the national list does not know (办理县, 排查返乡) is only taken for a missing place
        // when the question names no place of the corpus: then it can only be meant as one
        stillUnknown.removeIf(u -> !mentions.isEmpty() && !divisions.isName(u) && !rightAfterHigher(question, u, mentions)
                && !rightBeforeLower(question, u, mentions));
        return new Verdict(stillUnknown, mismatched);
    }

    /** A mention that ends at most three Han characters before {@code m} starts, nothing else between. */
    private static Gazetteer.PlaceMention nearBefore(String question, Gazetteer.PlaceMention m,
            List<Gazetteer.PlaceMention> mentions) {
        for (Gazetteer.PlaceMention p : mentions) {
            int gap = m.start() - p.end();
            if (p != m && gap >= 0 && gap <= MAX_GAP && isHan(question, p.end(), m.start()) && higher(p, m)) {
                return p;
            }
        }
        return null;
    }

    /** Whether {@code upper} names a level of the place of some report of {@code m} (璧山 for 璧山区健龙镇). */
    private static boolean inCorpusChain(Gazetteer.PlaceMention upper, Gazetteer.PlaceMention m) {
        return m.reports().stream().anyMatch(r -> Gazetteer.aliases(r.place()).contains(upper.alias()));
    }

    /** 华远县金康江镇: a town-like word right after a county of the corpus is meant as a place, known or not. */
    private static boolean rightAfterHigher(String question, String word, List<Gazetteer.PlaceMention> mentions) {
        int at = question.indexOf(word);
        return at >= 0 && mentions.stream().anyMatch(p -> p.end() == at && p.reports().stream()
                .allMatch(r -> r.place().town() == null) && (word.endsWith("镇") || word.endsWith("乡")
                || word.endsWith("街道")));
    }

    /** 虎源县柏李岗镇: a county-like word right before a town of the corpus is meant as its county, known or not. */
    private static boolean rightBeforeLower(String question, String word, List<Gazetteer.PlaceMention> mentions) {
        int end = question.indexOf(word) + word.length();
        return word.matches(".*[县区市旗]") && mentions.stream().anyMatch(m -> m.start() >= end
                && m.start() - end <= MAX_GAP && isHan(question, end, m.start())
                && m.reports().stream().allMatch(r -> r.place().town() != null));
    }

    /** Every report of {@code p} names fewer levels than every report of {@code m}: a county before a town. */
    private static boolean higher(Gazetteer.PlaceMention p, Gazetteer.PlaceMention m) {
        int upper = p.reports().stream().mapToInt(r -> r.place().levels().size()).max().orElse(0);
        int lower = m.reports().stream().mapToInt(r -> r.place().levels().size()).min().orElse(0);
        return upper > 0 && upper < lower && p.reports().stream().allMatch(r -> r.place().town() == null);
    }

    /** Han characters only, none of them joining two places (雁峰区和健龙镇 names two). */
    private static boolean isHan(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN || JOINING.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static final String JOINING = "和与及跟同或比较还也对";

    private static String mismatch(String word, Gazetteer.PlaceMention m) {
        Report r = m.reports().iterator().next();
        return r.place().name() + "属于" + r.place().display() + "，不在" + word + "；语料中没有" + word + r.place().name()
                + "的报告";
    }

    /** The Han characters right before {@code start}, not part of another mention. */
    private static String prefixBefore(String question, int start, List<Gazetteer.PlaceMention> mentions) {
        int from = start;
        while (from > 0 && start - from < MAX_PREFIX && Character.UnicodeScript.of(question.charAt(from - 1))
                == Character.UnicodeScript.HAN && !inMention(from - 1, mentions)) {
            from--;
        }
        return question.substring(from, start);
    }

    private static boolean inMention(int at, List<Gazetteer.PlaceMention> mentions) {
        return mentions.stream().anyMatch(m -> at >= m.start() && at < m.end());
    }

    /** The divisions among {@code named} above the level of every place the mention stands for. */
    private List<Division> higherThan(List<Division> named, Gazetteer.PlaceMention m) {
        int level = m.reports().stream().mapToInt(r -> r.place().levels().size()).max().orElse(0);
        List<Division> out = new ArrayList<>();
        for (Division d : named) {
            // a place the national list does not know (an invented or misread name) is never contradicted
            boolean above = m.reports().stream().allMatch(r -> !own(r).isEmpty() && own(r).stream()
                    .allMatch(own -> d.code().length() < own.code().length()));
            if (above && level > 0) {
                out.add(d);
            }
        }
        return out;
    }

    /** Some division the mention's reports may be (by their lowest name) lies within one of {@code above}. */
    private boolean confirms(List<Division> above, Gazetteer.PlaceMention m) {
        for (Report r : m.reports()) {
            for (Division own : own(r)) {
                if (above.stream().anyMatch(a -> divisions.within(own, a) && consistent(own, r))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The divisions a report's lowest place name may be. */
    private List<Division> own(Report r) {
        String name = r.place().name();
        return name == null ? List.of() : divisions.named(name).stream()
                .filter(d -> d.name().equals(name)).toList();
    }

    /** The division agrees with every level the report's place writes. */
    private boolean consistent(Division own, Report r) {
        List<String> chain = divisions.chain(own).stream().map(Division::name).toList();
        return r.place().levels().stream().allMatch(chain::contains);
    }
}
