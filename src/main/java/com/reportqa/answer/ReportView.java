package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Place;
import com.reportqa.ingest.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Read-only views of the corpus for the UI and the API. */
public final class ReportView {

    private ReportView() {
    }

    /**
     * One report as listed; {@code year} is null and {@code pending} names what the text did not reveal (标题,
     * 地区, 年度: shown as 待补充 until an editor sets it).
     */
    public record Summary(String id, String file, String title, String issuer, String place, List<String> placeLevels,
            Integer year, String publishedOn, String url, int paragraphs, int figures, List<String> pending) {
        static Summary of(Report r, int figures) {
            return new Summary(r.id(), r.file(), r.titleOrPending(), r.issuer(), r.place().displayOrPending(),
                    r.place().levels(), r.year() == Report.UNKNOWN_YEAR ? null : r.year(),
                    r.publishedOn() == null ? null : r.publishedOn().toString(), r.url(), r.paragraphs().size(),
                    figures, r.pending());
        }

        /** "2024年度", or 待补充. */
        public String yearLabel() {
            return year == null ? Place.PENDING : year + "年度";
        }
    }

    public record ParagraphView(String id, int ordinal, String kind, List<String> sectionPath, String text) {
        static ParagraphView of(Paragraph p) {
            return new ParagraphView(p.id(), p.ordinal(), p.kind().name().toLowerCase(Locale.ROOT),
                    p.sectionPath(), p.text());
        }
    }

    public record Detail(Summary report, List<ParagraphView> paragraphs) {
    }

    public record FigureRow(String place, int year, String metric, BigDecimal value, String unit, String qualifier,
            String raw, String paragraphId, String reportId, String file) {
        static FigureRow of(Report r, Figure f) {
            return new FigureRow(r.place().display(), r.year(), f.metric(), f.value(), f.unit(), f.qualifier(),
                    f.raw(), f.paragraphId(), r.id(), r.file());
        }
    }
}
