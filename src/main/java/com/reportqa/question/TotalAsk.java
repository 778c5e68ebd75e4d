package com.reportqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks a total together with its parts: 处罚金额合计多少？简易程序和一般程序各多少？,
 * 总共走访了多少家小微企业和个体工商户？各多少家？, 参加宪法宣誓的一共几人？各是什么身份？. One clause asks the total
 * (一共/总共/合计/共计/总计/总数/累计), another asks each part (各/分别/各自); or, without a total word, a clause asks
 * a count and the next asks it for two or more named parts (新建了多少个探头？场镇和农村各几个？).
 *
 * @param total    index into the question's asks of the ask for the total; -1 when the total's clause names the
 *                 parts themselves (总共走访了多少家小微企业和个体工商户？各多少家？)
 * @param parts    indexes of the asks that name a part, in order; empty when the question leaves the parts to
 *                 the report (各是什么身份, 各类程序分别多少起)
 * @param others   indexes of the remaining asks, answered as usual (…，整改了多少？)
 * @param explicit the question says 一共/合计…: only a figure the report introduces as the total is stated
 * @param unit     the measure word the total is asked in (几人 → 人, 多少家 → 家), null when none
 * @param clause   the clause that asks the total, as written (健龙镇人大、政协一共提了多少条意见建议)
 */
public record TotalAsk(int total, List<Integer> parts, List<Integer> others, boolean explicit, String unit,
        String clause) {

    /** Money asked: 多少钱, 罚了多少, 金额. */
    private static final Pattern MONEY = Pattern.compile("钱|元|罚款|(?<!处)罚了|罚没|罚金|金额|经费|资金");
    /** Cases or people counted: 案件各办了多少, 各几人. */
    private static final Pattern COUNTED = Pattern.compile("案件|案子|[件起次人名]|办了|受理");

    /** Whether the total is asked in money and its parts in counts, or the other way round. */
    private static boolean otherMeasure(String total, String each) {
        boolean moneyTotal = MONEY.matcher(total).find();
        boolean moneyEach = MONEY.matcher(each).find();
        if (moneyTotal == moneyEach) {
            return false;
        }
        return moneyTotal ? COUNTED.matcher(each).find() : askedUnit(total) != null && !"元".equals(askedUnit(total));
    }
    /** Words that ask for the total. 总 alone is not one: 总访问量 is a figure of its own. */
    private static final Pattern TOTAL = Pattern.compile(
            TotalWords.ASKED + "|" + TotalWords.RUNNING + "|" + TotalWords.NOUN);
    /** 各/分别 asking each part; not 各类, 各项, 各部门, 各村, 各地 (all of a kind). */
    private static final Pattern EACH = Pattern.compile(
            "分别|各自|各(?![类种项级地个位村部单族界届镇乡区县街社方])");
    /** 又各设了几个, 另外…: more things asked, not the parts of the one before. */
    private static final Pattern MORE = Pattern.compile("又|另外|另|还");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[?？,，;；。!！]");
    private static final Pattern WHAT = Pattern.compile("什么|哪些|哪几|哪");
    /** 都包括哪些方面, 分为哪几类: the parts of the count before asked by name. */
    private static final Pattern MADE_OF = Pattern.compile(
            "(?:包括|包含|分为|分成|分|有|是)(?:哪些|哪几|什么)|(?:分|按)(?:类别|类型|类|项)");

    public TotalAsk {
        parts = List.copyOf(parts);
        others = List.copyOf(others);
    }

    /** Whether the question names its parts (简易程序和一般程序各多少) rather than leaving them to the report. */
    public boolean named() {
        return !parts.isEmpty();
    }

    /**
     * @param question the question as typed
     * @param asks     the asks the parser split it into, in order
     */
    public static Optional<TotalAsk> of(String question, List<Ask> asks) {
        if (asks.isEmpty()) {
            return Optional.empty();
        }
        List<String> clauses = new ArrayList<>();
        for (String c : CLAUSE_BREAK.split(question)) {
            if (!c.isBlank()) {
                clauses.add(c);
            }
        }
        int totalClause = -1;
        int eachClause = -1;
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i);
            if (totalClause < 0 && TOTAL.matcher(c).find() && AskSplitter.INTERROGATIVE.matcher(c).find()
                    && !EACH.matcher(c).find()) {
                totalClause = i;
            }
        }
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i);
            if (i != totalClause && eachClause < 0 && EACH.matcher(c).find()
                    && (AskSplitter.INTERROGATIVE.matcher(c).find() || WHAT.matcher(c).find())) {
                eachClause = i;
            }
        }
        boolean explicit = totalClause >= 0 && eachClause >= 0;
        // 一般程序和简易程序案件各办了多少？一共罚了多少钱？: money in all is no total of cases each (处罚金额合计多少？
        // 简易程序和一般程序各多少？ still is: its parts name no measure of their own)
        if (explicit && otherMeasure(clauses.get(totalClause), clauses.get(eachClause))) {
            return Optional.empty();
        }
        boolean listed = false;
        if (!explicit) {
            // 全年执法多少件？都包括哪些方面，各多少？: a count, what it is made of, then each part's figure
            for (int i = 0; i + 2 < clauses.size() && !listed; i++) {
                String c = clauses.get(i);
                if (AskSplitter.INTERROGATIVE.matcher(c).find() && !EACH.matcher(c).find()
                        && MADE_OF.matcher(clauses.get(i + 1)).find()
                        && !AskSplitter.INTERROGATIVE.matcher(clauses.get(i + 1)).find()
                        && EACH.matcher(clauses.get(i + 2)).find()
                        && AskSplitter.INTERROGATIVE.matcher(clauses.get(i + 2)).find()) {
                    totalClause = i;
                    eachClause = i + 2;
                    listed = true;
                }
            }
        }
        if (!explicit && !listed) {
            // 新建了多少个探头？场镇和农村各几个？: a count, then the same count for named parts
            for (int i = 0; i + 1 < clauses.size() && !explicit; i++) {
                String c = clauses.get(i);
                String next = clauses.get(i + 1);
                if (AskSplitter.INTERROGATIVE.matcher(c).find() && !EACH.matcher(c).find()
                        && !TOTAL.matcher(c).find() && EACH.matcher(next).find()
                        && AskSplitter.INTERROGATIVE.matcher(next).find() && !MORE.matcher(next).find()) {
                    totalClause = i;
                    eachClause = i + 1;
                    // 全年执法多少件？具体分哪些类别、各多少: what it is made of and each part's figure in one clause
                    listed = MADE_OF.matcher(next).find();
                    break;
                }
            }
            if (totalClause < 0) {
                return Optional.empty();
            }
        }
        int[] clauseOf = clausesOf(clauses, asks);
        if (clauseOf == null) {
            return Optional.empty();
        }
        List<Integer> inTotal = new ArrayList<>();
        List<Integer> inEach = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < asks.size(); i++) {
            (clauseOf[i] == totalClause ? inTotal : clauseOf[i] == eachClause ? inEach : others).add(i);
        }
        String clause = clauses.get(totalClause);
        String unit = askedUnit(clause);
        if (inTotal.size() >= 2) {
            // 总共走访了多少家小微企业和个体工商户？各多少家？: the total's clause names the parts
            if (!explicit || !inEach.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new TotalAsk(-1, inTotal, others, true, unit, clause));
        }
        if (inTotal.size() != 1) {
            return Optional.empty();
        }
        if (inEach.size() >= 2) {
            return Optional.of(new TotalAsk(inTotal.get(0), inEach, others, explicit, unit, clause));
        }
        if (!explicit && !listed) {
            return Optional.empty(); // a count and one more thing: two plain asks
        }
        // 各类程序分别多少起, 各是什么身份: the parts are the ones the report lists; 各类程序 is no figure of its own
        return Optional.of(new TotalAsk(inTotal.get(0), List.of(), others, explicit, unit, clause));
    }

    /** The measure word of the clause's interrogative (几人 → 人, 多少钱 → 元), or null. */
    public static String askedUnit(String clause) {
        Matcher m = AskSplitter.INTERROGATIVE.matcher(clause);
        while (m.find()) {
            String unit = m.group(2);
            if ("个".equals(unit) && clause.startsWith("人", m.end())) {
                return "人"; // 几个人
            }
            if (unit != null) {
                return "钱".equals(unit) ? "元" : unit;
            }
        }
        return null;
    }

    /**
     * The clause each ask was split from. Asks come in clause order; a clause that asks (has 多少/几 and words of
     * its own, or a total word) gives at least one ask, any other none; where a clause gives several asks is
     * decided by which clause holds the words of each. Null when the asks cannot be laid out so (a follow-up's
     * asks inherited from the question before).
     */
    static int[] clausesOf(List<String> clauses, List<Ask> asks) {
        List<Integer> asking = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            String c = clauses.get(i);
            if (AskSplitter.INTERROGATIVE.matcher(c).find() && (asking.isEmpty()
                    || AskSplitter.hanCount(AskSplitter.clean(c)) > 0 || TOTAL.matcher(c).find())) {
                asking.add(i);
            }
        }
        int n = asks.size();
        int k = asking.size();
        if (k == 0 || n < k) {
            return null;
        }
        double[][] fit = new double[n][k];
        for (int a = 0; a < n; a++) {
            for (int c = 0; c < k; c++) {
                fit[a][c] = fit(asks.get(a), clauses.get(asking.get(c)));
            }
        }
        // best[a][c]: the best fit of asks a.. when ask a goes to asking clause c and each later clause gets one
        double[][] best = new double[n + 1][k + 1];
        int[][] next = new int[n + 1][k + 1];
        for (int a = n - 1; a >= 0; a--) {
            for (int c = k - 1; c >= 0; c--) {
                best[a][c] = Double.NEGATIVE_INFINITY;
                if (n - a < k - c) {
                    continue; // too few asks left for the clauses left
                }
                if (a == n - 1) {
                    best[a][c] = c == k - 1 ? fit[a][c] : Double.NEGATIVE_INFINITY;
                    continue;
                }
                double stay = best[a + 1][c];
                double move = c + 1 < k ? best[a + 1][c + 1] : Double.NEGATIVE_INFINITY;
                best[a][c] = fit[a][c] + Math.max(stay, move);
                next[a][c] = move >= stay ? c + 1 : c; // a tie spreads the asks: the total's clause asks one
            }
        }
        if (best[0][0] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        int[] out = new int[n];
        int c = 0;
        for (int a = 0; a < n; a++) {
            out[a] = asking.get(c);
            c = next[a][c];
        }
        return out;
    }

    /** The share of an ask's words that its clause holds. */
    private static double fit(Ask ask, String clause) {
        String held = AskSplitter.clean(clause).replace(" ", "");
        int total = 0;
        int found = 0;
        for (String word : ask.metric().split(" ")) {
            String w = word.startsWith("累计") && word.length() > 2 ? word.substring(2) : word;
            total += w.length();
            if (held.contains(w) || clause.contains(w)) {
                found += w.length();
            }
        }
        return total == 0 ? 0 : (double) found / total;
    }
}
