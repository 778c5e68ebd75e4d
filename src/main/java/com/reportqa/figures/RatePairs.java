package com.reportqa.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate a report does not state, computed from two counts it does (受理各类矛盾纠纷224件,化解223件 → 99.6%) — only
 * when both are about the same thing: the denominator's clause is followed directly by the numerator's clause in the
 * same sentence, no figure between them, in the same unit, and the numerator's clause names the rate's action
 * (化解率 → 化解) and no other object. 受理矛盾纠纷 and 化解信访 are never divided.
 */
final class RatePairs {

    /** Actions a denominator counts: what came in, before any was resolved. */
    private static final List<String> INTAKE = List.of("受理", "排查", "调处", "调解", "办理", "接收", "收到", "收集",
            "接待", "立案", "处理", "流转", "抽查", "评查",
            // 摸排问题图斑63个，已整改到位58个; 发现问题36个，已督促整改33个: what was found is what is put right
            "摸排", "发现");
    /** Words around a numerator's action that name no object of their own. */
    private static final Pattern FILLER = Pattern.compile("已|均|共|全部|累计|目前|其|中的|到位|完毕|督促|、|\\s");
    /** Units a rate is never computed from: money, shares, lengths of time. */
    private static final Set<String> NOT_COUNTS = Set.of("%", "‰", "元", "个百分点", "个工作日", "工作日", "小时", "分钟",
            "天", "个月", "年", "分", "倍");
    private static final int MAX_TAIL = 24;
    private static final Set<String> PEOPLE = Set.of("人", "名");
    /** A clause measuring a count against another year's (较2023年的862件增长53.9%): no part of the pair. */
    private static final Pattern COMPARISON = Pattern.compile("^[^，,；;]{0,4}(?:较|同比|比上年|比去年|与上年)");
    private static final Pattern COMPARISON_CLAUSES = Pattern.compile(
            "^(?:[^，,；;]{0,4}(?:较|同比|比上年|比去年|与上年)[^，,；;]*[，,；;])+");
    private static final Pattern SUITS = Pattern.compile("诉讼|应诉|被诉|被告");

    /** A computed rate in per cent, rounded to one decimal, with the two counts it is computed from. */
    record Computed(BigDecimal percent, Figure numerator, Figure denominator) {
    }

    private RatePairs() {
    }

    /** The first pair of a report's figures (in report order) the rate can be computed from. */
    static Optional<Computed> find(RateWord rate, List<Figure> figures, int year, boolean plan) {
        if (!rate.computable()) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < figures.size(); i++) {
            Figure d = figures.get(i);
            // figures are in paragraph order: the numerator is the very next figure of the same sentence, but for
            // those of a comparison with another year in between (1327件，较2023年的862件增长53.9%，审结1268件)
            int j = i + 1;
            while (j + 1 < figures.size() && COMPARISON.matcher(lastClause(figures.get(j))).find()
                    && figures.get(j).sentence().equals(d.sentence())) {
                j++;
            }
            Figure n = figures.get(j);
            if (d.plan() != plan || n.plan() != plan || !d.paragraphId().equals(n.paragraphId())
                    || !d.sentence().equals(n.sentence()) || n.start() <= d.end()
                    || !FigureFinder.ofYear(d, year) || !FigureFinder.ofYear(n, year)) {
                continue;
            }
            if (pair(rate, d, n)) {
                return Optional.of(new Computed(percent(n.value(), d.value()), n, d));
            }
        }
        return Optional.empty();
    }

    /**
     * 审结12件行政诉讼案件,实现了零败诉 → 败诉率 0%: a rate the report gives as 零 + the rate's action, after the count it
     * is a rate of (the nearest count before it in the sentence, about the rate's object).
     */
    static Optional<Computed> zero(RateWord rate, List<Figure> figures, int year, boolean plan) {
        String head = rate.head();
        if (!head.endsWith("率") || head.length() < 3) {
            return Optional.empty();
        }
        String action = head.substring(0, head.length() - 1);
        return said(figures, year, plan, rate,
                Pattern.compile("零" + Pattern.quote(action) + "|" + Pattern.quote(action) + "率?[为是]?(零|0%)"),
                BigDecimal.ZERO, action);
    }

    /**
     * 排查各类矛盾纠纷180起，均已调解成功 → 化解率 100%: every one of the count met the rate's action (均已, 全部, 悉数),
     * said right after it.
     */
    static Optional<Computed> whole(RateWord rate, List<Figure> figures, int year, boolean plan) {
        if (!rate.computable()) {
            return Optional.empty();
        }
        String actions = rate.numerators().stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
        return said(figures, year, plan, rate,
                Pattern.compile("^[，,]?\\s*(?:均已|均|已全部|全部|悉数|全部已)(?:得到|予以|被|依法)?(?:调解|调处)?(?:" + actions + ")"),
                BigDecimal.valueOf(100), rate.head().replaceFirst("率$", ""));
    }

    /** A rate said in words right after (全部…) or after (零…) the count it is a rate of; the nearest count before it. */
    private static Optional<Computed> said(List<Figure> figures, int year, boolean plan, RateWord rate, Pattern said,
            BigDecimal percent, String metric) {
        boolean anchored = said.pattern().startsWith("^");
        for (Figure d : figures) {
            if (d.plan() != plan || !FigureFinder.ofYear(d, year) || d.unit().isEmpty() || NOT_COUNTS.contains(d.unit())
                    || d.qualifier() != null || !rate.objectIn(d.sentence())) {
                continue;
            }
            String sentence = d.sentence();
            int after = sentence.indexOf(d.raw());
            if (after < 0) {
                continue;
            }
            int from = after + d.raw().length();
            Matcher m = said.matcher(sentence).region(from, sentence.length());
            if (anchored ? m.lookingAt() : m.find()) {
                // for 零…, the count must be the last one before it
                boolean nearest = anchored || figures.stream().noneMatch(o -> o != d && o.sentence().equals(sentence)
                        && sentence.indexOf(o.raw(), from) >= from && sentence.indexOf(o.raw(), from) < m.start());
                if (nearest) {
                    String words = m.group().replaceFirst("^[，,]?\\s*", "");
                    Figure stated = new Figure(percent.signum() == 0 ? BigDecimal.ZERO : d.value(), d.unit(), null,
                            words, metric, words, sentence.substring(0, m.end()), sentence, d.paragraphId(),
                            d.reportId(), plan, d.start(), d.end());
                    return Optional.of(new Computed(percent, stated, d));
                }
            }
        }
        return Optional.empty();
    }

    /** The comma clause a figure ends: 较2023年全年的862件增长53.9% for 53.9%, whose own clause is 增长53.9%. */
    private static String lastClause(Figure f) {
        String context = f.context() == null ? f.clause() : f.context();
        return context.substring(Math.max(Math.max(context.lastIndexOf('，'), context.lastIndexOf(',')),
                Math.max(context.lastIndexOf('；'), context.lastIndexOf(';'))) + 1);
    }

    static boolean pair(RateWord rate, Figure d, Figure n) {
        if (!d.unit().equals(n.unit()) || d.unit().isEmpty() || NOT_COUNTS.contains(d.unit())
                || d.qualifier() != null || n.qualifier() != null
                || d.value().signum() <= 0 || n.value().compareTo(d.value()) > 0) {
            return false; // 40余件 is no base to divide by; nor is more resolved than received
        }
        String dClause = d.clause();
        String nClause = n.clause();
        // adjacent clauses: the numerator's clause is what follows the denominator's, nothing in between
        // 1327件，较2023年的862件增长53.9%: the extractor joins the change to the count it measures, so the count's own
        // words are the sentence up to it
        String dContext = d.context();
        int at = d.sentence().indexOf(d.raw());
        if (!n.context().startsWith(dContext) && at >= 0) {
            dContext = d.sentence().substring(0, at + d.raw().length());
        }
        if (!n.context().startsWith(dContext)) {
            return false;
        }
        String between = COMPARISON_CLAUSES.matcher(n.context().substring(dContext.length())
                .replaceFirst("^[，,；;]", "")).replaceFirst("");
        if (!between.equals(nClause.strip()) && !nClause.strip().endsWith(between) || between.length() > MAX_TAIL
                || between.contains("其中")) {
            return false;
        }
        String action = rate.numerators().stream().filter(nClause::contains).findFirst().orElse(null);
        // a headcount is the base of a share of its people (执法人员6人，持有执法证件5人)
        boolean headcount = PEOPLE.contains(d.unit()) && dClause.contains("人员");
        // 作为被告的行政诉讼案件42件，败诉3件: the suits brought are a suit's intake
        boolean lost = action != null && action.contains("败诉");
        if (lost && !SUITS.matcher(dClause).find()) {
            return false;
        }
        if (action == null || rate.numerators().stream().anyMatch(dClause::contains)
                || INTAKE.stream().noneMatch(dClause::contains) && !headcount && !lost) {
            return false;
        }
        // what the numerator's clause says besides its action and figure must be the denominator's object
        String own = FILLER.matcher(nClause.replace(n.raw(), "")).replaceAll("");
        for (String a : rate.numerators()) {
            own = own.replace(a, "");
        }
        for (String a : INTAKE) {
            own = own.replace(a, ""); // 调解成功291件: 调解 is how, not what
        }
        own = own.replaceAll("[^\\p{IsHan}]", "");
        // 抽查案卷120卷，评定优秀卷31卷: one character left (卷) is the denominator's measure, said again
        if (!own.isEmpty() && !(own.length() == 1 ? dClause.contains(own) : sharesBigram(own, dClause))) {
            return false;
        }
        // 开展行政执法案卷评查，抽查案卷120卷: the clause leading into the pair may name its object
        int upTo = d.sentence().indexOf(d.raw());
        // (2.开展行政执法案卷评查: the number of the list item is no figure of the lead)
        String lead = (upTo < 0 ? dClause : d.sentence().substring(0, upTo)).replaceFirst("^\\s*\\d{1,2}[.．、]", "");
        return rate.objectIn(dClause + own) || rate.objectIn(lead + dClause + own) && !lead.matches(".*\\d.*");
    }

    private static boolean sharesBigram(String a, String b) {
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            grams.add(a.substring(i, i + 2));
        }
        for (int i = 0; i + 2 <= b.length(); i++) {
            if (grams.contains(b.substring(i, i + 2))) {
                return true;
            }
        }
        return false;
    }

    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        BigDecimal p = numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return p.scale() < 0 ? p.setScale(0) : p;
    }
}
