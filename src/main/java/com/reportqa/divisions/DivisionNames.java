package com.reportqa.divisions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ways people write a division's name: full, without its level word, without its nationality words. */
public final class DivisionNames {

    /** Level words, longest first: 自治县 before 县. */
    private static final List<String> SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "街道",
            "苏木", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡");
    /** 广西壮族自治区 → 广西, 石柱土家族自治县 → 石柱: nationality words stand before 自治. */
    private static final Pattern NATIONALITIES = Pattern.compile("(?:[\\p{IsHan}]{1,4}?族)+$");
    private static final Set<String> NATIONALITY_STEMS = Set.of("回", "藏", "蒙古", "维吾尔", "壮");

    private DivisionNames() {
    }

    /**
     * 澧浦镇 → 澧浦镇, 澧浦; 鹤龙街道 → 鹤龙街道, 鹤龙, 鹤龙街; 礼让街街道 → 礼让街街道, 礼让街, 礼让街道. Stems of one
     * character are no alias.
     */
    public static Set<String> aliases(Division d) {
        return aliases(d.name());
    }

    public static Set<String> aliases(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        String stem = stem(name);
        if (stem != null) {
            out.add(stem);
            if (name.endsWith("街道") && !stem.endsWith("街")) {
                out.add(stem + "街"); // 鹤龙街道 is called 鹤龙街 in its own reports
            }
            if (name.endsWith("街街道")) {
                out.add(stem + "道"); // 民权街街道 signs as 民权街道办事处
            }
            if (name.contains("族") && (name.endsWith("自治州") || name.endsWith("自治县") || name.endsWith("自治旗"))) {
                out.add(stem + name.charAt(name.length() - 1)); // 红河哈尼族彝族自治州 is written 红河州
            }
        }
        return out;
    }

    /** The name without its level word and nationality words, or null when fewer than two characters remain. */
    public static String stem(String name) {
        String suffix = SUFFIXES.stream().filter(name::endsWith).findFirst().orElse(null);
        if (suffix == null) {
            return null;
        }
        String stem = name.substring(0, name.length() - suffix.length());
        if (suffix.startsWith("自治") || suffix.equals("特别行政区")) {
            Matcher n = NATIONALITIES.matcher(stem);
            if (stem.length() > 2 && n.find(2)) { // the place's own name keeps at least two characters
                stem = stem.substring(0, n.start());
            }
            for (String nationality : NATIONALITY_STEMS) {
                if (stem.length() > nationality.length() + 1 && stem.endsWith(nationality)) {
                    stem = stem.substring(0, stem.length() - nationality.length());
                }
            }
        }
        return stem.length() >= 2 ? stem : null;
    }
}
