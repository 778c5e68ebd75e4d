package com.reportqa.figures;

import java.math.BigDecimal;

/**
 * One figure stated in a report paragraph.
 *
 * @param value     the number with 万/亿 expanded; scale-free so toPlainString() is plain
 * @param unit      the measure word as written (件, 人次, 个方面, %); 万元/亿元 become 元;
 *                  empty when only a magnitude was written (3.2万)
 * @param qualifier approximation word as written (余, 多, 近, 约, 超过, 以上 …) or null
 * @param raw       exact substring of the input that states the figure
 * @param metric    the words of the clause saying what is counted
 * @param clause    the clause holding the figure (list items split on 、 are clauses)
 * @param context   the sentence from its start up to the end of this clause
 * @param start     offset of raw in the input
 * @param end       offset just after raw in the input
 */
public record FigureMention(BigDecimal value, String unit, String qualifier, String raw, String metric,
                            String clause, String context, int start, int end) {
}
