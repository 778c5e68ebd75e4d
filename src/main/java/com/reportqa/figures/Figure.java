package com.reportqa.figures;

import java.math.BigDecimal;

/**
 * A figure stated in a report paragraph: {@code 10万余件} is value 100000, unit 件, qualifier 余.
 * {@code metric} is what it counts (受理各类矛盾纠纷); {@code clause}, {@code context} and {@code sentence}
 * are ever wider surroundings used to match it to a question; {@code lead} is the sentence before when this one
 * goes on with it (…向个体工商户宣传贷款优惠政策。共走访…个体工商户611家), else "". Offsets are into the paragraph text.
 */
public record Figure(BigDecimal value, String unit, String qualifier, String raw, String metric, String clause,
        String context, String sentence, String lead, String paragraphId, String reportId, boolean plan, int start,
        int end) {

    /** A figure whose sentence stands on its own. */
    public Figure(BigDecimal value, String unit, String qualifier, String raw, String metric, String clause,
            String context, String sentence, String paragraphId, String reportId, boolean plan, int start, int end) {
        this(value, unit, qualifier, raw, metric, clause, context, sentence, "", paragraphId, reportId, plan, start,
                end);
    }
}
