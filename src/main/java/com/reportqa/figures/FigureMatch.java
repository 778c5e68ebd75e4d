package com.reportqa.figures;

import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;

/** The figure of a report that best answers one ask, with how well it matched. */
public record FigureMatch(Ask ask, Report report, Figure figure, double score) {
}
