package com.reportqa.figures;

import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * A report's value of the rate a question asks about: the percentage it states (化解率99%), else one computed from
 * the two counts it states for the same thing ({@link RatePairs}), else nothing. A stated percentage answers only
 * when its clause names the same rate (办结率 for 办结率, not 满意率 or 下降12%).
 */
@Service
public class RateResolver {

    private final FigureFinder finder;
    private final FigureIndex index;

    RateResolver(FigureFinder finder, FigureIndex index) {
        this.finder = finder;
        this.index = index;
    }

    /**
     * One report's rate.
     *
     * @param stated      the percentage as the report states it, or null when computed
     * @param numerator   the count divided, or null when stated
     * @param denominator the count divided by, or null when stated
     */
    public record Rate(Report report, BigDecimal percent, FigureMatch stated, Figure numerator, Figure denominator) {
        public boolean computed() {
            return stated == null;
        }

        /** Computed from a count and words (零败诉, 均已调解成功), not from two counts. */
        public boolean inWords() {
            return numerator != null && !numerator.raw().matches(".*\\d.*");
        }

        /** The rate as an answer writes it: 99%, or 99.6%（按化解223件÷受理224件计算）. */
        public String raw() {
            if (computed() && inWords()) {
                return percent.toPlainString() + "%（报告写明" + RateResolver.said(denominator) + "，" + numerator.raw() + "）";
            }
            return computed() ? percent.toPlainString() + "%（按" + RateResolver.said(numerator) + "÷"
                    + RateResolver.said(denominator) + "计算）" : stated.figure().raw();
        }
    }

    /** @param ask the question's ask (its words find the stated rate); its units are replaced by % */
    public Optional<Rate> resolve(RateWord rate, Ask ask, Report report, boolean plan) {
        return resolve(rate, ask, report, plan, false);
    }

    /** @param computeAsked the question asks to work it out (按受理和化解的件数自己算): two counts before a stated rate */
    public Optional<Rate> resolve(RateWord rate, Ask ask, Report report, boolean plan, boolean computeAsked) {
        return resolve(rate, ask, report, plan, computeAsked, f -> true);
    }

    /** @param allowed the stated percentages that may answer (not those of a sentence on another year) */
    public Optional<Rate> resolve(RateWord rate, Ask ask, Report report, boolean plan, boolean computeAsked,
            Predicate<Figure> allowed) {
        Ask percent = new Ask(ask.metric(), ask.context(), Set.of("%"));
        Predicate<FigureMatch> named = m -> allowed.test(m.figure()) && rate.namedIn(m.figure().clause())
                && rate.objectIn(m.figure().sentence());
        // 矛盾纠纷…化解率99%,共受理各类信访23件,化解23件,化解率100%: of two rates in one sentence, the one whose own
        // words name the object asked
        Predicate<FigureMatch> own = named.and(m -> rate.objectIn(ownRun(m.figure())));
        // 好评率100%, 出庭应诉率100% … and 参学、参考、通过率100%: the best percentage may be another rate's
        List<FigureMatch> percentages = finder.close(percent, report, plan, 1.0);
        Optional<FigureMatch> stated = percentages.stream().filter(own).findFirst()
                .or(() -> percentages.stream().filter(named).findFirst());
        // 化解率/办结率: a report stating only the other rate word asked answers with it
        // 调解成功率 asked, 化解率98.9% written: the rate words reports write for one another come next
        List<String> alternatives = rate.alternatives();
        for (int i = 0; stated.isEmpty() && i < alternatives.size(); i++) {
            String other = alternatives.get(i);
            stated = finder.best(new Ask(ask.metric().replace(rate.head(), other).replace("/" + other, ""),
                            ask.context(), Set.of("%")), report, plan)
                    .filter(m -> allowed.test(m.figure()) && m.figure().clause().contains(other)
                            && rate.objectIn(m.figure().sentence()));
        }
        Optional<RatePairs.Computed> counts = RatePairs.find(rate, index.of(report), report.year(), plan);
        if (computeAsked && counts.isPresent()) {
            RatePairs.Computed c = counts.get();
            return Optional.of(new Rate(report, c.percent(), null, c.numerator(), c.denominator()));
        }
        if (stated.isPresent()) {
            return Optional.of(new Rate(report, stated.get().figure().value(), stated.get(), null, null));
        }
        return counts
                .or(() -> RatePairs.zero(rate, index.of(report), report.year(), plan))
                .or(() -> RatePairs.whole(rate, index.of(report), report.year(), plan))
                .map(c -> (computeAsked ? Optional.<Rate>empty() : statedBeside(rate, percent, report, c))
                        .orElseGet(() -> new Rate(report, c.percent(), null, c.numerator(), c.denominator())));
    }

    /**
     * The rate the report states right after the two counts it would be computed from (受理224件,化解223件,化解率99%):
     * asked in other words (调解成功率), the report's own figure is still the answer.
     */
    private Optional<Rate> statedBeside(RateWord rate, Ask ask, Report report, RatePairs.Computed c) {
        Figure n = c.numerator();
        return index.of(report).stream()
                .filter(f -> f.unit().equals("%") && f.paragraphId().equals(n.paragraphId())
                        && f.sentence().equals(n.sentence()) && f.start() > n.start() && rate.namedIn(f.clause()))
                .findFirst().map(f -> new Rate(report, f.value(), new FigureMatch(ask, report, f, 1.0), null, null));
    }

    /** The words of a rate's sentence since the percentage before it: what this rate, not the one before, is of. */
    private static String ownRun(Figure f) {
        String context = f.context() == null ? f.clause() : f.context();
        int end = context.lastIndexOf(f.raw());
        String before = end < 0 ? context : context.substring(0, end);
        return context.substring(before.lastIndexOf('%') + 1);
    }

    /**
     * 述法报告显示，2023年…化解率98.6%: the rate of an earlier year that a later report states, in a sentence naming
     * that year, in the rate's words or those reports write for one another.
     */
    public Optional<Rate> statedOfYear(RateWord rate, Report report, int year) {
        Pattern named = Pattern.compile(year + "\\s*年");
        return index.of(report).stream()
                .filter(f -> f.unit().equals("%") && !f.plan() && named.matcher(f.sentence()).find()
                        && (rate.namedIn(f.clause()) || rate.alternatives().stream().anyMatch(f.clause()::contains))
                        && rate.objectIn(f.sentence()))
                .findFirst()
                .map(f -> new Rate(report, f.value(),
                        new FigureMatch(new Ask(rate.phrase(), "", Set.of("%")), report, f, 1.0), null, null));
    }

    /** A percentage the report states for what the ask names (公开面达100%), rate word or not. */
    public Optional<Rate> stated(Ask ask, Report report, boolean plan) {
        return finder.best(new Ask(ask.metric(), ask.context(), Set.of("%")), report, plan)
                .map(m -> new Rate(report, m.figure().value(), m, null, null));
    }

    /** 受理224件: the action and the figure, without the place and time words of the clause. */
    static String said(Figure f) {
        String clause = f.clause().strip();
        int at = clause.lastIndexOf(f.raw());
        String upTo = at < 0 ? clause : clause.substring(0, at + f.raw().length());
        // 2024年,全镇共受理各类矛盾纠纷224件 → 受理各类矛盾纠纷224件
        return upTo.replaceFirst("^.*?(?=受理|排查|调处|调解|办理|接收|收到|收集|接待|立案|处理|流转|化解|成功|办结|结案|审结|执法人员)", "");
    }
}
