package com.reportqa.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts the figures (number + measure word) a report paragraph states, with the words
 * that say what each figure counts. Stateless and thread-safe.
 */
public final class FigureExtractor {

    public List<FigureMention> extract(String paragraphText) {
        if (paragraphText == null || paragraphText.isEmpty()) {
            return List.of();
        }
        // Full-width digits are mapped one-to-one, so offsets stay valid for the original text.
        String normalised = ChineseNumbers.toHalfWidth(paragraphText);
        List<FigureScanner.Token> tokens = new FigureScanner(normalised).scan();
        List<FigureMention> mentions = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            FigureMention m = toMention(paragraphText, normalised, tokens, k);
            if (k > 0) {
                m = withElidedObject(m, mentions.get(k - 1));
            }
            mentions.add(m);
        }
        return List.copyOf(mentions);
    }

    /**
     * 新培养法律明白人18名,累计培养72名: the second figure repeats only the verb of the first, and its object
     * (法律明白人) is understood from it. A metric that is a bare verb found inside the previous figure's metric
     * of the same sentence takes the words that follow that verb there.
     */
    /** Verbs that open a metric on an object (受理各类矛盾纠纷), so that a bare verb after it shares the object. */
    private static final Pattern DONE = Pattern.compile(
            "^(受理|办理|排查|收到|接收|审结|查处|处理|接待|培养|走访|下达|审查|审核)");

    /** Verbs saying what became of things counted just before (整改, 化解), which name no object of their own. */
    private static final Pattern OUTCOME = Pattern.compile("整改|整治|化解|办结|审结|结案|处置|答复|回复|销号|调处|完成");
    private static final int MAX_OBJECT = 12;

    static FigureMention withElidedObject(FigureMention m, FigureMention previous) {
        String verb = m.metric();
        if (verb.length() < 2 || verb.length() > 3 || !m.context().contains(previous.raw())
                || !verb.codePoints().allMatch(Character::isIdeographic)) {
            return m;
        }
        int at = previous.metric().indexOf(verb);
        Matcher opening = DONE.matcher(previous.metric());
        if ((at < 0 || at + verb.length() >= previous.metric().length()) && verb.length() == 2 && opening.find()
                && opening.end() < previous.metric().length()) {
            // 受理各类矛盾纠纷224件,化解223件: another verb on the same object
            at = 0;
            verb = verb.substring(0, 0) + verb;
            String object = previous.metric().substring(opening.end());
            return new FigureMention(m.value(), m.unit(), m.qualifier(), m.raw(), verb + object, m.clause(),
                    m.context(), m.start(), m.end());
        }
        if (at < 0 && OUTCOME.matcher(verb).matches() && !DONE.matcher(previous.metric()).find()
                && previous.metric().length() <= MAX_OBJECT) {
            // 重大安全隐患3项，已整改3个: the outcome of the thing just counted
            return new FigureMention(m.value(), m.unit(), m.qualifier(), m.raw(), verb + previous.metric(), m.clause(),
                    m.context(), m.start(), m.end());
        }
        if (at < 0 || at + verb.length() >= previous.metric().length()) {
            return m;
        }
        String object = previous.metric().substring(at + verb.length());
        return new FigureMention(m.value(), m.unit(), m.qualifier(), m.raw(), verb + object, m.clause(),
                m.context(), m.start(), m.end());
    }

    private static FigureMention toMention(String original, String normalised, List<FigureScanner.Token> tokens,
                                           int index) {
        FigureScanner.Token token = tokens.get(index);
        int clauseStart = ClauseLayout.clauseStart(normalised, token.start());
        int clauseEnd = ClauseLayout.clauseEnd(normalised, token.end());
        int sentenceStart = ClauseLayout.sentenceStart(normalised, token.start());
        // Neighbouring figures in the same clause bound the words that describe this one.
        int listStart = sharedListStart(normalised, tokens, clauseStart);
        int from = listStart;
        if (index > 0 && tokens.get(index - 1).end() > listStart) {
            from = Math.max(clauseStart, tokens.get(index - 1).end());
        }
        int to = clauseEnd;
        if (index + 1 < tokens.size() && tokens.get(index + 1).start() < clauseEnd) {
            to = tokens.get(index + 1).start();
        }
        String metric = MetricBuilder.metric(original, from, token.start(), token.end(), to);
        if (to == clauseEnd && namedAfter(original, token, metric)) {
            // 先后4次通过镇党委理论学习中心组、党委扩大会议等组织集中学习: a count written before its action counts
            // the whole action, over the items its 、 lists; its clause reaches that far (its metric stays the words
            // next to the number)
            clauseEnd = sharedListEnd(normalised, tokens, clauseEnd);
        }
        String clause = trimmed(original, listStart, clauseEnd);
        String context = trimmed(original, sentenceStart, clauseEnd);
        return new FigureMention(token.value(), token.unit(), token.qualifier(),
                original.substring(token.start(), token.end()), metric, clause, context, token.start(), token.end());
    }

    /**
     * List items before this one that state no figure of their own share its number (组织行政执法人员参加网络
     * 行政执法业务培训、考试1次: the 培训 was once too), so the clause reaches back over them.
     */
    private static int sharedListStart(String text, List<FigureScanner.Token> tokens, int clauseStart) {
        int start = clauseStart;
        while (start > 0 && text.charAt(start - 1) == '、') {
            int itemStart = ClauseLayout.clauseStart(text, start - 1);
            int itemEnd = start - 1;
            boolean hasFigure = tokens.stream().anyMatch(t -> t.end() > itemStart && t.start() < itemEnd);
            if (hasFigure) {
                break;
            }
            start = itemStart;
        }
        return start;
    }

    /** The metric is the words right after the number: the count came before what it counts. */
    private static boolean namedAfter(String text, FigureScanner.Token token, String metric) {
        int after = ClauseLayout.skipBlank(text, token.end(), text.length());
        return metric.length() >= 2 && text.startsWith(metric.substring(0, 2), after);
    }

    /** The end of the 、 list that goes on after this clause, while its items state no figure of their own. */
    private static int sharedListEnd(String text, List<FigureScanner.Token> tokens, int clauseEnd) {
        int end = clauseEnd;
        while (end < text.length() && text.charAt(end) == '、') {
            int itemStart = end + 1;
            int itemEnd = ClauseLayout.clauseEnd(text, itemStart);
            if (tokens.stream().anyMatch(t -> t.end() > itemStart && t.start() < itemEnd)) {
                break;
            }
            end = itemEnd;
        }
        return end;
    }

    private static String trimmed(String text, int start, int end) {
        int s = ClauseLayout.skipBlank(text, start, end);
        return text.substring(s, ClauseLayout.trimBlankEnd(text, s, end));
    }
}
