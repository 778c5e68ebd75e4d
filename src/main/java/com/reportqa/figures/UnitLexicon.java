package com.reportqa.figures;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measure words that may follow a number in report prose, and the qualifier words around
 * a number. A unit only counts when the next character does not turn it into an ordinary
 * word (场所, 项目, 人民, 条例 …), because those words are not measure words at all.
 */
final class UnitLexicon {

    /** Unit → characters that, right after the unit, make it part of another word. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("个百分点", ""), Map.entry("个工作日", ""), Map.entry("个方面", ""),
            Map.entry("个季度", ""), Map.entry("个小时", ""), Map.entry("个月", ""),
            Map.entry("人次", ""), Map.entry("户次", ""), Map.entry("家次", ""),
            Map.entry("件次", ""), Map.entry("场次", ""), Map.entry("批次", ""),
            Map.entry("车次", ""), Map.entry("架次", ""), Map.entry("台次", ""),
            Map.entry("班次", ""), Map.entry("课时", ""), Map.entry("学时", ""),
            Map.entry("工作日", ""), Map.entry("平方公里", ""), Map.entry("平方米", ""),
            Map.entry("千米", ""), Map.entry("公里", ""), Map.entry("公顷", ""),
            Map.entry("千克", ""), Map.entry("公斤", ""), Map.entry("小时", ""),
            Map.entry("分钟", ""), Map.entry("方面", ""), Map.entry("部门", ""),
            Map.entry("%", ""), Map.entry("‰", ""),
            Map.entry("元", "化素旦结论制宇首帅老气年"), Map.entry("人", "民大员口身"),
            Map.entry("名", "单称义录片牌额"), Map.entry("位", "置于列数次"),
            Map.entry("件", ""), Map.entry("起", "来草步点诉源"), Map.entry("次", "年日月序要生"),
            Map.entry("场", "所景地馆合面"), Map.entry("个", "体别性"),
            Map.entry("家", "庭长属乡门园风"), Map.entry("户", "籍口外型主"),
            Map.entry("项", "目"), Map.entry("条", "例款线件理"), Map.entry("份", "额子"),
            Map.entry("篇", "章幅"), Map.entry("期", "间限满刊望待盼货"),
            Map.entry("批", "准复评示判办"), Map.entry("套", "餐路"), Map.entry("台", "账阶风湾"),
            Map.entry("处", "理罚置室长分级"), Map.entry("所", "有在属以谓长"),
            Map.entry("支", "持出付部队援"), Map.entry("本", "地级单着次年科领身"),
            Map.entry("册", ""), Map.entry("卷", "宗入烟轴"), Map.entry("张", "贴"), Map.entry("座", "谈"),
            Map.entry("幅", "度"), Map.entry("轮", ""), Map.entry("村", "民级委居社组务干"),
            Map.entry("类", "型别似"), Map.entry("种", "类植子"), Map.entry("部", "分署"),
            Map.entry("辆", ""), Map.entry("艘", ""), Map.entry("吨", ""), Map.entry("米", ""),
            Map.entry("亩", ""), Map.entry("天", "然"), Map.entry("岁", ""), Map.entry("倍", ""), Map.entry("成", "员果效本绩为立功交熟型就"),
            Map.entry("宗", "旨教"), Map.entry("笔", "录"), Map.entry("例", "如行会"),
            Map.entry("则", ""), Map.entry("页", ""), Map.entry("节", "点约日省能"),
            Map.entry("堂", ""), Map.entry("栋", ""), Map.entry("块", ""), Map.entry("枚", ""),
            Map.entry("盏", ""), Map.entry("株", ""), Map.entry("棵", ""), Map.entry("遍", ""),
            Map.entry("趟", ""), Map.entry("周", "边末年期转知围全"),
            Map.entry("年", "度级龄份代终初底报鉴会检审轻"), Map.entry("分", ""));

    /** Units grouped by first character, longest first, so a lookup tries only a handful. */
    private static final Map<Character, List<String>> UNITS_BY_FIRST_CHAR = UNITS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.groupingBy(u -> u.charAt(0), Collectors.toList()));

    /** Qualifiers written before the number, longest first. */
    static final List<String> PREFIX_QUALIFIERS =
            List.of("不少于", "不低于", "不超过", "不高于", "不多于", "至少", "超过", "不足", "不到", "将近", "接近", "大约",
                    "约", "近", "超", "逾");

    /** Qualifiers written after the unit (95%以上, 3天左右). */
    static final List<String> SUFFIX_QUALIFIERS = List.of("以上", "左右", "以下", "以内");

    /**
     * Characters that, written just before a one-character prefix qualifier, show the
     * character is the tail of a word (签约, 最近, 就近, 赶超) rather than a qualifier.
     */
    private static final Map<String, String> PREFIX_QUALIFIER_BLOCKERS =
            Map.of("约", "签合预节制公履违特邀条缔", "近", "最附临靠亲就邻贴接将", "超", "赶高");

    private UnitLexicon() {
    }

    /**
     * The unit written at {@code pos}, or null. Durations in 年 and scores in 分 are only
     * accepted after small Arabic numbers: Chinese-numeral 年/分 is almost always part of a
     * name (三年行动) or an adverb (十分重要), and large numbers before 年 are years.
     */
    static String unitAt(String text, int pos, boolean chineseNumeral, BigDecimal value) {
        if (pos >= text.length()) {
            return null;
        }
        for (String unit : UNITS_BY_FIRST_CHAR.getOrDefault(text.charAt(pos), List.of())) {
            if (!text.startsWith(unit, pos)) {
                continue;
            }
            int after = pos + unit.length();
            char next = after < text.length() ? text.charAt(after) : ' ';
            if (UNITS.get(unit).indexOf(next) >= 0 && !text.startsWith("单位", after)) { // 70余名单位负责人 is no 名单
                continue;
            }
            if ((unit.equals("年") || unit.equals("分")) && !smallArabic(chineseNumeral, value)) {
                continue;
            }
            if (unit.equals("分") && isHan(next) && !startsWithAny(text, after, SUFFIX_QUALIFIERS) && next != '的') {
                continue;
            }
            return unit;
        }
        return null;
    }

    /** The prefix qualifier ending right at {@code numberStart}, or null. */
    static String prefixQualifierBefore(String text, int numberStart) {
        for (String q : PREFIX_QUALIFIERS) {
            int from = numberStart - q.length();
            if (from < 0 || !text.startsWith(q, from)) {
                continue;
            }
            String blockers = PREFIX_QUALIFIER_BLOCKERS.getOrDefault(q, "");
            if (from > 0 && blockers.indexOf(text.charAt(from - 1)) >= 0) {
                continue;
            }
            return q;
        }
        return null;
    }

    static String suffixQualifierAt(String text, int pos) {
        for (String q : SUFFIX_QUALIFIERS) {
            if (text.startsWith(q, pos)) {
                return q;
            }
        }
        return null;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean smallArabic(boolean chineseNumeral, BigDecimal value) {
        return !chineseNumeral && value.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    private static boolean startsWithAny(String text, int pos, List<String> words) {
        return words.stream().anyMatch(w -> text.startsWith(w, pos));
    }
}
