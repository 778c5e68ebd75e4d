package com.reportqa.question;

/**
 * What a question says about time, kept together because the year, the plan reading and the fallbacks are
 * decided in one pass over the places' reports and only make sense side by side.
 *
 * @param year        the year asked about, resolved (去年 → the latest report year), or null
 * @param future      asks about plans (明年, 计划, 下一步): answered from the plan sections
 * @param missingYear a place whose report of the asked year is not in the corpus, with the years it has
 * @param statedYear  the year asked about when no report of it exists and the next year's report is answered
 *                    from instead, only by what it states about that year (2023年度述法…); null otherwise
 */
public record YearAsked(Integer year, boolean future, String missingYear, Integer statedYear) {
}
