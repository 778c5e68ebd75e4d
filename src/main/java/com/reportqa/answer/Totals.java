package com.reportqa.answer;

import com.reportqa.figures.Figure;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A total and its parts as a report writes them: which figure it introduces as the total (共159人, 全年执法806件，
 * 其中…), and the sum of parts it does not total itself — in one unit (名 and 人 are both people; 个 and 项 both
 * things; 万元 is already 元), carrying 余 when a part does (20余条＋10余条 = 30余条).
 */
final class Totals {

    /** Measure words that count the same kind of thing, so that parts in them add up; the first is the default. */
    private static final List<List<String>> KINDS = List.of(List.of("人", "名", "位"), List.of("个", "项"),
            List.of("件", "起", "宗", "例"), List.of("家", "户"), List.of("次", "场", "场次"));

    /** 共/合计… before a figure in its clause introduce it as the total; not 公共, 共同, 共享, 中共… */
    private static final Pattern TOTAL_WORD = Pattern.compile(
            "合计|总计|共计|总共|一共|累计|总数|(?<![公中])共(?![同享建治商识赢产青性担通用])");
    /** …806件，其中…, …1005个：… — what follows a figure that the parts then break down. */
    private static final Pattern BROKEN_DOWN = Pattern.compile("^\\s*[，,；;。：:（(]?\\s*(?:其中|包括|含)");
    private static final String CLAUSE_ENDS = "，,；;。：:、！？!?\n（(";
    private static final String SENTENCE_ENDS = "。！？!?\n";
    /** Qualifiers that say "at least": their sum is at least the sum too. */
    private static final Set<String> AT_LEAST = Set.of("余", "多", "超过", "超", "逾", "以上", "不少于", "不低于", "至少");

    /** A sum the report does not state: value, unit, qualifier and how the answer writes it. */
    record Sum(BigDecimal value, String unit, String qualifier, String raw) {
    }

    private Totals() {
    }

    /**
     * The parts added up, or empty when they are not in one kind of unit (件 and 人, or a percentage).
     *
     * @param asked the measure word the question asks the total in (几人 → 人), or null
     */
    static Optional<Sum> sum(List<Figure> parts, String asked) {
        if (parts.size() < 2) {
            return Optional.empty();
        }
        Set<String> units = new LinkedHashSet<>();
        parts.forEach(f -> units.add(f.unit()));
        Optional<String> unit = unitOf(units, asked);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = BigDecimal.ZERO;
        for (Figure f : parts) {
            value = value.add(f.value());
        }
        value = plain(value);
        String qualifier = qualifier(parts);
        // 3206万次＋243万次 is written 3449万次, as the report writes its parts
        boolean wan = parts.stream().allMatch(f -> f.raw().contains("万"));
        String number = wan ? plain(value.movePointLeft(4)).toPlainString() + "万" : value.toPlainString();
        return Optional.of(new Sum(value, unit.get(), qualifier, written(number, unit.get(), qualifier)));
    }

    /** The one unit parts in these units add up in: the asked one when it is of their kind. */
    static Optional<String> unitOf(Set<String> units, String asked) {
        if (units.isEmpty() || units.contains("%") || units.contains("")) {
            return Optional.empty();
        }
        List<String> kind = kindOf(units);
        if (units.size() == 1) {
            String only = units.iterator().next();
            return Optional.of(kind != null && asked != null && kind.contains(asked) ? asked : only);
        }
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(asked != null && kind.contains(asked) ? asked : kind.get(0));
    }

    /** Whether a figure in this unit can be the total of parts in those. */
    static boolean sameKind(String unit, Set<String> units) {
        Set<String> all = new LinkedHashSet<>(units);
        all.add(unit);
        return all.size() == 1 || kindOf(all) != null;
    }

    private static List<String> kindOf(Set<String> units) {
        return KINDS.stream().filter(k -> k.containsAll(units)).findFirst().orElse(null);
    }

    /** 余 when every qualified part says "at least" (20余条＋10余条); 约 when any is approximate; else none. */
    private static String qualifier(List<Figure> parts) {
        Set<String> qualifiers = new LinkedHashSet<>();
        parts.stream().map(Figure::qualifier).filter(q -> q != null && !q.isEmpty()).forEach(qualifiers::add);
        if (qualifiers.isEmpty()) {
            return null;
        }
        if (AT_LEAST.containsAll(qualifiers)) {
            return qualifiers.contains("多") && qualifiers.size() == 1 ? "多" : "余";
        }
        return "约";
    }

    private static String written(String number, String unit, String qualifier) {
        if (qualifier == null) {
            return number + unit;
        }
        return switch (qualifier) {
            case "余", "多" -> number + qualifier + unit;
            default -> qualifier + number + unit;
        };
    }

    /**
     * Whether the report introduces this figure as a total: 共/合计 before it in its clause (共159人, 合计罚款…元)
     * and it is not an item of a list (共走访小微企业216家、个体工商户611家: 共 is over the list), or 其中 right
     * after it (全年执法806件，其中…).
     *
     * @param text the figure's paragraph text (figure offsets are into it)
     */
    static boolean introducedAsTotal(String text, Figure f) {
        if (text == null || f.end() > text.length() || f.start() < 0) {
            return false;
        }
        if (BROKEN_DOWN.matcher(text.substring(f.end())).find()) {
            return true;
        }
        int start = f.start();
        while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        // an item of a list of figures (…216家、611家) — not of a list of who (领导干部、村干部共159人)
        boolean listItem = f.end() < text.length() && text.charAt(f.end()) == '、'
                || start > 0 && text.charAt(start - 1) == '、' && previousItemCounts(text, start - 1);
        return !listItem && TOTAL_WORD.matcher(text.substring(start, f.start())).find();
    }

    /** Whether the list item ending at this 、 states a figure of its own (its digits). */
    private static boolean previousItemCounts(String text, int comma) {
        int k = comma;
        while (k > 0 && CLAUSE_ENDS.indexOf(text.charAt(k - 1)) < 0) {
            k--;
        }
        return text.substring(k, comma).codePoints().anyMatch(Character::isDigit);
    }

    /** The sentence (to 。！？, across ；) of the paragraph around this offset, as [start, end). */
    static int[] sentence(String text, int at) {
        int start = Math.min(at, text.length());
        while (start > 0 && SENTENCE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = Math.max(at, start);
        while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return new int[] {start, Math.min(text.length(), end + 1)};
    }

    /** 2023年完成简易程序处罚1120起，罚款133970元 → 简易程序处罚: the opening words of the figure's ；-clause. */
    static String clauseOpening(String text, Figure f) {
        int from = f.start();
        while (from > 0 && "；;。".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String opening = text.substring(from, f.start()).split("[，,：:]")[0];
        String label = CLAUSE_OPENING.matcher(YEAR.matcher(opening).replaceAll("")).replaceAll("")
                .replaceAll("[0-9.]+(?:余|多)?\\p{IsHan}?$", "").strip();
        return label.isEmpty() || label.equals(opening.strip()) && label.length() > 12 ? f.metric() : label;
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年度?(?:以来)?");
    private static final Pattern CLAUSE_OPENING = Pattern.compile("^(?:全年|今年|去年|共|累计|其中|完成|办理)+");

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
