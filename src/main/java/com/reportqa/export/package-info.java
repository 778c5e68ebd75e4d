/**
 * Citation export: one answer or a conversation as Word, Markdown, CSV or JSON, through
 * {@link ExportService}, the package's one public face.
 *
 * <p>Decisions that callers can rely on:
 * <ul>
 *   <li>Answers are exported as they are: the text keeps its [n] markers, each citation keeps its number, and
 *       every cited paragraph is written out verbatim.</li>
 *   <li>The reference list (参考文献) names each cited report once, in order of first citation, as a GB/T
 *       7714-2015 electronic document; what the report's metadata does not say (issuer, date, URL) is left out,
 *       never guessed. The access date is the export date in the application clock's zone.</li>
 *   <li>CSV cells that a spreadsheet would run as a formula are prefixed with an apostrophe.</li>
 * </ul>
 */
package com.reportqa.export;
