package com.reportqa.answer;

import com.reportqa.figures.ChineseNumbers;
import com.reportqa.figures.SloganCount;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Question;
import com.reportqa.question.SloganAsk;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers questions about counts and items stated in words (几个“零发生”, 几类问题, “三个一”指的是什么) from the
 * sentence that names the slogan or list, cited; nothing when the report does not count or list them.
 */
final class SloganAnswerer {

    /** An unquoted head (问题) is common: the sentence must be about the rest of the question this well. */
    static final double COVERAGE = 0.5;
    private static final int MAX_REPORTS = 3;
    private static final double INTRODUCED = 0.5;

    private final SentenceScorer scorer;

    SloganAnswerer(SentenceScorer scorer) {
        this.scorer = scorer;
    }

    /** @param counts whether to answer count questions (几个“零发生”) or only what-is questions (“三个一”指什么) */
    Optional<Answer> answer(Question q, boolean counts) {
        List<SloganAsk> several = counts ? SloganAsk.several(q) : List.of();
        if (!several.isEmpty()) {
            return answerSeveral(q, several);
        }
        Optional<SloganAsk> asked = SloganAsk.of(q);
        if (asked.isEmpty() || asked.get().count() != counts) {
            return Optional.empty();
        }
        SloganAsk ask = asked.get();
        Found best = search(q, ask);
        if (best == null && !ask.quoted() && ask.phrase().length() > 2) {
            // 法治政府建设问题有几条: the report writes the head alone (存在几个方面的问题：一是…)
            ask = new SloganAsk(ask.phrase().substring(ask.phrase().length() - 2), ask.count(), false);
            // the head alone is common: only where it opens its own list (问题：一是…) is it the thing asked
            best = search(q, ask);
            best = best != null && best.opensList() ? best : null;
        }
        if (best == null) {
            best = ordinalSlogan(q, ask);
        }
        if (best == null && ask.count()) {
            Optional<Answer> items = SectionItems.count(q, asked.get().phrase(), scorer);
            if (items.isPresent()) {
                return items;
            }
        }
        if (best == null && !ask.count()) {
            Optional<Answer> unexplained = notListed(q, withStatedCount(q, ask));
            if (unexplained.isPresent()) {
                return unexplained;
            }
        }
        SloganAsk answered = ask;
        return Optional.ofNullable(best).map(f -> f.answer(q, answered));
    }

    /** 哪几个“不发生”: the slogan as a report writes it with its count (“六个不发生”), when one does. */
    private static SloganAsk withStatedCount(Question q, SloganAsk ask) {
        if (SloganCount.numberIn(ask.phrase()).isPresent()) {
            return ask;
        }
        Pattern counted = withCount(ask.phrase());
        for (ScopedSentence s : ScopedSentence.of(q, MAX_REPORTS)) {
            Matcher m = counted.matcher(s.text());
            if (m.find()) {
                return new SloganAsk(m.group(), false, true);
            }
        }
        return ask;
    }

    /** The phrase written with its count before it: 四个意识, 六个不发生. */
    private static Pattern withCount(String phrase) {
        return Pattern.compile("(?:[一二两三四五六七八九十]+|\\d+)\\s*(?:个|项|类|种)\\s*" + Pattern.quote(phrase));
    }

    /** Each count found answered on its line, one list of citations; empty unless every count is found. */
    private Optional<Answer> answerSeveral(Question q, List<SloganAsk> asks) {
        Citations citations = new Citations();
        StringBuilder text = new StringBuilder();
        List<AnswerFigure> figures = new ArrayList<>();
        Report from = null;
        Set<String> quoted = new HashSet<>();
        StringBuilder quotes = new StringBuilder();
        for (SloganAsk ask : asks) {
            Found found = search(q, ask);
            if (found == null || found.count() == null) {
                return Optional.empty();
            }
            String sentence = found.paragraph().text().substring(found.start(), found.end()).strip();
            int n = citations.cite(found.report(), found.paragraph(), sentence);
            String unit = found.unit() != null ? found.unit() : "个";
            // named as the report writes it (“四个意识”), not as the question's bare word
            Matcher written = withCount(ask.phrase()).matcher(sentence);
            String name = written.find() ? "“" + written.group() + "”" : ask.phrase();
            text.append("- ").append(name).append("：**").append(found.count()).append(unit).append("**[")
                    .append(n).append("]\n");
            if (quoted.add(sentence)) {
                quotes.append("\n原文：“").append(sentence).append("”[").append(n).append("]");
            }
            figures.add(new AnswerFigure(BigDecimal.valueOf(found.count()), unit, null, found.count() + unit,
                    ask.phrase(), found.report().place().displayOrPending(), found.report().year(), n, false));
            from = from == null ? found.report() : from;
        }
        String head = "根据" + from.shortLabel() + "报告：\n";
        String answer = head + text.toString().strip() + "\n" + quotes;
        return Optional.of(new Answer(null, q.text(), answer, Mode.NUMERIC, citations.list(), figures, null, null, null));
    }

    /** “三个挂”: a count and a word the report never writes together, but as N items 一是…二是… each holding it. */
    /** Longer pieces of a clause are sentences about something, not the items of a slogan. */
    private static final int INLINE_ITEM_CHARS = 8;
    private static final Pattern QUOTED_LIST = Pattern.compile("[“「『]([^”」』]+、[^”」』]+)[”」』]");
    private static final Pattern COUNT_AND_WORD = Pattern.compile("^([一二两三四五六七八九十]|\\d{1,2})个?(\\p{IsHan}{1,4})$");

    private Found ordinalSlogan(Question q, SloganAsk ask) {
        Matcher m = COUNT_AND_WORD.matcher(ask.phrase());
        // 哪几个“坚持”, 要做到几个“办”: a word asked without a count is answered by any run of two or more items
        // holding it, and counted by them
        boolean anyCount = !m.matches() && ask.quoted() && ask.phrase().matches("\\p{IsHan}{1,4}");
        if (!m.matches() && !anyCount) {
            return null;
        }
        int n = anyCount ? 0 : ChineseNumbers.parse(m.group(1)).map(BigDecimal::intValue).orElse(0);
        String word = anyCount ? ask.phrase() : m.group(2);
        for (ScopedSentence candidate : ScopedSentence.of(q, MAX_REPORTS)) {
            List<String> items = SloganCount.listedAfter(candidate.paragraph().text(), candidate.start());
            if (items.isEmpty()) {
                // “马上办、网上办、就近办、一次办、自助办” for “五个办”: the items listed in one clause
                items = inlineItems(candidate.text(), word);
            }
            boolean many = anyCount ? items.size() >= 2 : items.size() == n;
            if (many && items.stream().allMatch(i -> i.contains(word))) {
                n = items.size();
                return new Found(candidate.report(), candidate.paragraph(), candidate.start(), candidate.end(), n,
                        null, items, 1, true);
            }
        }
        return null;
    }

    /** The short items of a clause's 、-list (quotes dropped) when every one holds the word; else none. */
    private static List<String> inlineItems(String sentence, String word) {
        List<String> pieces = new ArrayList<>();
        Matcher quoted = QUOTED_LIST.matcher(sentence);
        while (quoted.find()) {
            pieces.add(quoted.group(1)); // 服务“马上办、网上办…”: the quote holds the list, not the words before it
        }
        pieces.addAll(Arrays.asList(sentence.split("[，,；;：:。]")));
        for (String clause : pieces) {
            List<String> items = Arrays.stream(clause.replaceAll("[“”\"「」『』]", "").split("、"))
                    .map(String::strip).toList();
            if (items.size() >= 2 && items.stream().allMatch(i -> i.contains(word) && i.length() <= INLINE_ITEM_CHARS)) {
                return items;
            }
        }
        return List.of();
    }

    /**
     * “六个不发生”具体指哪六项 when the report names the slogan but never lists its six: said so, with the sentence,
     * rather than extracts that look like an answer. Only for a slogan that carries its count, and only when neither
     * its sentence nor the next lists that many items (做好“三项制度”贯彻落实。严格推行A、B、C is listed).
     */
    private Optional<Answer> notListed(Question q, SloganAsk ask) {
        Integer n = SloganCount.numberIn(ask.phrase()).orElse(compoundCount(ask.phrase()));
        if (n == null || n < 2) {
            return Optional.empty();
        }
        ScopedSentence named = null;
        List<ScopedSentence> sentences = ScopedSentence.of(q, MAX_REPORTS);
        for (int i = 0; i < sentences.size(); i++) {
            ScopedSentence s = sentences.get(i);
            if (!s.text().contains(ask.phrase())) {
                continue;
            }
            String next = i + 1 < sentences.size() && sentences.get(i + 1).paragraph() == s.paragraph()
                    ? sentences.get(i + 1).text() : "";
            int at = s.text().indexOf(ask.phrase());
            String after = s.text().substring(at + ask.phrase().length());
            // “网络培训+线下培训+岗位实训”三位一体: the items may come right before, counted by the first number
            Integer leading = SloganCount.firstNumber(ask.phrase()).orElse(n);
            String around = s.text().substring(0, at) + "。" + after + "。" + next;
            if (listsSoMany(around, n) || leading >= 2 && listsSoMany(around, leading)
                    || SloganCount.ordinalItems(s.paragraph().text().substring(s.end())).size() == n) {
                return Optional.empty();
            }
            named = named == null ? s : named;
        }
        if (named == null) {
            return Optional.empty();
        }
        Citations citations = new Citations();
        String sentence = named.text().strip();
        int c = citations.cite(named.report(), named.paragraph(), sentence);
        String text = "报告只提到“" + ask.phrase() + "”，没有列出具体是哪几项。" + named.report().shortLabel() + "报告原文：“"
                + sentence + "”[" + c + "]";
        return Optional.of(new Answer(null, q.text(), text, Mode.NO_ANSWER, citations.list(), List.of(), null, null,
                null));
    }

    /** 一规划两纲要: one plan and two outlines, three documents; null for a phrase not made of counted parts. */
    private static Integer compoundCount(String phrase) {
        if (!COMPOUND.matcher(phrase).matches()) {
            return null;
        }
        Matcher part = Pattern.compile("[一二两三四五六七八九十]").matcher(phrase);
        int sum = 0;
        while (part.find()) {
            sum += ChineseNumbers.parse(part.group()).map(BigDecimal::intValue).orElse(0);
        }
        return sum;
    }

    private static final Pattern COMPOUND = Pattern.compile("(?:[一二两三四五六七八九十][^一二两三四五六七八九十\\d]{1,3}){2,3}");

    /** Whether some clause of the text lists exactly n items (A、B、C or “A”“B”“C”). */
    private static boolean listsSoMany(String text, int n) {
        for (String clause : text.split("[，,；;：:。！!？?]")) {
            int listed = clause.split("[、+＋]|和|及|与").length;
            int quotedItems = clause.split("[”\"」』]\\s*[“\"「『]", -1).length;
            if (listed == n || quotedItems == n) {
                return true;
            }
        }
        return false;
    }

    /** Where the phrase stands in the sentence, or only -1 when it is not there. */
    private static List<Integer> occurrences(String sentence, String phrase) {
        List<Integer> at = new ArrayList<>();
        for (int i = sentence.indexOf(phrase); i >= 0; i = sentence.indexOf(phrase, i + 1)) {
            at.add(i);
        }
        return at.isEmpty() ? List.of(-1) : at;
    }

    private static final Pattern QUOTED_SECTION = Pattern.compile("[“\"「『]([^”\"」』]{4,30})[”\"」』]");

    /** Words a heading need not repeat to name the thing counted (查摆的法治政府建设方面的不足). */
    private static final Pattern GENERIC = Pattern.compile("方面|工作|领域|相关|有关|查摆|查找|存在|自身|自己|主要|当前|目前");

    /**
     * The heading names the counted thing: holds it, or holds its head and every other word of it (法治政府建设不足
     * under 推进法治政府建设存在的不足和原因).
     */
    private boolean names(String heading, String phrase) {
        if (heading.contains(phrase)) {
            return true;
        }
        // 问题和不足 under 存在的不足和原因: either word of a pair the asker joins names the section
        String[] joined = phrase.split("和|与|及|、");
        if (joined.length > 1) {
            return Arrays.stream(joined).anyMatch(w -> w.length() >= 2 && names(heading, w));
        }
        String head = phrase.substring(Math.max(0, phrase.length() - 2));
        Set<String> words = new LinkedHashSet<>(scorer.words(phrase));
        words.removeIf(w -> !w.equals(head) && GENERIC.matcher(w).matches());
        return phrase.length() > 2 && heading.contains(head) && !words.isEmpty()
                && scorer.coverage(words, heading) >= 1;
    }

    private Found search(Question q, SloganAsk ask) {
        Set<String> wanted = scorer.words(q.topic());
        // 2025年工作安排 is a year, not a count of years
        Pattern counted = Pattern.compile("([一二两三四五六七八九十]+|(?<!\\d)\\d{1,2})\\s*(个|项|类|种|大类|方面|年|级)[“\"]?"
                + Pattern.quote(ask.phrase()));
        // “存在的不足和原因”那部分，列了几条问题: the quote names the section whose items are counted
        List<String> quotedSections = QUOTED_SECTION.matcher(q.text()).results().map(r -> r.group(1)).toList();
        Found best = null;
        for (ScopedSentence candidate : ScopedSentence.of(q, MAX_REPORTS)) {
            String sentence = candidate.text();
            // 决策程序… then 公众参与、专家论证…和集体讨论决定程序: each place the phrase stands may close its list
            for (int at : occurrences(sentence, ask.phrase())) {
                // 存在几个方面的不足: under the heading 存在的不足, the paragraph lists 一是…二是… without the word
                // only its own heading: the 一是…二是… of a sub-section are not the items of the section above it;
                // a heading the paragraph opens with itself (（一）法治队伍力量薄弱；（二）…) is its first item, not
                // its heading
                List<String> path = candidate.paragraph().sectionPath().stream()
                        .filter(h -> !candidate.paragraph().text().startsWith(h)).toList();
                String heading = path.isEmpty() ? "" : path.get(path.size() - 1);
                boolean underHeading = at < 0 && !ask.quoted() && ask.count()
                        && (names(heading, ask.phrase()) || quotedSections.stream().anyMatch(heading::contains));
                if (at < 0 && !underHeading) {
                    continue;
                }
                // the section's own heading says what its sentences are about (健全政府服务体系 over …的办事原则)
                double cov = wanted.isEmpty() ? 1 : scorer.coverage(wanted, heading + " " + sentence);
                // under its heading the phrase is settled; the question's other words (报告自己说) need not be there
                List<String> items;
                boolean introduces = false;
                if (underHeading) {
                    String text = candidate.paragraph().text();
                    items = SloganCount.ordinalItems(text.substring(candidate.start()));
                    // the sentence where the list begins is cited, not one before it
                    if (items.isEmpty()
                            || SloganCount.ordinalItems(text.substring(candidate.end())).size() == items.size()) {
                        continue;
                    }
                } else {
                    // the items may run on past the sentence (“三个一”：一是…；二是…), so the paragraph from here
                    String fromHere = candidate.paragraph().text()
                            .substring(candidate.start() + at + ask.phrase().length());
                    items = SloganCount.listedAfter(fromHere, 0);
                    // 存在几个方面的问题：一是…二是…: the phrase opening its own list is the report answering the question
                    introduces = !items.isEmpty() && fromHere.stripLeading().matches("^[:：].*");
                    if (items.isEmpty()) {
                        items = SloganCount.listedBefore(sentence, openingQuote(sentence, at));
                    }
                    // “矛盾不上交、平安不出事、服务不缺位”目标 asked by its opening words: the quote's own parts
                    List<String> quoted = ask.quoted() ? partsOfQuote(sentence, at) : List.of();
                    if (quoted.size() >= 2) {
                        items = quoted;
                    }
                }
                // 哪几类问题 beside 聚焦A、B…等七方面: the list the report counts itself is the one asked for
                List<String> selfCounted = ask.count() || ask.quoted() || underHeading ? List.of()
                        : SloganCount.closingItems(sentence);
                if (!selfCounted.isEmpty()) {
                    items = selfCounted;
                    introduces = true;
                }
                // a phrase opening its own list (存在几个方面的问题：一是…) needs fewer of the question's other words
                if (!ask.quoted() && !underHeading && cov < (introduces ? COVERAGE / 2 : COVERAGE)) {
                    continue;
                }
                String statedUnit = null;
                // 几个“亲自”: the phrase repeated through one enumeration (工作亲自部署、问题亲自过问…) counts its items
                List<String> repeated = ask.quoted() ? repeatedItems(sentence, ask.phrase()) : List.of();
                if (repeated.size() > 1) {
                    items = repeated;
                }
                // 几个“两个维护”: the slogan names its own count, before any number or list around it
                Integer n = ask.count() ? SloganCount.numberIn(ask.phrase()).orElse(null) : null;
                n = n == null && repeated.size() > 1 ? Integer.valueOf(repeated.size()) : n;
                Matcher m = counted.matcher(sentence);
                if (n == null && m.find()) {
                    n = ChineseNumbers.parse(m.group(1)).map(BigDecimal::intValue).orElse(null);
                    statedUnit = m.group(2);
                }
                var closing = n == null && ask.count() ? SloganCount.closingCount(sentence)
                        : Optional.<SloganCount.Stated>empty();
                if (closing.isPresent()) {
                    n = closing.get().count();
                    statedUnit = closing.get().unit();
                }
                if (n == null && ask.count()) {
                    n = items.isEmpty() ? null : items.size();
                }
                // “六个不发生” explained by three items is not explained: the list found is of something else
                Integer named = ask.count() ? null : SloganCount.numberIn(ask.phrase()).orElse(n);
                boolean answers = ask.count() ? n != null
                        : !items.isEmpty() && (named == null || named == items.size());
                double score = cov + (introduces ? INTRODUCED : 0);
                // as well covered, a count the report states itself (等七方面) beats items counted off a 和-list
                boolean stated = statedUnit != null && best != null && best.unit() == null && score == best.coverage;
                if (answers && (best == null || score > best.coverage || stated)) {
                    boolean fromItems = n != null && !items.isEmpty() && n == items.size();
                    best = new Found(candidate.report(), candidate.paragraph(), candidate.start(), candidate.end(), n,
                            statedUnit, ask.count() && !fromItems ? List.of() : items, score, introduces);
                }
            }
        }
        return best;
    }

    private static final Pattern QUOTE_CLOSE = Pattern.compile("[”\"」』]");

    /** The parts of the quote the phrase opens (“A、B、C” from A), none when it opens no quote. */
    private static List<String> partsOfQuote(String sentence, int at) {
        if (at <= 0 || "“\"「『".indexOf(sentence.charAt(at - 1)) < 0) {
            return List.of();
        }
        Matcher close = QUOTE_CLOSE.matcher(sentence);
        if (!close.find(at)) {
            return List.of();
        }
        List<String> parts = Arrays.stream(sentence.substring(at, close.start()).split("[、，,；;]"))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        return parts.stream().allMatch(p -> p.length() <= INLINE_ITEM_CHARS) ? parts : List.of();
    }

    /** The items of the enumeration (split at 、) holding the phrase, when it holds it more than once. */
    private static List<String> repeatedItems(String sentence, String phrase) {
        for (String clause : sentence.split("[，,；;。：:]")) {
            List<String> holding = Arrays.stream(clause.split("、")).filter(i -> i.contains(phrase)).toList();
            if (holding.size() > 1) {
                // 对于受理范围内服务“马上办、…、自助办”: the items are what the quotes hold, not the words before
                return holding.stream().map(i -> i.replaceFirst("^.*[“\"「『]", "").replaceFirst("[”\"」』].*$", "").strip())
                        .toList();
            }
        }
        return List.of();
    }

    /** Where the phrase's opening quote is, so the list before it ends there: 刑事案件“零发生” → before “. */
    private static int openingQuote(String sentence, int at) {
        return at > 0 && "“\"「『".indexOf(sentence.charAt(at - 1)) >= 0 ? at - 1 : at;
    }

    /** @param unit the count's unit as the report writes it (七方面), or null when counted from the items */
    private record Found(Report report, Paragraph paragraph, int start, int end, Integer count, String unit,
            List<String> items, double coverage, boolean opensList) {

        private static final int GIST_CHARS = 30;

        private static String gist(String item) {
            String first = item.split("[，,；;。]", 2)[0];
            return item.length() > GIST_CHARS && first.length() >= 4 ? first : item;
        }

        Answer answer(Question q, SloganAsk ask) {
            Citations citations = new Citations();
            String sentence = paragraph.text().substring(start, end).strip();
            int n = citations.cite(report, paragraph, sentence);
            // a count's items named by their gist (宣传力度不够), not by all that each item goes on to say
            String listed = items.isEmpty() ? "" : String.join("；", items.stream().map(Found::gist).toList());
            // a count is a figure like any other: in the report's unit when it writes one (七方面), else in the unit
            // the question counts in (几类 → 类), cited
            Matcher asked = COUNT_UNIT.matcher(q.text());
            String u = unit != null ? unit : asked.find() ? asked.group(1) : "个";
            String text;
            if (ask.count()) {
                text = "**" + count + u + "**" + (items.isEmpty() ? "" : "（" + listed + "）") + "。" + report.shortLabel()
                        + "报告原文：“" + sentence + "”[" + n + "]";
            } else {
                // “三个一”指 its items; 哪几个“坚持” is answered by how many there are, then which
                var stated = SloganCount.closingCount(sentence).filter(c -> c.count() == items.size());
                String lead = SloganCount.numberIn(ask.phrase()).isPresent() ? "“" + ask.phrase() + "”指："
                        : stated.isPresent() ? "共" + items.size() + stated.get().unit() + "："
                        : "写了" + items.size() + "个“" + ask.phrase() + "”：";
                text = "根据" + report.shortLabel() + "报告，" + lead + "\n"
                        + items.stream().map(i -> "- " + i).reduce((a, b) -> a + "\n" + b).orElse("")
                        + "\n\n原文：“" + sentence + "”[" + n + "]";
            }
            if (!ask.count()) {
                return new Answer(null, q.text(), text, Mode.EXTRACTIVE, citations.list(), List.of(), null, null, null);
            }
            // a count the report writes (七方面, “三个一”) is its figure; one made by counting the items is computed
            boolean counted = unit == null && SloganCount.numberIn(ask.phrase()).isEmpty();
            AnswerFigure figure = new AnswerFigure(BigDecimal.valueOf(count), u, null, count + u,
                    ask.phrase(), report.place().displayOrPending(), report.year(), n, counted);
            return new Answer(null, q.text(), text, Mode.NUMERIC, citations.list(), List.of(figure), null, null, null);
        }
    }

    private static final Pattern COUNT_UNIT = Pattern.compile("几\\s*(个方面|个|方面|项|类|条|道|种|件|点|批|次|年|级)");
}
