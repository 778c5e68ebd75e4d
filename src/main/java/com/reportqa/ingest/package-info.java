/**
 * Ingestion of Chinese 法治政府建设年度报告 texts for report-qa: web-debris cleaning ({@link TextCleaner}),
 * place parsing ({@link PlaceParser}), structure parsing ({@link ReportStructureParser}) and matching-only
 * folding ({@link TextNormalizer}).
 *
 * <p>Decisions that callers can rely on:
 * <ul>
 *   <li>Paragraph text is a verbatim substring of the cleaned text (lines are trimmed of indentation by the
 *       cleaner, nothing else changes), so citations can quote it. Only the TITLE paragraph of a multi-line
 *       title is a join of several lines (without separator).</li>
 *   <li>Header lines (title lines, 日期/来源/发布时间 metadata, a repeated short title such as
 *       "衡阳市雁峰2024法治政府建设情况报告") and footer lines (signature such as "雁峰区人民政府", final date) are
 *       not paragraphs; they feed issuer, place and publishedOn. A salutation ("县委、县政府：") stays a BODY
 *       paragraph.</li>
 *   <li>Section labels are the heading as written, without trailing punctuation ("(一)进一步提升依法行政的能力"
 *       for the line "(一)进一步提升依法行政的能力。"). A heading glued to body text gives a BODY paragraph whose
 *       label is its first clause, cut before an inline "1." item and, when longer than 50 characters, at the
 *       first comma.</li>
 *   <li>A line with a whitespace gap after a sentence end followed by a new heading ("…100%。   (九)…") is split
 *       into two paragraphs so each sits in its own section.</li>
 *   <li>Dates are only read when written unambiguously; "2025127" gives null. Places only contain written
 *       levels; a second source (来源, signature) may add higher levels only when it names the same place.</li>
 *   <li>{@link TextNormalizer#normalize(String)} never changes the length of a string;
 *       {@link TextNormalizer#compact(String)} does (whitespace collapsing for search keys).</li>
 * </ul>
 */
package com.reportqa.ingest;
