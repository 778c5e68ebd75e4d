package com.reportqa.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Knows what a single Chinese administrative place token looks like ("璧山区", "江口镇", "市中区", "峨边彝族自治县")
 * without a gazetteer: a run of Han characters followed by an administrative suffix. {@link PlaceParser} picks
 * the best chain of such tokens.
 */
final class PlaceGrammar {

    /** Administrative levels, top-down; a chain must go strictly downwards. */
    enum Level { PROVINCE, CITY, COUNTY, TOWN }

    /**
     * One recognised token ending at {@code end} in the parsed string. A {@code bare} token ("重庆", "湖南") has no
     * suffix and only counts when another token follows it.
     */
    record Token(String text, int end, Level level, int penalty, boolean bare) { }

    private record Suffix(String text, Level level) { }

    /** Longest first, so "自治县" wins over "县" at the same position. "市" gets its level from context. */
    private static final List<Suffix> SUFFIXES = List.of(
            new Suffix("自治区", Level.PROVINCE), new Suffix("自治州", Level.CITY),
            new Suffix("自治县", Level.COUNTY), new Suffix("自治旗", Level.COUNTY),
            new Suffix("街道", Level.TOWN), new Suffix("地区", Level.CITY), new Suffix("苏木", Level.TOWN),
            new Suffix("省", Level.PROVINCE), new Suffix("市", Level.CITY), new Suffix("州", Level.CITY),
            new Suffix("盟", Level.CITY), new Suffix("区", Level.COUNTY), new Suffix("县", Level.COUNTY),
            new Suffix("旗", Level.COUNTY), new Suffix("镇", Level.TOWN), new Suffix("乡", Level.TOWN));

    /** 直辖市: "重庆市" is a city even without a province, and "重庆" alone may start a chain. */
    private static final Set<String> MUNICIPALITIES = Set.of("北京", "天津", "上海", "重庆");

    /** Province names people write without "省" (e.g. "湖南衡阳市"); only accepted when more places follow. */
    private static final Set<String> PROVINCE_SHORT_NAMES = Set.of(
            "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北",
            "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
            "宁夏", "新疆");

    /** Fragments that never occur inside a place name but do occur in organisation names and titles. */
    private static final List<String> FORBIDDEN_FRAGMENTS = List.of(
            "人民", "政府", "委", "关于", "办公", "报告", "法治", "法制", "建设", "工作", "情况", "年度", "共产党",
            "中共", "的", "了", "党", "自治");

    /** Single characters that are words, not names ("全县", "我镇", "本市"). */
    private static final String FORBIDDEN_SINGLE_NAMES = "我本全各该此每其省市县区镇乡州旗盟街府原";
    /** Determiners that, followed by a level word, make a phrase ("全县各镇", "本市", "我镇"), not a name. */
    private static final String DETERMINERS = "我本全各该此每其";
    private static final String LEVEL_WORDS = "省市县区镇乡街村";

    private static final String SUFFIX_CHARS = "省市州盟区县旗镇乡街";

    private static final int MAX_NAME = 6;
    private static final int MAX_LONG_NAME = 12;

    private PlaceGrammar() {
    }

    /** All tokens that can start at {@code pos} and sit strictly below {@code parent} (null = top). */
    static List<Token> tokensAt(String s, int pos, Level parent) {
        List<Token> tokens = new ArrayList<>();
        int limit = Math.min(s.length() - pos, MAX_LONG_NAME);
        for (int len = 1; len <= limit; len++) {
            if (!isHan(s.charAt(pos + len - 1))) {
                break; // names are Han only; digits or punctuation end the chain
            }
            String name = s.substring(pos, pos + len);
            if (!allowedName(name)) {
                continue;
            }
            addSuffixToken(s, pos, name, parent, tokens);
            addBareToken(name, pos, parent, tokens);
        }
        return tokens;
    }

    private static void addSuffixToken(String s, int pos, String name, Level parent, List<Token> out) {
        int suffixAt = pos + name.length();
        for (Suffix suffix : SUFFIXES) {
            if (!s.startsWith(suffix.text(), suffixAt)) {
                continue;
            }
            int end = suffixAt + suffix.text().length();
            Level level = levelOf(suffix, name, parent);
            boolean autonomous = suffix.text().startsWith("自治") || name.contains("族");
            int maxName = autonomous || "旗".equals(suffix.text()) || "盟".equals(suffix.text())
                    ? MAX_LONG_NAME : MAX_NAME;
            if (level != null && below(level, parent) && name.length() <= maxName && !isWordAfter(s, end, suffix)) {
                int penalty = penalty(name, autonomous) + (level == Level.TOWN && followedByCity(s, end) ? 2 : 0);
                out.add(new Token(name + suffix.text(), end, level, penalty, false));
            }
            return; // only the longest suffix at this position counts
        }
    }

    private static void addBareToken(String name, int pos, Level parent, List<Token> out) {
        if (parent == null && MUNICIPALITIES.contains(name)) {
            out.add(new Token(name, pos + name.length(), Level.CITY, 1, true));
        } else if (parent == null && PROVINCE_SHORT_NAMES.contains(name)) {
            out.add(new Token(name, pos + name.length(), Level.PROVINCE, 1, true));
        }
    }

    /** "市" is a prefecture city at the top or under a province, a county-level city under a city. */
    private static Level levelOf(Suffix suffix, String name, Level parent) {
        if (!"市".equals(suffix.text())) {
            return suffix.level();
        }
        if (MUNICIPALITIES.contains(name)) {
            return parent == null ? Level.CITY : null;
        }
        if (parent == null || parent == Level.PROVINCE) {
            return Level.CITY;
        }
        return parent == Level.CITY ? Level.COUNTY : null;
    }

    /** "市场", "区域", "县城" are words: the suffix character belongs to the next word there. */
    private static boolean isWordAfter(String s, int end, Suffix suffix) {
        if (end >= s.length()) {
            return false;
        }
        char next = s.charAt(end);
        return switch (suffix.text()) {
            case "市" -> next == '场';
            case "区" -> next == '域';
            case "县" -> next == '域';
            default -> false;
        };
    }

    /** A town is never followed by a city, so "景德镇市" is one city name rather than 景德镇 + 市. */
    private static boolean followedByCity(String s, int end) {
        return end < s.length() && s.charAt(end) == '市' && (end + 1 >= s.length() || s.charAt(end + 1) != '场');
    }

    /** Lower is better: one-character names and names starting with a suffix character are unusual. */
    private static int penalty(String name, boolean autonomous) {
        int penalty = 0;
        if (name.length() == 1) {
            penalty += 2;
        }
        if (SUFFIX_CHARS.indexOf(name.charAt(0)) >= 0) {
            penalty += 1;
        }
        if (name.length() > 4 && !autonomous) {
            penalty += 1;
        }
        return penalty;
    }

    private static boolean below(Level level, Level parent) {
        return parent == null || level.ordinal() > parent.ordinal();
    }

    private static boolean allowedName(String name) {
        if (name.length() == 1 && FORBIDDEN_SINGLE_NAMES.indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        if (name.length() >= 2 && DETERMINERS.indexOf(name.charAt(0)) >= 0 && LEVEL_WORDS.indexOf(name.charAt(1)) >= 0) {
            return false;
        }
        for (String fragment : FORBIDDEN_FRAGMENTS) {
            if (name.contains(fragment)) {
                return false;
            }
        }
        return true;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
