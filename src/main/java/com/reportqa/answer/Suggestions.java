package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Example questions for an empty chat, written from what the corpus states: a figure question per report,
 * a comparison when several places are loaded, and a question about a section's work. Every candidate is
 * answered before it is offered and kept only if the answer is the kind promised — so an example never
 * leads to "未找到".
 */
final class Suggestions {

    private static final Set<String> UNIT_WORDS = Set.of("件", "人", "名", "次", "场", "个", "家", "项", "元", "万元");
    private static final Pattern CLEAN_METRIC = Pattern.compile("[\\p{IsHan}]{4,12}");
    private static final Pattern HEADING_NUMBER = Pattern.compile("^[（(]?[一二三四五六七八九十0-9]+[）)、.．]\\s*");
    private static final Pattern HEADING_TOPIC = Pattern.compile("[\\p{IsHan}]{4,16}(?=$|[，,。；;：:、（(])");
    // metrics that start with what was done read as natural questions (受理…多少件, 开展…多少场)
    private static final Pattern DONE = Pattern.compile("^(受理|办理|化解|调解|审结|开展|举办|组织|查处|培训|发放|处理|接待|排查|新增|新建)");

    private final Function<String, Answer> preview;

    Suggestions(Function<String, Answer> preview) {
        this.preview = preview;
    }

    List<String> of(List<Report> reports, Function<Report, List<Figure>> figures, int limit) {
        Set<String> out = new LinkedHashSet<>();
        List<Report> newestFirst = reports.stream().sorted(Comparator.comparingInt(Report::year).reversed()).toList();
        for (Report report : newestFirst) {
            if (out.size() >= limit - 2) {
                break;
            }
            figureQuestion(report, figures.apply(report)).ifPresent(out::add);
        }
        if (reports.stream().map(r -> r.place().name()).distinct().count() > 1) {
            compareQuestion(newestFirst, figures).ifPresent(out::add);
        }
        for (Report report : newestFirst) {
            if (out.size() >= limit) {
                break;
            }
            if (sectionQuestion(report).isPresent()) {
                out.add(sectionQuestion(report).get());
                break;
            }
        }
        return out.stream().limit(limit).toList();
    }

    private Optional<String> figureQuestion(Report report, List<Figure> figures) {
        List<Figure> candidates = figures.stream()
                .filter(f -> !f.plan() && UNIT_WORDS.contains(f.unit()) && CLEAN_METRIC.matcher(f.metric()).matches())
                // the metric written right before the number, so the question says what the report says
                .filter(f -> f.clause().contains(f.metric() + f.raw()))
                .sorted(Comparator.comparing((Figure f) -> !DONE.matcher(f.metric()).find()))
                .toList();
        for (Figure f : candidates) {
            String q = report.place().name() + report.year() + "年" + f.metric() + howMany(f.unit()) + "？";
            Answer a = preview.apply(q);
            if (a.mode() == Mode.NUMERIC && a.figures().stream().anyMatch(x -> x.raw().equals(f.raw()))) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private Optional<String> compareQuestion(List<Report> reports, Function<Report, List<Figure>> figures) {
        // a metric stated by the most places makes the most telling comparison
        Map<String, Long> places = new HashMap<>();
        for (Report report : reports) {
            figures.apply(report).stream().filter(f -> !f.plan() && CLEAN_METRIC.matcher(f.metric()).matches())
                    .map(Figure::metric).distinct().forEach(m -> places.merge(m, 1L, Long::sum));
        }
        return places.entrySet().stream().filter(e -> e.getValue() > 1)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(Map.Entry::getKey).limit(5)
                .map(m -> "各地" + m + "分别是多少？哪个最多？")
                .filter(q -> {
                    Answer a = preview.apply(q);
                    return a.mode() == Mode.NUMERIC && a.figures().stream().map(AnswerFigure::place).distinct()
                            .count() > 1;
                })
                .findFirst();
    }

    private Optional<String> sectionQuestion(Report report) {
        List<String> topics = new ArrayList<>();
        for (Paragraph p : report.paragraphs()) {
            if (p.kind() == ParagraphKind.HEADING && p.sectionPath().size() == 2) {
                var m = HEADING_TOPIC.matcher(HEADING_NUMBER.matcher(p.text().strip()).replaceFirst(""));
                if (m.lookingAt()) {
                    topics.add(m.group());
                }
            }
        }
        for (String topic : topics) {
            String q = report.place().name() + "在" + topic + "方面做了哪些工作？";
            Answer a = preview.apply(q);
            if (a.mode() == Mode.EXTRACTIVE || a.mode() == Mode.LLM) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    private static String howMany(String unit) {
        return switch (unit) {
            case "元", "万元" -> "多少钱";
            case "人", "名" -> "多少人";
            default -> "多少" + unit;
        };
    }
}
