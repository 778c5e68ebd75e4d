package com.reportqa.answer;

import com.reportqa.figures.FigureFinder;
import com.reportqa.figures.FigureMatch;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Answers "how many" questions about one place from the figure extractor: exact, cited, or nothing. */
@Component
class NumericAnswerer implements Answerer {

    private final FigureFinder finder;
    private final Corpus corpus;
    private final CorpusReading reading;
    private final PhraseNumberAnswerer phraseNumbers = new PhraseNumberAnswerer();

    NumericAnswerer(FigureFinder finder, Corpus corpus, CorpusReading reading) {
        this.finder = finder;
        this.corpus = corpus;
        this.reading = reading;
    }

    /** Empty when no ask found a figure good enough. */
    @Override
    public Optional<Answer> answer(Question q) {
        List<Optional<FigureMatch>> matches = finder.find(q.asks(), q.scope(), q.future(), q.statedYear());
        if (matches.stream().noneMatch(Optional::isPresent)) {
            matches = onlyOneInUnit(q);
        }
        if (matches.stream().noneMatch(Optional::isPresent)) {
            return Optional.empty();
        }
        List<Ask> asks = q.asks();
        if (matches.size() == 1) {
            var zero = reading.current().none().over(q.asks().get(0), matches.get(0).get(), q.future());
            if (zero.isPresent()) {
                return Optional.of(NoneStated.answer(q, zero.get()));
            }
            List<FigureMatch> each = eachOfOneSentence(q, matches.get(0).get());
            if (each.size() > 1) {
                // 人大和政协…分别提了多少条: one ask, answered by one figure of each party the sentence names
                asks = each.stream().map(m -> new Ask(m.figure().metric(), q.asks().get(0).context(),
                        q.asks().get(0).units())).toList();
                matches = each.stream().map(Optional::of).toList();
            }
        }
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean several = matches.size() > 1;
        boolean places = q.scope().stream().map(r -> r.place().display()).distinct().count() > 1;
        if (several && !places) {
            statedWhole(q, matches).ifPresent(whole -> {
                Paragraph p = corpus.snapshot().paragraphs().get(whole.figure().paragraphId());
                int n = citations.cite(whole.report(), p, whole.figure().raw());
                figures.add(FigureAnswers.figure(whole, n));
                text.append("- ").append(whole.ask().metric()).append("（合计）：**").append(whole.figure().raw())
                        .append("**。原文：“").append(FigureAnswers.quote(whole.figure())).append("”[").append(n)
                        .append("]\n");
            });
        }
        for (int i = 0; i < matches.size(); i++) {
            Ask ask = asks.get(i);
            if (matches.get(i).isEmpty()) {
                var named = several ? phraseNumbers.namedCount(q, ask)
                        : Optional.<PhraseNumberAnswerer.NamedCount>empty();
                if (named.isPresent()) {
                    // 核心要义是几个“坚持”？要处理好几大关系: the count written into the name (四大关系)
                    PhraseNumberAnswerer.NamedCount c = named.get();
                    String sentence = c.sentence().text().strip();
                    int n = citations.cite(c.sentence().report(), c.sentence().paragraph(), sentence);
                    figures.add(c.figure(n));
                    text.append("- ").append(label(ask)).append("：**").append(c.raw()).append("**（“")
                            .append(c.match().group()).append("”）。原文：“").append(sentence).append("”[").append(n)
                            .append("]\n");
                    continue;
                }
                text.append(several ? "- " + label(ask) + "：报告中未写明。\n" : "");
                continue;
            }
            FigureMatch m = matches.get(i).get();
            var zero = several ? reading.current().none().over(ask, m, q.future()) : Optional.<ExtractiveAnswerer.Scored>empty();
            if (zero.isPresent()) {
                // 行政复议案件4件，无行政应诉案件 asked 应诉 beside other figures: this one is the stated none
                ExtractiveAnswerer.Scored z = zero.get();
                String sentence = z.text().replaceAll("[。；;，,]$", "");
                int n = citations.cite(z.report(), z.paragraph(), sentence);
                figures.add(new AnswerFigure(BigDecimal.ZERO, m.figure().unit(), null, sentence, ask.metric(),
                        z.report().place().display(), z.report().year(), n));
                text.append("- ").append(label(ask)).append("：**0**").append(places ? "（" + z.report().shortLabel()
                        + "）" : "").append("。原文：“").append(sentence).append("”[").append(n).append("]\n");
                continue;
            }
            Paragraph p = corpus.snapshot().paragraphs().get(m.figure().paragraphId());
            int n = citations.cite(m.report(), p, m.figure().raw());
            figures.add(FigureAnswers.figure(m, n));
            String where = places || !several ? m.report().shortLabel() : "";
            if (several) {
                text.append("- ").append(label(ask)).append("：**").append(m.figure().raw()).append("**")
                        .append(places ? "（" + where + "）" : "")
                        .append("。原文：“").append(FigureAnswers.quote(m.figure())).append("”[").append(n)
                        .append("]\n");
            } else {
                text.append("**").append(m.figure().raw()).append("**。").append(where).append("报告原文：“")
                        .append(FigureAnswers.quote(m.figure())).append("”[").append(n).append("]");
            }
            if (StatedParts.ASKED.matcher(q.text()).find()) {
                // 复议结果怎么分的: the parts the report lists after the figure (其中维持3件、终止1件)
                for (StatedParts.Part part : StatedParts.of(m.figure())) {
                    figures.add(new AnswerFigure(part.value(), m.figure().unit(), null, part.raw(), part.words(),
                            m.report().place().display(), m.report().year(), n));
                    text.append(several ? "  - " : "\n- ").append("其中").append(part.words()).append("：**")
                            .append(part.raw()).append("**[").append(n).append("]\n");
                }
            }
        }
        if (several) {
            Report first = matches.stream().flatMap(Optional::stream).findFirst().orElseThrow().report();
            text.insert(0, places ? "根据各地报告：\n" : "根据" + first.shortLabel() + "报告：\n");
        }
        if (q.statedYear() != null) {
            Report from = matches.stream().flatMap(Optional::stream).findFirst().orElseThrow().report();
            text.append("\n\n（语料中没有").append(from.place().name()).append(q.statedYear()).append("年度的报告；以上数字出自")
                    .append(from.year()).append("年度报告中关于").append(q.statedYear()).append("年的表述。）");
        }
        return Optional.of(new Answer(null, q.text(), text.toString().strip(), Mode.NUMERIC, citations.list(),
                figures, null, null, null));
    }

    /** 分别, 各自, 各提了几条: the question wants one figure of each of several parties, not one figure. */
    private static final Pattern EACH_ASKED = Pattern.compile("分别|各自|各(?![类项种级地])\\p{IsHan}{0,2}?(?:多少|几)");
    /** Scores this close are the same words of the question matched, in parallel clauses of one sentence. */
    private static final double TIE = 0.02;

    /**
     * 人大提出20余条、政协提出10余条 asked 人大和政协分别提了多少条: the best figure's sentence holds figures of the
     * same measure that match the ask equally well, each with words of its own; each is one of the figures asked.
     */
    private List<FigureMatch> eachOfOneSentence(Question q, FigureMatch best) {
        if (!EACH_ASKED.matcher(q.text()).find()) {
            return List.of();
        }
        List<FigureMatch> tied = finder.close(q.asks().get(0), best.report(), q.future(), TIE).stream()
                .filter(m -> m.figure().paragraphId().equals(best.figure().paragraphId())
                        && m.figure().sentence().equals(best.figure().sentence())
                        && m.figure().unit().equals(best.figure().unit()))
                .toList();
        boolean distinct = tied.stream().map(m -> m.figure().metric()).distinct().count() == tied.size();
        return distinct ? tied.stream().sorted(Comparator.comparingInt(m -> m.figure().start())).toList() : List.of();
    }

    /** Measure words most figures are counted in: one figure in them says little about what it counts. */
    private static final Set<String> COMMON_UNITS = Set.of("件", "次", "人", "名", "个", "项", "起", "场", "条", "家", "户",
            "份", "元", "万元", "%", "期", "批", "天", "年", "人次", "场次");

    /**
     * 恢复了多少亩耕地, asked of a report that writes 亩 once (恢复耕地面积46亩): the one figure in the measure word
     * the question wrote, when it shares the question's words, if more loosely than a figure among many must.
     */
    private List<Optional<FigureMatch>> onlyOneInUnit(Question q) {
        List<Optional<FigureMatch>> none = List.of(Optional.empty());
        if (q.asks().size() != 1 || q.scope().size() != 1 || q.statedYear() != null) {
            return none;
        }
        Ask ask = q.asks().get(0);
        String unit = ask.written();
        if (unit.isBlank() || COMMON_UNITS.contains(unit)) {
            return none;
        }
        Report r = q.scope().get(0);
        List<FigureMatch> inUnit = finder.near(ask, List.of(r), Integer.MAX_VALUE).stream()
                .filter(m -> m.figure().unit().equals(unit) && m.figure().plan() == q.future()).toList();
        Optional<FigureMatch> loose = finder.loose(ask, r, q.future(), false);
        return inUnit.size() == 1 && loose.isPresent() && loose.get().figure().equals(inUnit.get(0).figure())
                ? List.of(loose) : none;
    }

    /** 全年执法806件，里面道路交通、食药品…分别多少: the whole the asker writes before the parts it asks. */
    private static final Pattern STATED_WHOLE = Pattern.compile(
            "(\\p{IsHan}{2,10}?)(\\d+(?:\\.\\d+)?)(\\p{IsHan}{1,2}?)[，,]\\s*(?:里面|里头|其中|当中|这里面|这当中|这些里)");

    /**
     * The whole the asker writes, confirmed by the report: the same value and measure word, stated in the sentence
     * of the parts found and before them (全年执法806件，其中道路交通249件…).
     */
    private Optional<FigureMatch> statedWhole(Question q, List<Optional<FigureMatch>> matches) {
        Matcher m = STATED_WHOLE.matcher(q.text());
        FigureMatch firstPart = matches.stream().flatMap(Optional::stream).findFirst().orElse(null);
        if (!m.find() || firstPart == null) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(2));
        String words = m.group(1);
        for (String place : q.places()) {
            words = words.replace(place, "");
        }
        Ask whole = new Ask(words.replaceAll("^(?:\\d{0,4}年度?|今年|去年|全年|一年)+", ""), "", Set.of(m.group(3)));
        return finder.close(whole, firstPart.report(), q.future(), 1.0).stream()
                .filter(c -> c.figure().value().compareTo(value) == 0 && c.figure().unit().equals(m.group(3))
                        && c.figure().paragraphId().equals(firstPart.figure().paragraphId())
                        && c.figure().sentence().equals(firstPart.figure().sentence())
                        && c.figure().start() < firstPart.figure().start())
                .findFirst();
    }

    private static String label(Ask ask) {
        return ask.metric().isBlank() ? "所问数字" : ask.metric();
    }
}
