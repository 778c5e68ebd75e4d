package com.reportqa.figures;

import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.Sections;
import com.reportqa.ingest.TextNormalizer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Every figure of every report, extracted on first use per report and kept in memory until the corpus changes.
 * Extracting lazily keeps start-up independent of the number of reports: a question about one place extracts
 * one report (about a millisecond); listing all figures extracts them all once.
 */
@Service
public class FigureIndex {

    private static final Logger log = LoggerFactory.getLogger(FigureIndex.class);

    private volatile Map<String, List<Figure>> byReport = new ConcurrentHashMap<>();

    FigureIndex(Corpus corpus) {
        corpus.subscribe(snapshot -> {
            byReport = new ConcurrentHashMap<>();
            log.info("Figures of {} reports will be extracted on first use", snapshot.reports().size());
        });
    }

    public List<Figure> of(Report report) {
        return byReport.computeIfAbsent(report.id(), id -> extract(report));
    }

    List<Figure> extract(Report report) {
        return extractFrom(report);
    }

    /** The figures of one report, extracted afresh (not kept): for reports read outside the corpus. */
    public static List<Figure> extractFrom(Report report) {
        FigureExtractor extractor = new FigureExtractor();
        TextNormalizer normalizer = new TextNormalizer();
        List<Figure> out = new ArrayList<>();
        for (Paragraph p : report.paragraphs()) {
            if (!p.content()) {
                continue;
            }
            boolean plan = Sections.isPlan(report, p);
            String text = normalizer.normalize(p.text());
            for (FigureMention m : extractor.extract(text)) {
                String raw = p.text().substring(m.start(), m.end());
                out.add(new Figure(plain(m.value()), m.unit(), m.qualifier(), raw, m.metric(),
                        verbatim(p.text(), text, m.clause(), m.end()), verbatim(p.text(), text, m.context(), m.end()),
                        verbatim(p.text(), text, sentence(p, text, m.start()), m.end()), lead(p, m.start()), p.id(),
                        report.id(), plan, m.start(), m.end()));
            }
        }
        return List.copyOf(shareListTails(out));
    }

    /**
     * In a list like 场镇新建5个、农村新建21个高清视频监控探头 the thing counted is written once, after the last
     * item; every item of the list gets it in its clause so that each can be matched to it.
     */
    static List<Figure> shareListTails(List<Figure> figures) {
        List<Figure> out = new ArrayList<>(figures);
        for (int i = out.size() - 1; i > 0; i--) {
            Figure last = out.get(i);
            int rawAt = last.clause().indexOf(last.raw());
            String tail = rawAt < 0 ? "" : last.clause().substring(rawAt + last.raw().length()).strip();
            if (tail.isEmpty()) {
                continue;
            }
            for (int j = i - 1; j >= 0; j--) {
                Figure item = out.get(j);
                boolean sameList = item.paragraphId().equals(last.paragraphId()) && item.unit().equals(last.unit())
                        && item.sentence().equals(last.sentence()) && item.clause().endsWith(item.raw())
                        && !item.clause().equals(last.clause());
                if (!sameList) {
                    break;
                }
                out.set(j, new Figure(item.value(), item.unit(), item.qualifier(), item.raw(), item.metric(),
                        item.clause() + tail, item.context() + tail, item.sentence(), item.lead(), item.paragraphId(),
                        item.reportId(), item.plan(), item.start(), item.end()));
            }
        }
        return out;
    }

    /** The same span in the original text: normalization keeps lengths, so offsets carry over. */
    private static String verbatim(String original, String normalized, String span, int figureEnd) {
        if (span == null || span.isEmpty()) {
            return "";
        }
        int at = normalized.lastIndexOf(span, Math.max(0, figureEnd - 1));
        if (at < 0) {
            at = normalized.indexOf(span);
        }
        return at < 0 || original.length() != normalized.length() ? span
                : original.substring(at, at + span.length());
    }

    /** A sentence that opens with 共/累计/其中… counts what the sentence before it spoke of. */
    private static final Pattern GOES_ON = Pattern.compile("^\\s*(?:共计?|累计|合计|总计|其中|先后|均)");

    /** The sentence before the one at this offset when that one goes on with it, else "". */
    private static String lead(Paragraph p, int at) {
        String text = p.text();
        int previous = 0;
        int start = 0;
        for (int s : p.sentenceStarts()) {
            if (s > at) {
                break;
            }
            if (s != start) {
                previous = start;
                start = s;
            }
        }
        if (start <= 0 || start > text.length()
                || !GOES_ON.matcher(text.substring(start, Math.min(text.length(), start + 4))).find()) {
            return "";
        }
        return text.substring(previous, start);
    }

    private static String sentence(Paragraph p, String text, int at) {
        int start = 0;
        int end = text.length();
        for (int s : p.sentenceStarts()) {
            if (s <= at) {
                start = s;
            } else {
                end = s;
                break;
            }
        }
        return text.substring(start, Math.min(end, text.length()));
    }

    /** Integral values without a scale, so JSON shows 100000, not 1E+5 or 100000.0. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
