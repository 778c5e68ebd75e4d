package com.reportqa.bench;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** A figure of a question file's "expected" list (value, unit, qualifier) against a figure of an answer. */
public final class GoldFigure {

    private static final Map<String, BigDecimal> MINUTES = Map.of("分钟", BigDecimal.ONE,
            "小时", BigDecimal.valueOf(60), "个小时", BigDecimal.valueOf(60));
    private static final Set<String> ASPECTS = Set.of("个", "方面", "个方面");
    /** 9人 and 9名 count the same people. */
    private static final Set<String> PEOPLE = Set.of("人", "名", "位");
    /** 12件 and 12起 count the same cases. */
    private static final Set<String> CASES = Set.of("件", "起", "宗");

    private GoldFigure() {
    }

    /** A part the report does not state ({"value": null, "raw": "未写明"}): the answer must say so, not give a figure. */
    public static boolean unstated(JsonNode gold) {
        JsonNode value = gold.get("value");
        return value == null || value.isNull();
    }

    /** Same value, same unit and same qualifier (10万余件 = 100000 件 余). */
    public static boolean matches(JsonNode gold, AnswerFigure f) {
        if (unstated(gold)) {
            return false;
        }
        JsonNode qualifier = gold.get("qualifier");
        String expected = qualifier == null || qualifier.isNull() ? null : qualifier.asString();
        BigDecimal value = new BigDecimal(gold.get("value").asString());
        String unit = gold.get("unit").asString();
        boolean same = (value.compareTo(f.value()) == 0 || sameWorkedOut(value, f))
                && (sameUnit(unit, f.unit()) || rawSaysUnit(gold, f) || countedItems(unit, f))
                || sameTime(value, unit, f) || sameAmount(value, unit, f);
        // a gold that marks its figure 计算得出 wants a figure the answer marks as worked out
        boolean workedOut = expected != null && WORKED_OUT.matcher(expected).find();
        return same && (workedOut ? f.computed() : Objects.equals(expected, f.qualifier()));
    }

    /** Measure words of items counted off a list. */
    private static final Set<String> ITEMS = Set.of("个", "项", "道", "条", "种", "类", "点");

    /**
     * Five steps listed with no number written (公众参与、专家论证…和集体讨论决定程序): the answer counts them and
     * marks the count computed; whether the gold says 项 or the question 道, it is the same count of items.
     */
    private static boolean countedItems(String unit, AnswerFigure f) {
        return f.computed() && ITEMS.contains(unit) && ITEMS.contains(f.unit());
    }

    private static final Pattern WORKED_OUT = Pattern.compile("计算|推算|算得|折算");

    /**
     * 639÷645 is 99.07 or 99.1: a figure the answer works out is the gold's when both agree to the fewer decimals
     * either writes, and at least one. A figure the report states must match exactly.
     */
    private static boolean sameWorkedOut(BigDecimal gold, AnswerFigure f) {
        if (!f.computed()) {
            return false;
        }
        // a whole number is exact (100% is not 99.6%): at least one decimal is compared
        int scale = Math.max(1, Math.min(gold.scale(), f.value().scale()));
        return gold.setScale(scale, RoundingMode.HALF_UP)
                .compareTo(f.value().setScale(scale, RoundingMode.HALF_UP)) == 0;
    }

    /**
     * 48村(社区) counts villages whatever unit the author wrote for it (个, 村(社区), 个村(社区)): the figure's own unit
     * right after the number in the gold's raw text.
     */
    private static boolean rawSaysUnit(JsonNode gold, AnswerFigure f) {
        JsonNode raw = gold.get("raw");
        return raw != null && !raw.isNull() && f.unit() != null && !f.unit().isEmpty()
                && raw.asString().startsWith(f.raw());
    }

    /** 180万元 is 1800000元: an amount the gold writes in 万 or 亿 of the unit the answer counts in, or the reverse. */
    private static boolean sameAmount(BigDecimal value, String unit, AnswerFigure f) {
        if (f.unit() == null) {
            return false;
        }
        BigDecimal gold = value.multiply(scale(unit));
        BigDecimal answered = f.value().multiply(scale(f.unit()));
        return gold.compareTo(answered) == 0 && !scale(unit).equals(scale(f.unit()))
                && unscaled(unit).equals(unscaled(f.unit())) && !unscaled(unit).isEmpty();
    }

    private static BigDecimal scale(String unit) {
        return unit.length() > 1 && unit.startsWith("万") ? BigDecimal.valueOf(10_000)
                : unit.length() > 1 && unit.startsWith("亿") ? BigDecimal.valueOf(100_000_000) : BigDecimal.ONE;
    }

    private static String unscaled(String unit) {
        return scale(unit).equals(BigDecimal.ONE) ? unit : unit.substring(1);
    }

    /** 半小时 is 30分钟: a span of time written in either unit. */
    private static boolean sameTime(BigDecimal value, String unit, AnswerFigure f) {
        BigDecimal a = MINUTES.get(unit);
        BigDecimal b = MINUTES.get(f.unit());
        return a != null && b != null && value.multiply(a).compareTo(f.value().multiply(b)) == 0;
    }

    /**
     * 3个方面, 3方面 and 3个 count the same aspects, 9人 is 9名, and 3个工作日 is 3 工作日: question authors write each of them.
     */
    private static boolean sameUnit(String gold, String answered) {
        // 件/人 and 起/人: a unit per unit is the same when both its parts are
        if (gold.contains("/") && answered != null && answered.contains("/")) {
            String[] g = gold.split("/", 2);
            String[] a = answered.split("/", 2);
            return sameUnit(g[0], a[0]) && sameUnit(g[1], a[1]);
        }
        return gold.equals(answered) || ASPECTS.contains(gold) && ASPECTS.contains(answered)
                || PEOPLE.contains(gold) && PEOPLE.contains(answered)
                || CASES.contains(gold) && CASES.contains(answered)
                // 3275元/起 is an average in 元 per case
                || gold.contains("/") && gold.substring(0, gold.indexOf('/')).equals(answered)
                || gold.length() > 1 && answered.length() > 1
                        && gold.replaceFirst("^个", "").equals(answered.replaceFirst("^个", ""));
    }

    /**
     * The place named (a label such as 增福镇（涪陵区） tells same-named places apart: the name must be the figure's
     * place and, when the gold names the report, the figure must cite that report).
     */
    public static boolean sameEntity(JsonNode e, Answer a, AnswerFigure f) {
        // 临泽县司法局: the organ that issued a county's report names the county
        String name = e.get("entity").asString().replaceFirst("[（(][^（）()]*[）)]$", "")
                .replaceFirst("(?<=\\p{IsHan}{2}[县区市])(?:司法局|人民政府|政府)$", "");
        // 健龙镇·信访: two measures of one place compared, the measure named after the dot
        int dot = name.indexOf('·');
        if (dot > 0 && (f.metric() == null || !f.metric().replace(" ", "").contains(name.substring(dot + 1)))) {
            return false;
        }
        // 委托执法 ranked against 一般程序 within one place: the gold names the measure, not the place
        boolean measure = dot < 0 && f.metric() != null && f.metric().replace(" ", "").contains(name);
        if (!names(f.place(), dot > 0 ? name.substring(0, dot) : name) && !measure) {
            return false;
        }
        JsonNode doc = e.get("doc");
        return doc == null || doc.isNull() || a.citations().stream()
                .anyMatch(c -> c.n() == f.citation() && c.file().equals(doc.asString()));
    }

    /**
     * Whether a text (a place as displayed, a table row) names the gold entity: as written, or written with a
     * prefix the text also holds (长葛增福镇 for 河南省许昌市长葛市增福镇, or for a row 增福镇（长葛市）).
     */
    public static boolean names(String text, String entity) {
        if (text.contains(entity)) {
            return true;
        }
        for (int i = 2; i <= entity.length() - 2; i++) {
            if (text.contains(entity.substring(0, i)) && text.contains(entity.substring(i))) {
                return true;
            }
        }
        return false;
    }
}
