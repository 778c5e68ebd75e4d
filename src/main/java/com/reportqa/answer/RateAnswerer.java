package com.reportqa.answer;

import com.reportqa.divisions.DivisionNames;
import com.reportqa.figures.Figure;
import com.reportqa.figures.RateResolver.Rate;
import com.reportqa.figures.RateResolver;
import com.reportqa.figures.RateWord;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Place;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.AskerPreamble;
import com.reportqa.question.PlaceOwnWords;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.question.QuestionParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Rate questions (调解成功率谁高, 江口镇信访化解率是多少): rates are compared with rates, never with counts; a place
 * that states none gets one computed from two counts it states for the same thing, marked as computed with both
 * counts cited, or 未报告.
 */
@Component
class RateAnswerer {

    /** A question the parser left as a fact that still compares places (各地的办结率比一比). */
    private static final Pattern COMPARES = Pattern.compile("比一比|比较|对比|谁高|谁低|哪个高|哪个低|哪里高|排名|排序|各地|各镇");

    private final RateResolver resolver;
    private final Corpus corpus;

    RateAnswerer(RateResolver resolver, Corpus corpus) {
        this.resolver = resolver;
        this.corpus = corpus;
    }

    /** A rate compared across places (各地的办结率比一比), answered here instead of ranking the counts near it. */
    Optional<Answer> comparison(Question q) {
        return compares(q) ? Optional.of(compare(q)) : Optional.empty();
    }

    /** Whether this is a comparison of a rate across places, to be answered here instead of ranking counts. */
    boolean compares(Question q) {
        Optional<RateWord> rate = rate(q);
        if (q.scope().size() < 2 || rate.isEmpty() || q.asks().size() > 1 && !countsOfTheRate(q, rate.get())) {
            return false;
        }
        return q.kind() == QuestionKind.COMPARE
                || q.kind() == QuestionKind.FACT && COMPARES.matcher(q.text()).find();
    }

    /**
     * 审结率：各自受理多少、审结多少，审结率排个名次: the asks besides the first are the rate's own two counts, which
     * its rows show, and no other figure.
     */
    private static boolean countsOfTheRate(Question q, RateWord rate) {
        return q.asks().stream().skip(1).map(a -> a.metric().replaceAll("\\s", ""))
                .allMatch(m -> m.length() <= 4 && (rate.phrase().contains(m) || RATE_BASE.matcher(m).matches()));
    }

    private static final Pattern RATE_BASE = Pattern.compile("受理|收到|办理|排查|调处|接收|登记");

    /** 自己算, 算一下, 按件数计算: the question wants the rate worked out, not the one the report states. */
    /** 写的99%是不是四舍五入了，精确到一位小数是多少: the stated rate doubted, the exact one asked. */
    private static final String EXACT_ASKED =
            "(?:是不是|是否|有没有)(?:四舍五入|取整|凑整)|(?:四舍五入|取整|凑整)了|精确到[^，,。？?]{0,8}是多少";
    private static final Pattern COMPUTE = Pattern.compile("自己算|算一下|算算|计算|算出|按\\S{0,12}算|" + EXACT_ASKED);

    /** 矛盾纠纷化解率和信访化解率，哪个高: two measures of one place, the words before the comparing ones. */
    private static final Pattern WHICH_HIGHER = Pattern.compile(
            "[，,]?\\s*(?:哪个|哪一个|哪项|哪一项|哪块|哪一块|哪方面|谁)(?:定得|写得|设得)?(?:更|比较|最)?(?:高|低|大|小)|[，,]?\\s*(?:相比|比较|对比)"
                    // 跟全镇人民调解的成功率比是高还是低
                    + "|(?<=比)\\s*(?:是)?[高低大小]了?还是[高低大小]");
    private static final Pattern RATE_THEN_MEASURES = Pattern.compile(
            "(?:[两二三四五六七八九十几]个|这|那)?(\\p{IsHan}{0,4}?率)\\s*(?:[：:]|—+)[^：:—]*$");
    private static final Pattern MEASURES_JOIN = Pattern.compile("和|与|跟|、|还是|以及");

    /**
     * Two or more percentages of one place compared (健龙镇的矛盾纠纷化解率和信访化解率哪个高, 公开面和公开规范化程度
     * 哪个更高): each measure stated or computed as a rate, ranked, one row each; empty unless at least two are found.
     */
    Optional<Answer> withinPlace(Question q) {
        if (q.scope().size() != 1) {
            return Optional.empty();
        }
        // 我在准备健龙镇平安建设的发言稿，报告里…: what the asker writes and where it is read name no measure
        String text = AskerPreamble.withoutWriting(q.text());
        for (String place : q.places()) {
            text = text.replace(place, " ");
        }
        text = text.replaceAll("20\\d{2}\\s*年度?", " ");
        Matcher which = WHICH_HIGHER.matcher(text);
        if (!which.find()) {
            return Optional.empty();
        }
        // 公开面和公开规范化程度分别达到多少？哪个更高？: the measures are named in the clause before
        // 跟全镇人民调解的成功率比: the comparing verb closing the second measure is none of its words
        String asked = text.substring(0, which.start())
                .replaceAll("(分别|各自|各)?(大概|大约|约)?(达到|达|是|为|有)?(多少|几)[^？?，,。]*", "")
                .replaceAll("[？?。，,\\s]*$", "").replaceFirst("(?<=率)\\s*(?:相比|比较|比一比|比)$", "")
                // 那个商事纠纷调解中心，调解成功率算下来是多少？跟…: one measure asked over a clause break and a question
                .replaceAll("算下来|算起来|算出来", "").replaceAll("[？?]", "，")
                .replaceAll("^\\s*(?:那个|这个)", "").replaceAll("(?<=\\p{IsHan})(?<!率)[，,]\\s*(?=\\p{IsHan}{2,4}率)", "的");
        // 两个化解率——信访的和矛盾纠纷的: the rate is named before the dash, each measure after it is of that rate
        Matcher rateFirst = RATE_THEN_MEASURES.matcher(asked);
        String sharedRate = rateFirst.find() ? rateFirst.group(1) : "";
        String before = asked
                // 想引用两个比例：好评率和普及率，这俩哪个更高: the measures follow the colon; 这俩 points back at them
                .replaceFirst("^.*(?:[：:]|—+)", "").replaceFirst("[，,]?\\s*(?:这俩|这两个|这两项|两者|二者)\\s*$", "")
                // 矛盾纠纷和信访这两块的化解率: the measures pointed back at are no part of what is measured
                .replaceAll("(?:这|那)(?:两|俩|[三四五])(?:块|个|项|方面)?", "");
        List<String> measures = quotedMeasures(before).orElseGet(() -> measures(before)).stream()
                .map(m -> sharedRate.isEmpty() || m.contains("率") ? m : m.replaceFirst("的$", "") + sharedRate).toList();
        if (measures.size() < 2) {
            return Optional.empty();
        }
        Report report = q.scope().get(0);
        List<Rate> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String measure : measures) {
            Ask ask = new Ask(measure, "", Set.of("%"));
            Optional<RateWord> rate = RateWord.of(measure);
            Optional<Rate> x = rate.isPresent() ? resolver.resolve(rate.get(), ask, report, q.future())
                    : resolver.stated(ask, report, q.future());
            if (x.isPresent() && found.stream().noneMatch(y -> sameSource(y, x.get()))) {
                found.add(x.get());
                names.add(measure);
            } else {
                missing.add(measure);
            }
        }
        if (found.size() < 2) {
            return Optional.empty();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        RankOrder rankOrder = RankOrder.of(q.text());
        Comparator<Integer> byPercent = Comparator.comparing((Integer i) -> found.get(i).percent());
        order.sort(rankOrder.fewestFirst() ? byPercent : byPercent.reversed());
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        StringBuilder table = new StringBuilder("| 排名 | 项目 | 比率 | 原文 |\n|---|---|---|---|\n");
        int rank = 0;
        for (int k = 0; k < order.size(); k++) {
            Rate x = found.get(order.get(k));
            String name = names.get(order.get(k));
            rank = k > 0 && x.percent().compareTo(found.get(order.get(k - 1)).percent()) == 0 ? rank : k + 1;
            int n = cite(citations, x);
            AnswerFigure f = x.computed()
                    ? new AnswerFigure(x.percent(), "%", null, x.raw(), name, report.place().display(), report.year(),
                            n, true)
                    : new AnswerFigure(x.stated().figure().value(), "%", x.stated().figure().qualifier(),
                            x.stated().figure().raw(), name, report.place().display(), report.year(), n);
            figures.add(f);
            table.append("| ").append(rank).append(" | ").append(name).append(" | ").append(x.raw()).append(" | “")
                    .append(quote(x)).append("”[").append(n).append("] |\n");
        }
        for (String name : missing) {
            table.append("| — | ").append(name).append(" | 未报告 | 报告中没有这一比率，也没有可据以计算的数字 |\n");
        }
        // 哪个低 without an order spelled out keeps the highest first but names the lowest
        int named = rankOrder.asksFewest() && !rankOrder.fewestFirst() ? order.size() - 1 : 0;
        int next = named == 0 ? 1 : named - 1;
        Rate top = found.get(order.get(named));
        boolean tied = top.percent().compareTo(found.get(order.get(next)).percent()) == 0;
        StringBuilder reply = new StringBuilder(report.shortLabel() + "报告中，"
                + (tied ? "两项并列（" + top.percent().toPlainString() + "%）" : names.get(order.get(named))
                        + rankOrder.namedOfRates() + "（" + top.percent().toPlainString() + "%）")
                + "。\n\n");
        reply.append(table);
        if (found.stream().anyMatch(x -> x.computed() && !x.inWords())) {
            reply.append("\n注：标有“计算”的比率报告没有直接写明，由同一句中的两个数字相除得出，保留一位小数。");
        }
        return Optional.of(new Answer(null, q.text(), reply.toString().strip(), Mode.NUMERIC, citations.list(), figures,
                null, null, null));
    }

    /** Two quoted names joined as one list (给“公开面”和“公开规范化”定的比例): the names are the measures, whatever frames them. */
    private static final Pattern QUOTED_MEASURES = Pattern.compile(
            "“([^”]{2,12})”((?:\\s*(?:和|与|跟|、|还是)\\s*“[^”]{2,12}”)+)");
    private static final Pattern QUOTED = Pattern.compile("“([^”]{2,12})”");

    private static Optional<List<String>> quotedMeasures(String words) {
        Matcher m = QUOTED_MEASURES.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(List.of(m.group(1)));
        QUOTED.matcher(m.group(2)).results().forEach(r -> out.add(r.group(1)));
        return Optional.of(out);
    }

    /** 矛盾纠纷和信访的化解率 → 矛盾纠纷化解率, 信访化解率; 公开面和公开规范化程度 → both. */
    private static List<String> measures(String words) {
        // 那个商事纠纷调解中心的: a demonstrative before a measure points at it, it is none of its words
        String text = words.replaceAll("[\\s?？，,。]", "").replaceFirst("^的", "")
                .replaceAll("(?:^|(?<=和|与|跟|、|还是|以及))(?:那个|这个)", "");
        String[] parts = MEASURES_JOIN.split(text);
        if (parts.length < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String last = parts[parts.length - 1];
        int de = last.lastIndexOf('的');
        String tail = de >= 0 ? last.substring(de + 1) : "";
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i < parts.length - 1 && !tail.isEmpty() && !part.contains(tail)) {
                part = part + tail;
            }
            part = i == parts.length - 1 && de >= 0 ? last.substring(0, de) + tail : part;
            if (part.codePoints().filter(Character::isIdeographic).count() >= 2) {
                out.add(part);
            }
        }
        return out;
    }

    private static boolean sameSource(Rate a, Rate b) {
        return !a.computed() && !b.computed() && a.stated().figure() == b.stated().figure();
    }

    /** 要是按件数自己算: a rate the question wants worked out, before any stated one could answer it. */
    Optional<Answer> computeAsked(Question q) {
        return COMPUTE.matcher(q.text()).find() ? single(q) : Optional.empty();
    }

    /** A one-place rate question no stated percentage answered: a rate computed from two counts, if any. */
    Optional<Answer> single(Question q) {
        Optional<RateWord> rate = rate(q);
        // a rate of no countable action may still be said as 零 (零败诉 → 败诉率 0%)
        if (rate.isEmpty() || q.asks().size() > 1 || !rate.get().computable() && !rate.get().head().endsWith("率")) {
            return Optional.empty();
        }
        Ask ask = ask(q, rate.get());
        for (Report r : q.scope()) {
            boolean computeAsked = COMPUTE.matcher(q.text()).find();
            Optional<Rate> found = resolver.resolve(rate.get(), ask, r, q.future(), computeAsked);
            if (found.isPresent()) {
                Citations citations = new Citations();
                Rate x = found.get();
                int n = cite(citations, x);
                String text = "**" + x.raw() + "**。" + r.shortLabel() + "报告"
                        + (!x.computed() ? "原文：“" : x.inWords() ? "没有写出" + rate.get().head()
                                + "的数字，以上按原文所写的" + x.numerator().raw() + "得出：“"
                                : computeAsked ? "中的两个数字按所问计算：“"
                                : "没有直接写明" + rate.get().head() + "，以上按原文的两个数字计算：“")
                        + quote(x) + "”[" + n + "]";
                return Optional.of(new Answer(null, q.text(), text, Mode.NUMERIC, citations.list(),
                        List.of(figure(x, rate.get(), n)), null, null, null));
            }
        }
        return Optional.empty();
    }

    /** 要是没写百分比，就按件数算: worked out only where no rate is written, which is what is done anyway. */
    private static final Pattern ONLY_IF_UNSTATED = Pattern.compile(
            "(?:要是|如果|若|假如)[^，,。？?]{0,8}没(?:有)?(?:写|给|报)|没(?:有)?(?:写|给|报)[^，,。？?]{0,6}的话");
    /** 按受理和化解的件数精确算一下: worked out from the counts (按比例算谁高 only asks which share is higher). */
    private static final Pattern FROM_COUNTS = Pattern.compile(
            "(?:按|用|拿|根据)[^，,。？?]{0,12}(?:件数|起数|个数|人数|数字|数据)[^，,。？?]{0,8}算|" + EXACT_ASKED);

    /**
     * 健龙镇写的化解率是99%，我想按受理和化解的件数精确算一下，再跟黄溪镇比: the places whose rate the asker wants
     * worked out from the two counts, the stated one aside — those named in the sentence that asks it, or every place
     * when it names none.
     */
    private static Set<Report> workedOutFor(Question q) {
        Matcher m = FROM_COUNTS.matcher(q.text());
        if (!m.find() || ONLY_IF_UNSTATED.matcher(q.text()).find()) {
            return Set.of();
        }
        int from = m.start();
        while (from > 0 && "。？?！!".indexOf(q.text().charAt(from - 1)) < 0) {
            from--;
        }
        String said = q.text().substring(from, m.end());
        List<Report> named = q.scope().stream()
                .filter(r -> said.contains(DivisionNames.stem(r.place().name()))).toList();
        return Set.copyOf(named.isEmpty() ? q.scope() : named);
    }

    /** The comparison: stated and computed rates ranked, 未报告 for the rest; no answer when no place has one. */
    Answer compare(Question q) {
        RateWord rate = rate(q).orElseThrow();
        Ask ask = ask(q, rate);
        List<Rate> found = new ArrayList<>();
        List<Report> missing = new ArrayList<>();
        // 谁写了化解率: a rate worked out from counts or words is not one the report wrote
        boolean statedOnly = QuestionParser.WHO_STATES.matcher(q.text()).find();
        Set<Report> worked = workedOutFor(q);
        Map<Report, OwnRate> own = ownRates(q, rate);
        for (Report r : q.scope()) {
            OwnRate used = own.getOrDefault(r, new OwnRate(rate, ask));
            resolver.resolve(used.rate(), used.ask(), r, q.future(), worked.contains(r))
                    .filter(x -> !statedOnly || !x.computed())
                    .ifPresentOrElse(found::add, () -> missing.add(r));
        }
        if (found.isEmpty()) {
            return new Answer(null, q.text(), "报告中没有写明" + rate.phrase() + (rate.computable()
                    ? "，也没有同一句中可用于计算的受理数和" + rate.phrase().replaceFirst("率$", "") + "数" : "")
                    + "（已查阅 " + q.scope().size() + " 份报告）。", Mode.NO_ANSWER, List.of(), List.of(), null, null,
                    null);
        }
        // a stable sort: places with the same rate keep the question's order, and rank together
        RankOrder order = RankOrder.of(q.text());
        Comparator<Rate> byPercent = Comparator.comparing(Rate::percent);
        found.sort(order.fewestFirst() ? byPercent : byPercent.reversed());
        List<Rate> shown = found.subList(0, Math.min(found.size(), CompareAnswerer.SHOWN_ROWS));
        Citations citations = new Citations();
        List<AnswerFigure> figures = new ArrayList<>();
        // two 增福镇 in the corpus: a row says which one, as comparisons of counts do
        List<Place> places = CorpusPlaces.of(corpus);
        StringBuilder table = new StringBuilder("| 排名 | 地方 | 年度 | "
                + String.join("/", Stream.concat(Stream.of(rate.head()),
                        rate.others().stream()).toList()) + " | 原文 |\n|---|---|---|---|---|\n");
        int rank = 0;
        for (int i = 0; i < shown.size(); i++) {
            Rate x = shown.get(i);
            rank = i > 0 && x.percent().compareTo(shown.get(i - 1).percent()) == 0 ? rank : i + 1;
            int n = cite(citations, x);
            figures.add(figure(x, rate, n));
            table.append("| ").append(rank).append(" | ").append(x.report().place().nameAmong(places)).append(" | ")
                    .append(x.report().year()).append(" | ").append(x.raw()).append(" | “").append(quote(x))
                    .append("”[").append(n).append("] |\n");
        }
        for (Report r : missing.size() <= CompareAnswerer.LISTED_MISSING ? missing : List.<Report>of()) {
            table.append("| — | ").append(r.place().nameAmong(places)).append(" | ").append(r.year())
                    .append(" | 未报告 | 报告中没有这一比率，也没有可据以计算的数字 |\n");
        }
        Rate top = order.asksFewest() != order.fewestFirst() ? shown.get(shown.size() - 1) : shown.get(0);
        StringBuilder text = new StringBuilder();
        if (shown.size() > 1) {
            long tied = shown.stream().filter(x -> x.percent().compareTo(top.percent()) == 0).count();
            text.append(tied > 1 ? "按报告所载比率，" + tied + " 个地方并列" + order.namedOfRates() + "（"
                    + top.percent().toPlainString() + "%）。\n\n"
                    : "按报告所载比率，" + top.report().place().nameAmong(places) + order.namedOfRates() + "（"
                            + top.percent().toPlainString() + "%）。\n\n");
        }
        text.append(table);
        if (missing.size() > CompareAnswerer.LISTED_MISSING) {
            text.append("\n另有 ").append(missing.size()).append(" 个地方的报告中没有这一比率。");
        }
        if (shown.stream().anyMatch(x -> x.computed() && !x.inWords())) {
            text.append("\n注：标有“计算”的比率报告没有直接写明，由同一句中的两个数字相除得出，保留一位小数。");
        }
        if (shown.stream().anyMatch(Rate::inWords)) {
            text.append("\n注：标有“报告写明”的比率报告没有写出数字，由原文的文字（如“均已调解成功”“零败诉”）得出。");
        }
        if (shown.stream().map(x -> x.report().year()).distinct().count() > 1) {
            text.append("\n注意：各报告年度不同，比率不完全可比。");
        }
        return new Answer(null, q.text(), text.toString().strip(), Mode.NUMERIC, citations.list(), figures, null,
                null, null);
    }

    /** A place's own rate and the ask made of its own words. */
    private record OwnRate(RateWord rate, Ask ask) {
    }

    /**
     * 旺草镇…摸排的图斑整改了多少比例？跟留坝县法治督察发现问题的整改率比: each place named with a rate of its own
     * thing is asked that rate (图斑 of 旺草镇), 留坝县 its 整改率; a place whose words name no rate is asked the shared one.
     */
    private static Map<Report, OwnRate> ownRates(Question q, RateWord shared) {
        Map<Report, OwnRate> out = new HashMap<>();
        if (q.places().size() < 2 || q.places().size() != q.placeGroups().size()) {
            return out;
        }
        List<OwnRate> own = new ArrayList<>();
        for (int i = 0; i < q.places().size(); i++) {
            String words = YEAR.matcher(String.join(" ", PlaceStretches.of(q.text(), q.places(), i))).replaceAll(" ");
            // (按比例算谁高 is how to rank, no rate of a place's own)
            own.add(RateWord.of(words).filter(r -> r.head().endsWith("率") || r.computable())
                    .or(() -> thingOf(words).flatMap(t -> RateWord.of(t + "的" + shared.head()))
                            .filter(r -> r.object().length() >= 2))
                    .map(r -> new OwnRate(r, PlaceOwnWords.ask(words)
                            .map(a -> new Ask(a.metric(), a.context(), Set.of("%")))
                            .orElseGet(() -> new Ask(r.phrase(), "", Set.of("%")))))
                    .orElse(null));
        }
        // 枫桥、拱市乡、茅贡镇这三个地方，矛盾纠纷调解成功率: one rate word after the last place is everyone's; only
        // rates said of two places or more, each in its own words, are each place's own
        if (own.stream().filter(Objects::nonNull).count() < 2) {
            return out;
        }
        for (int i = 0; i < own.size(); i++) {
            OwnRate rate = own.get(i);
            if (rate != null) {
                q.placeGroups().get(i).forEach(r -> out.put(r, rate));
            }
        }
        return out;
    }

    /**
     * 四会的玉器设计侵权投诉、乐从的商事纠纷，两边调处成功的比例: a place named with a thing of its own (after 的) and no
     * rate word, the rate said once after the last place; its thing is what that rate is of for it.
     */
    private static Optional<String> thingOf(String words) {
        Matcher m = OWN_THING.matcher(words);
        return m.matches() && !NOT_A_THING.matcher(m.group(1)).find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static final Pattern OWN_THING = Pattern.compile("\\s*的([^\\s，,。？?；;、和与及跟的]{2,12})[\\s、，,和与及跟]*");
    /** 健龙镇的报告和江口镇的报告: the report, its data or its year name no thing counted; nor does a question. */
    private static final Pattern NOT_A_THING = Pattern.compile("报告|数据|数字|情况|材料|年度|多少|几|哪|谁|吗|呢");

    /** 2024年矛盾纠纷化解的成功比例: the year is no part of what the rate is of. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年度?");

    static Optional<RateWord> rate(Question q) {
        // 审结的案子占受理数的比例: the share word is an asking word to the parser, so the topic has lost it
        return RateWord.of(q.topic()).or(() -> q.asks().isEmpty() ? Optional.empty()
                : RateWord.of(q.asks().get(0).metric()))
                .or(() -> RateWord.of(YEAR.matcher(AskerPreamble.strip(q.text())).replaceAll(" "))
                        .filter(RateWord::computable));
    }

    /** The question's ask, or for a question the parser gave no ask (各地的办结率比一比) the rate's own words. */
    static Ask ask(Question q, RateWord rate) {
        return q.asks().isEmpty() ? new Ask(rate.phrase(), "", Set.of("%")) : q.asks().get(0);
    }

    private int cite(Citations citations, Rate x) {
        return cite(corpus, citations, x);
    }

    /** Cited to the paragraph of the stated rate, or of the two counts it is computed from. */
    static int cite(Corpus corpus, Citations citations, Rate x) {
        Figure f = x.computed() ? x.numerator() : x.stated().figure();
        Paragraph p = corpus.snapshot().paragraphs().get(f.paragraphId());
        // one quote holding both counts: the numerator's context runs from the sentence start over the denominator
        return citations.cite(x.report(), p, x.computed() ? quote(x) : f.raw());
    }

    static String quote(Rate x) {
        return x.computed() ? x.numerator().context().strip() : FigureAnswers.quote(x.stated().figure());
    }

    static AnswerFigure figure(Rate x, RateWord rate, int citation) {
        if (!x.computed()) {
            return FigureAnswers.figure(x.stated(), citation);
        }
        return new AnswerFigure(x.percent(), "%", null, x.raw(), rate.head(), x.report().place().display(),
                x.report().year(), citation, true);
    }
}
