package com.reportqa.figures;

import com.reportqa.question.QuestionText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rate a question asks about (矛盾纠纷化解率, 办结率, 信访办结了百分之几): the phrase as asked, its head (化解率), the
 * object it is a rate of (矛盾纠纷, 信访; empty when unsaid) and the actions a count must name to be its numerator.
 * A rate whose head names no countable action (通过率, 满意率) is only ever answered as stated, never computed.
 *
 * @param phrase     the asking words up to and including the rate word
 * @param head       the rate word with the two characters before it (化解率), or the phrase for 比例/百分之几
 * @param object     what the rate is of, as asked; empty when the question names nothing
 * @param numerators actions one of which the numerator's clause must name (化解率 → 化解, 调解成功 …); empty: not computable
 * @param others     rate words asked as alternatives to the head (化解率/办结率): a stated one of them answers too
 */
public record RateWord(String phrase, String head, String object, List<String> numerators, List<String> others) {

    /**
     * 率 as a rate, not 效率, 率先, 频率, 税率-like words never asked as a share of counts; nor 增长率, a change the
     * reports state against last year (较上年增长53.9%), never a share of two counts.
     */
    private static final Pattern RATE = Pattern.compile(
            "(\\p{IsHan}{0,12}?)((?<![效频])(?<!增长|下降|增加|减少|上升|降低|增|降|涨)率(?!先)|比例|占比|比重|百分之几|百分比|几成)");

    /** What stands before a 率 that names no rate: words ending in a demonstrative (没写这个率); or 率 is all there is. */
    private static final Pattern BARE = Pattern.compile(".*(?:这个|那个|这项|该|此|这一)");

    /** Rate heads whose numerator is a count of an action, and the actions that count as that action. */
    private static final List<List<String>> ACTIONS = List.of(
            List.of("化解", "化解", "调解成功", "成功调解", "调处成功", "成功调处", "成功化解"),
            // 调解成功率 of disputes is what reports also call their 化解率
            List.of("成功", "成功", "化解", "成功化解"),
            List.of("办结", "办结"),
            List.of("结案", "结案", "办结"),
            // 排查安全隐患62个，已整治62个: 整改 and 整治 are written for one another
            List.of("整改", "整改", "整治", "完成整改"),
            List.of("整治", "整治", "整改"),
            // 执法人员6人，持有执法证件5人: longest first, so that nothing of the action is left over as an object
            List.of("持证", "持有行政执法证件", "持有执法证件", "持有行政执法证", "持有执法证", "取得执法证", "持证"),
            List.of("审结", "审结", "办结"),
            List.of("答复", "答复", "回复", "办复"),
            List.of("办复", "办复", "答复", "回复"),
            // 作为被告的行政诉讼案件42件，败诉3件: a share of the suits, not of an intake
            List.of("败诉", "一审败诉", "败诉"),
            // 抽查案卷120卷，评定优秀卷31卷: a case-file review's 优秀率 and 合格率
            List.of("优秀", "评定优秀", "评为优秀", "评选优秀", "优秀"),
            List.of("合格", "评定合格", "评为合格", "合格"));

    private static final Pattern SHARE_WORDS = Pattern.compile("比例|占比|比重");
    /** 审结的案子占受理数的, 办结的占: the action whose share is asked, before 占. */
    private static final Pattern ACTION_SHARE = Pattern.compile("^(\\p{IsHan}*?)(?:的\\p{IsHan}{0,3})?(?:占|的$)");

    /** Words that say how or how many, not what: left out of a rate's object (人民调解 is how disputes were settled). */
    private static final Pattern NOT_OBJECT = Pattern.compile(
            "人民调解|调解|调处|受理|案子|成功|化解|优秀|合格|办结|结案|整改|整治|持证|审结|答复|办复"
                    + "|按期|按时|及时|最后|最终|最终的|的|了|是|有|达到|去年|今年|前年|上年|当年"
                    + "|各地|各镇|各|全镇|全区|全县|全市|全乡|全街道|两个镇|两镇|两边|两家|两地|[两三几]个地方|哪个|谁|高|低|多少|几");

    private static final Pattern ACTION_SHARE_ASKED = Pattern.compile("("
            + ACTIONS.stream().map(a -> a.get(0)).distinct().reduce((a, b) -> a + "|" + b).orElseThrow()
            + ")(?:(?:了|得)(?:多大|多少|多高|几)?|多大|多少|多高|几)的?(?:比例|占比|比重|百分比|百分之几|几成)");

    /** The rate a question asks about, if it asks about one. */
    public static Optional<RateWord> of(String asked) {
        // 化解（办结）率: two actions sharing one 率 are two rate words, the second the first's alternative
        // 审结了多大比例, 化解了百分之几: the share of an action asked in words is that action's rate (审结率)
        String question = ACTION_SHARE_ASKED.matcher(QuestionText.sharedRateSpelledOut(asked)).replaceAll("$1率");
        Matcher m = null;
        String previous = "";
        String clauseBefore = "";
        Matcher tokens = Pattern.compile("[^\\s，,。？?！!、；;]+").matcher(question);
        int lastEnd = -1;
        while (tokens.find()) {
            Matcher t = RATE.matcher(tokens.group());
            // 报告没直接写这个率的话: a bare 率 points back at a rate named elsewhere, it names none
            if (t.find() && !pointsBack(t, tokens.group(), question.substring(0, tokens.start()).strip())
                    && !LACKING.matcher(t.group(1)).find()) {
                m = t;
                // 信访件 化解率 (the 的 between them dropped as a filler): the word before names the object
                previous = lastEnd >= 0 && question.substring(lastEnd, tokens.start()).isBlank()
                        ? question.substring(0, lastEnd).replaceFirst("^.*[\\s，,。？?！!、；;]", "") : "";
                clauseBefore = lastEnd >= 0 && question.substring(lastEnd, tokens.start()).matches("\\s*[，,]\\s*")
                        ? question.substring(0, lastEnd).replaceFirst("^.*[\\s，,。？?！!、；;]", "") : "";
                break;
            }
            lastEnd = tokens.end();
        }
        if (m == null) {
            return Optional.empty();
        }
        // 两个镇的调解成功率: what the rate is of comes after the last 的
        // 审结的案子占受理数的比例: an action's share of what came in is that action's rate (审结率)
        String sharing = sharing(m.group(1), m.group(2));
        String word = sharing.isEmpty() ? m.group(2) : "率";
        String before = sharing.isEmpty() ? m.group(1).substring(m.group(1).lastIndexOf('的') + 1) : sharing;
        // 信访件的化解比例: a share named by its action is that action's rate (化解率)
        if (SHARE_WORDS.matcher(word).matches() && ACTIONS.stream().anyMatch(a -> before.endsWith(a.get(0)))) {
            word = "率";
        }
        // 信访件的化解率: nothing but the action after 的, so the object is the words before it
        String owner = !sharing.isEmpty() ? ""
                : m.group(1).lastIndexOf('的') > 0 ? m.group(1).substring(0, m.group(1).lastIndexOf('的'))
                : m.start() == 0 ? previous : "";
        String phrase = before + word;
        String head = word.equals("率") ? before.substring(Math.max(0, before.length() - 2)) + "率" : phrase;
        List<String> numerators = List.of();
        for (List<String> a : ACTIONS) {
            // 调解成功率 is a 成功率; 信访办结了百分之几 names its action before the share word
            String key = word.equals("率") ? head : before;
            if (key.contains(a.get(0))) {
                numerators = a.subList(1, a.size());
                break;
            }
        }
        String object = NOT_OBJECT.matcher(before.replaceAll("\\p{IsHan}{0,2}$", word.equals("率") ? "" : "$0"))
                .replaceAll("");
        if (object.length() < 2) {
            // 2024年矛盾纠纷的化解率: the year is when, not what
            String owned = NOT_OBJECT.matcher(owner.replaceAll(".*[\\p{IsHan}]{1,4}(镇|区|县|街道|乡)", "")
                    .replaceAll("\\d*年度?|\\d+", "")).replaceAll("");
            // 玉器维权工作站调处侵权投诉的成功率: a long owner is a clause; its last words are the thing it counts
            owned = owned.length() > MAX_OWNER ? owned.substring(owned.length() - OWNER_HEAD) : owned;
            if (owned.length() >= 2) {
                object = owned;
                phrase = owned + phrase;
            }
        }
        int of = clauseBefore.lastIndexOf('的');
        String thing = of > 0 ? clauseBefore.substring(of + 1) : COUNTED_THING.matcher(clauseBefore).matches()
                ? clauseBefore : "";
        String named = NOT_OBJECT.matcher(thing).replaceAll("");
        if (object.length() < 2 && named.length() >= 2 && named.length() <= MAX_OWNER) {
            // 受理的信访件，最后化解/办结的比例: the thing counted is named in the clause before
            object = named;
        }
        List<String> others = new ArrayList<>();
        Matcher alt = OTHER_RATE.matcher(question.substring(question.indexOf(m.group()) + m.group().length()));
        while (alt.find()) {
            others.add(alt.group(1) + "率");
            alt.region(alt.end(), alt.regionEnd());
        }
        return Optional.of(new RateWord(phrase, head, object, numerators, List.copyOf(others)));
    }

    /** 化解率/办结率, 化解率或办结率, 化解率（调解成功率）: another rate word right after the first, asked as its alternative. */
    private static final Pattern OTHER_RATE = Pattern.compile(
            "^\\s*(?:(?:/|／|或者?|或是|\\s)\\s*(?=\\p{IsHan}{2}率)|[（(]\\s*)(\\p{IsHan}{2,4})率");
    /** 信访件, 矛盾纠纷: a clause before the rate that is nothing but the thing counted. */
    private static final Pattern COUNTED_THING = Pattern.compile("\\p{IsHan}{0,4}(?:件|案件|纠纷|事项|信访|来访)");
    /** What the rate is of, named before 的 (信访件的化解率): a noun phrase, not a clause. */
    private static final int MAX_OWNER = 6;
    /** How much of a long owner names the thing: its last four characters (侵权投诉 of …调处侵权投诉). */
    private static final int OWNER_HEAD = 4;

    /**
     * 没直接写这个率, 没写 率 (its 这个 dropped): a 率 that points back at a rate named before; 调解成功 率 (the 的
     * between them dropped) still names one.
     */
    private static boolean pointsBack(Matcher rate, String token, String before) {
        return rate.group(2).equals("率") && (BARE.matcher(rate.group(1)).matches()
                || token.equals("率") && (before.isEmpty() || BARE_BEFORE.matcher(before).find()));
    }

    /** 震泽好像没直接写百分比: a rate word the report is said to lack names no rate asked. */
    private static final Pattern LACKING = Pattern.compile("(?:没有?|未)(?:直接|明确)?(?:写|给|说|报|提)(?:明|出)?$");

    /** 报告没直接写 率: a bare 率 after a verb of saying or a demonstrative names nothing. */
    private static final Pattern BARE_BEFORE = Pattern.compile("(?:写|说|提|讲|算|这个|那个|该|此)$");

    /** The action whose share is asked (审结 of 审结的案子占受理数的比例, 办结 of 办结的占比), or empty. */
    private static String sharing(String before, String word) {
        Matcher share = ACTION_SHARE.matcher(before);
        if (!SHARE_WORDS.matcher(word).matches() || !share.find()) {
            return "";
        }
        return ACTIONS.stream().map(a -> a.get(0)).filter(share.group(1)::endsWith).findFirst().orElse("");
    }

    /** Whether a stated percentage's clause is this rate: 按期办结率100% for 办结率, not 满意率96% or 下降12%. */
    public boolean namedIn(String written) {
        // “网上可办”率: a report's quotation marks inside the rate word are no part of it
        String clause = QUOTES.matcher(written).replaceAll("");
        if (!head.endsWith("率")) {
            return clause.matches(".*(率|比例|占比|比重).*");
        }
        return clause.contains(head) || others.stream().anyMatch(clause::contains)
                || SAME_RATE.getOrDefault(head, List.of()).stream().anyMatch(clause::contains);
    }

    private static final Pattern QUOTES = Pattern.compile("[“”\"「」『』‘’]");

    /** The rate words asked as alternatives, then those reports write for the head (调解成功率 → 化解率). */
    public List<String> alternatives() {
        List<String> out = new ArrayList<>(others);
        SAME_RATE.getOrDefault(head, List.of()).stream().filter(w -> !out.contains(w)).forEach(out::add);
        return List.copyOf(out);
    }

    /** Rate words reports write for one another: a dispute's 调解成功率 is its 化解率. */
    private static final Map<String, List<String>> SAME_RATE = Map.of(
            "成功率", List.of("化解率"), "化解率", List.of("调解成功率", "调处成功率"),
            // 满意度达100%, 知晓度, 公开面: the same share written with 度 or 面
            "满意率", List.of("满意度"), "知晓率", List.of("知晓度"), "覆盖率", List.of("覆盖面"), "公开率", List.of("公开面"));

    /**
     * Whether a text speaks of the rate's object: its first two characters, the words that set it apart (商事纠纷 is not
     * 各类纠纷), with 矛盾纠纷 written as any 纠纷 and 信访 as 来信来访.
     */
    public boolean objectIn(String text) {
        if (object.length() < 2) {
            return true;
        }
        String first = object.substring(0, 2);
        // 学法考试通过率 is the 通过率 of a 法律知识考试 too: the head noun, unless it is one every count has
        String last = object.substring(object.length() - 2);
        // 问题图斑: a generic opening (问题) sets nothing apart, the words after it do
        boolean genericFirst = object.length() >= 4 && GENERIC_HEAD.matcher(first).matches();
        return !genericFirst && text.contains(first) || first.equals("矛盾") && text.contains("纠纷")
                || first.equals("信访") && text.contains("来访")
                || object.length() >= 4 && !GENERIC_HEAD.matcher(last).matches() && text.contains(last);
    }

    /** Heads every kind of count has: 商事纠纷 is not any 纠纷, 行政复议案件 not any 案件. */
    private static final Pattern GENERIC_HEAD = Pattern.compile("案件|纠纷|事项|工作|问题|情况|人员|活动|数量");

    /** Whether a count with this rate can be computed from two stated counts. */
    public boolean computable() {
        return !numerators.isEmpty();
    }
}
