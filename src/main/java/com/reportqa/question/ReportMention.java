package com.reportqa.question;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which reports mention X" (哪几份报告里提到了“网格化管理”？ 有几个地方提到了法律明白人？): X searched across the
 * reports, not the catalogue listed.
 *
 * @param phrase      what the reports must state: the quoted phrase, or the topic words left
 * @param quoted      the phrase was quoted, so it must appear verbatim
 * @param wantsFigure …的数字: the sentence must also state a figure
 * @param none        哪些地方全年没有行政诉讼: the sentence must state that none of X happened
 */
public record ReportMention(String phrase, boolean quoted, boolean wantsFigure, boolean none) {

    public ReportMention(String phrase, boolean quoted, boolean wantsFigure) {
        this(phrase, quoted, wantsFigure, false);
    }

    /** 这几个地方 names the places already asked about; it asks nothing. */
    private static final String ASKER = "(?<![这那])(哪几份|哪些|哪份|哪一份|几份|多少份|哪个|哪几个|几个|多少个|哪一个|有没有|哪几家|哪些家|哪家)";
    private static final String SUBJECT = "(报告|地方|地区|单位|乡镇|镇街|镇|乡|街道|区|县)";
    private static final String MENTIONS = "(提到|提及|给出|写明|载明|列明|写出|写进去|写进|写入|"
            + "在提|提了|提过|有提|写了|写到|写有|讲到|说到|说了|说|谈到|涉及|(?<![没未无])(?<!没有)出现|记载|记录了|包含|有写|列出"
            // 哪些地方用了“坝坝会”这种形式: what the places did, their reports the evidence
            + "|用上了?|用了|用过|采用了?|采取了|搞过|推行了"
            // 哪些地方搞了双语普法: what was done, in the perfective; 开展 alone may ask a count of it
            + "|搞了|开展了|推出了|实行了|建立了|设立了|成立了|创建了|创成了|新建了|组建了|打造了"
            // 这类机制哪几个地方在搞: what is being done now
            + "|在搞|在推行|在推|在实行|在用)";
    /** 哪些地方在报告年度里新创建了…, 哪几个地方22年的报告里写了…: the year the reports cover, before the verb. */
    private static final String FRAME = "(?:在?(?:(?:19|20)?\\d{2}\\s*年度?|报告年度|年度|当年|去年|今年|那一?年|这一?年)的?(?:报告)?"
            + "(?:里|内|中|当中)?)?";
    /** 哪几份报告里提到了, 有几个地方都写了, 哪些报告中有提及. */
    private static final Pattern ASKS = Pattern.compile(
            ASKER + "的?" + SUBJECT + FRAME + "[^，,。？?]{0,6}?" + MENTIONS + "|" + "在" + ASKER + SUBJECT + "[^，,。？?]{0,3}" + MENTIONS
                    // 这几个地方，哪些在报告里写了…: the reports named after the asker
                    + "|" + ASKER + "在?(?:报告|材料)(?:里|中|当中|里面)?" + MENTIONS
                    // “谁执法谁普法”这个说法，哪些报告里有(？我想摘出来)
                    + "|" + ASKER + "(?:" + SUBJECT + "的?)?(?:报告|材料)(?:里|中|当中|里面)(?:有|出现过?)(?=\\s*(?:[？?。!！]|$))"
                    // 哪些报告里有依法防控疫情的内容: X is what the content is about
                    + "|" + ASKER + "(?:" + SUBJECT + "的?)?(?:报告|材料)(?:里|中|当中|里面)(?:都|也|还)?有(?:写|讲|提)?"
                    + "(?<content>[^，,。？?]{2,20}?)的?(?:内容|做法|表述|提法|说法|字样|经验)(?=\\s*(?:[？?。!！]|$))"
                    // 用抖音做宣传的，是哪几个地方的报告: X as what the reports did, before the asking clause
                    + "|^(?<y>[^，,。？?]{2,30}?)的[，,]\\s*(?:都|又)?是" + ASKER + "的?" + SUBJECT + "?的?报告\\s*[？?]?\\s*$"
                    // 这批报告里哪些还写了疫情防控: the reports named first, the asker alone before the verb
                    + "|(?:^|[，,：:\\s]|报告里|报告中|报告当中|报告里面)\\s*(?:哪几份|哪些|哪份|哪几个|哪几家|哪些家|哪家|几份|多少份)"
                    + "(?:都|也|还)?" + MENTIONS
                    // 这几份报告里，有几份提到了…: 份 counts reports, no subject needed
                    + "|(?:几|多少|哪几|哪)份(?:都|也|还)?" + MENTIONS
                    // 这些报告里哪几家提到了“坝坝会”: 家 counts the places as 份 counts the reports
                    + "|(?:哪几|哪些|几|多少)家(?:都|也|还)?" + MENTIONS
                    // “八五”普法都有谁写进报告了
                    + "|(?:都|还)?有?谁(?:的报告)?(?:里|中)?(?:也|都|还)?(?:写进|写入|写到|写了|提到|提了|提过|讲到|说到)"
                    // 讲到八五普法的是哪几个地方的报告: X between the mentioning and the asker
                    // 提到“八五”普法的报告，都有哪些地方: the reports named before the asker
                    + "|" + MENTIONS + "(?<x>[^，,。？?]{1,20}?)的(?:报告|材料)?[，,]?\\s*(?:都|又)?(?:是|有)" + ASKER
                    + "的?" + SUBJECT
                    // 有哪些乡镇是借着赶集的日子搞普法宣传的: what the places did, said between 是 and 的
                    // (被哪个单位在湖南日报上推介的 asks who did it to the place named, not which places did it)
                    // (哪些地方利用赶场搞法治宣传的: the means opens what they did, without 是)
                    + "|(?<![被由])" + ASKER + "的?" + SUBJECT + "(?:都|也)?(?:是|在|(?=利用|通过|借助|借着|借|趁|依托|结合))"
                    + "(?<did>[^，,。？?]{4,30}?)的\\s*[？?]?\\s*$"
                    // 哪些地方全年既没有行政复议也没有行政诉讼: the places whose reports state that none happened (没有写…
                    // asks which reports leave X out: not this)
                    + "|" + ASKER + "的?" + SUBJECT + FRAME + "(?:全年|当年|一年)?(?:都|也|还)?"
                    + "(?<none>既?(?:没有|没|未|无)(?!写|提|讲|说|涉及|谈|列)(?:发生|出现|收到|过)?[^，,。？?\\d]{2,24}?)\\s*[？?]?\\s*$"
                    // 哪几个地方行政复议和行政诉讼都没有: none of X, said after it
                    + "|" + ASKER + "的?" + SUBJECT + FRAME + "(?:全年|当年|一年)?"
                    + "(?<noneAfter>[^，,。？?\\d]{2,24}?)(?:都|也|均|全)?(?:没有|没|无|为零|是零)(?:发生|出现)?过?"
                    + "\\s*[？?]?\\s*$"
                    // 有哪几份报告里组织干部去旁听庭审了: what the places did, in the perfective 了 closing the question
                    + "|" + ASKER + "的?" + SUBJECT + "(?:里|中|里面|当中)?" + FRAME + "(?:都|也|还)?"
                    // (哪个街道的工作站被评为先进集体了 asks a fact of one place's thing, done to it)
                    + "(?<perfect>(?!的)[^，,。？?\\d被]{4,20}?)了\\s*[？?]?\\s*$"
                    // 哪些地方组织干部旁听过庭审: what the places have done, in the experiential 过
                    + "|" + ASKER + "的?" + SUBJECT + FRAME + "(?:都|也|还)?"
                    + "(?<ever>[^，,。？?\\d]{1,12}?(?<![超通经不难])过[^，,。？?\\d]{2,12}?)\\s*[？?]?\\s*$");
    /** 既没有…也没有…: the words that say none happened, left out of X. */
    private static final Pattern NEGATION = Pattern.compile("[既也又都还]?(?:没有|没|未|无)(?:发生|出现|收到|过)?");
    private static final Pattern USED = Pattern.compile("(?:用上了?|用了|用过|采用了?)$");
    private static final Pattern DONE_WITH = Pattern.compile("\\p{IsHan}{2}(?:来|去)?(?:做|搞|进行|开展)\\p{IsHan}{2}");
    /** Rankings and amounts are comparisons even when worded as "which place mentions". */
    private static final Pattern COMPARES = Pattern.compile("最多|最少|最高|最低|比较|对比|多少[件次人名场起元]|排一?下"
            + "|谁[多少高低大小]|" + RankingWords.ORDER);
    private static final Pattern QUOTED = Pattern.compile("[“\"「『‘]([^”\"」』’]{1,30})[”\"」』’]");
    /** …的数字, 具体数字, and counts named by their noun (信访件数, 学法次数): the sentence must state a figure. */
    private static final Pattern FIGURE = Pattern.compile("的?(具体)?(数字|数据|数量|数目|件数|人数|次数|个数|金额)|具体数");
    private static final Pattern YEAR = Pattern.compile("20\\d{2}\\s*年度?|去年|今年|前年|本年度?");
    /** 五份报告里谁提到了…: the reports searched, not what is searched for (有几份报告 asks how many of them). */
    private static final Pattern REPORTS = Pattern.compile(
            "(?<![哪多])(?:(?:这|那)几份|(?:这|那)?[两三四五六七八九十\\d]+份|这些|那些|这批|那批)(?:年度)?报告(?:里|中|当中|里面)?");
    /** 分别是哪里的, 都是谁: a piece that is nothing but a further question (谁执法谁普法 is a phrase, not one). */
    private static final Pattern FURTHER_QUESTION = Pattern.compile(
            "^(?:分别|都|各自|各|具体)?(?:是|在)?(?:哪里|哪儿|哪些|哪个|哪几个|哪几家|哪|谁|什么|啥|多少)(?:的|呢|啊)?$");
    /** Pieces of the question around X: split at punctuation and spaces. */
    private static final Pattern PIECES = Pattern.compile("[？?，,。！!：:；;、\\s]+");
    /** Words that pad X at either end: 有几个地方提到了法律明白人, 哪些报告里写了…的, 提到了搞双语普法 (搞 is the asker's verb). */
    private static final Pattern PADDING = Pattern.compile(
            "^(有|里|中|当中|都|也|还|了|过|的|是|在|和|与|及|搞|弄|干|那个|这个|具有|持有|拥有|具备|(?:少数)?民族地区|贫困地区|偏远地区|农村地区|你这里|这里|语料|咱们|我们|这几个地方|这些地方|这几个|这些|各地|哪几个|哪几份|哪几家|哪些|哪个)+|(有|里|中|当中|都|也|还|了|过|的事(?:情|儿)?|这件事|这事|的|是|呢|吗|吧|这一?项|这一?块|这方面|相关|内容|情况|方面|工作|做法|在?落实|在?推行|在?执行|在?开展)+$");

    public static boolean asks(String text) {
        Matcher asking = ASKS.matcher(text);
        if (!asking.find()) {
            return false;
        }
        // 翻之前几年的报告做个对比，哪几份报告里写了…: what the asker does before the asking clause is no ranking
        // and no count asked
        int clause = asking.start();
        while (clause > 0 && CLAUSE_BREAKS.indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        if (COMPARES.matcher(text.substring(clause)).find()) {
            return false;
        }
        // 哪些报告是2024年度的: what the reports are, not what they did
        String said = said(asking);
        String did = said == null ? null : YEAR.matcher(said).replaceAll("");
        if (did != null && did.codePoints().filter(Character::isIdeographic).count() < 3) {
            return false;
        }
        // 哪个地方说了建了多少个调解委员会: a count asked of what they mention wants each place's figure, while
        // 有几个地方提到了 counts the places themselves
        String rest = text.substring(clause, asking.start()) + " " + text.substring(asking.end());
        return !AskSplitter.INTERROGATIVE.matcher(rest).find();
    }

    private static final String CLAUSE_BREAKS = "，,。！!：:；;？?";
    /** 这种做法, 这事儿: the clause points back at X, said before it. */
    private static final Pattern POINTS_BACK = Pattern.compile(
            "^(?:像|类似)?(?:这种|这类|这个|这样的?|这一|这件|这些|此类|该|这|那)(?:做法|事儿?|件事|情况|工作|举措|经验|内容|东西)?$");
    /** 写进了年度报告, 有哪些具体做法: words after the asking verb that name where X is written or how, not X. */
    private static final Pattern NOT_X = Pattern.compile(
            "^(?:年度)?(?:报告|材料)(?:里|中|里面|当中)?$|^(?:具体|相关|有关)?(?:做法|举措|措施|内容|情况|怎么写的?|怎么做的?)$");

    /** What a mention question asks about: X quoted, else the question without places, years and asking words. */
    public static Optional<ReportMention> of(Question q) {
        String stripped = AskerPreamble.strip(q.text());
        Optional<ReportMention> asked = of(q, stripped);
        if (asked.isEmpty() && !stripped.equals(q.text())) {
            // 我们镇也想借着赶集搞普法，哪几个地方的报告里有这种做法: what is pointed back at is in the preamble
            asked = of(q, q.text());
        }
        if (asked.isPresent()) {
            return asked;
        }
        // 我想参考下别的地方怎么写“枫桥经验”的，哪几份报告里提到了: the preamble quotes what the question points back at
        Matcher quoted = QUOTED.matcher(q.text());
        return quoted.find() && !quoted.group(1).matches(".*[\\[\\]].*")
                ? Optional.of(new ReportMention(quoted.group(1).strip(), true, FIGURE.matcher(q.text()).find()))
                : Optional.empty();
    }

    private static Optional<ReportMention> of(Question q, String stripped) {
        String text = stripped;
        boolean figure = FIGURE.matcher(text).find();
        Matcher negated = ASKS.matcher(text);
        boolean none = negated.find() && (negated.group("none") != null || negated.group("noneAfter") != null);
        Optional<String> quoted = quotedAsked(text);
        if (quoted.isPresent()) {
            return Optional.of(new ReportMention(quoted.get(), true, figure, none));
        }
        for (String place : q.places()) {
            text = text.replace(place, " ");
        }
        text = REPORTS.matcher(YEAR.matcher(text).replaceAll(" ")).replaceAll(" ");
        Matcher asking = ASKS.matcher(text);
        if (!asking.find()) {
            return Optional.empty();
        }
        String noneOf = asking.group("none") != null ? asking.group("none") : asking.group("noneAfter");
        if (noneOf != null) {
            // 既没有行政复议也没有行政诉讼, 行政复议和行政诉讼都没有: each thing named is one none is stated of
            String x = phraseOf(NEGATION.matcher(noneOf).replaceAll(" ").replaceAll("和|与|及|以及", " "));
            return x.isEmpty() ? Optional.empty() : Optional.of(new ReportMention(x, false, figure, true));
        }
        if (said(asking) != null) {
            String x = phraseOf(said(asking));
            return x.isEmpty() ? Optional.empty() : Optional.of(new ReportMention(x, false, figure));
        }
        String named = asking.group("x") != null ? asking.group("x") : asking.group("content");
        // 借着赶集搞普法，哪几个地方的报告里有这种做法: the content points back at the clause before
        if (named != null && POINTS_BACK.matcher(named.strip()).matches()) {
            String x = phraseOf(lastClause(text.substring(0, asking.start())));
            return x.isEmpty() ? Optional.empty() : Optional.of(new ReportMention(x, false, figure));
        }
        if (named != null) {
            String x = PADDING.matcher(named.strip()).replaceAll("");
            return x.isEmpty() ? Optional.empty() : Optional.of(new ReportMention(x, false, figure));
        }
        String before = text.substring(0, asking.start()).strip();
        // 重庆的哪些报告…: what qualifies the reports is not X; X before the asking words is followed by 在 (X在哪些报告里)
        before = before.endsWith("的") ? "" : before;
        // X named after the asking verb is what is asked; what comes before is the asker's context (我们街道明年要搞
        // 老旧小区改造，…哪几份报告提到了老旧小区改造？). Named before it, X is the last clause that is not a pointer back
        // to it (组织干部旁听庭审，这种做法哪几个地方写了)
        // 哪些地方写了行政诉讼有败诉的？我要统计一下。: X ends with the asking sentence
        String after = text.substring(asking.end()).replaceFirst("[？?。！!].*$", "");
        // 哪些地方用了抖音做普法: what was used is the means of what was done with it
        after = USED.matcher(asking.group()).find() && DONE_WITH.matcher(after).find() ? "用" + after : after;
        String x = phraseOf(after).isEmpty() ? phraseOf(lastClause(before)) : phraseOf(after);
        return x.isEmpty() ? Optional.empty() : Optional.of(new ReportMention(x, false, figure));
    }

    /**
     * The quoted phrase searched for: of several (想了解“一村一警一法律顾问”这类做法，哪几份报告里提到了“一村一……法律顾问”),
     * the first after the asking words; else the first.
     */
    private static Optional<String> quotedAsked(String text) {
        Matcher asking = ASKS.matcher(text);
        int after = asking.find() ? asking.start() : Integer.MAX_VALUE;
        Matcher quoted = QUOTED.matcher(text);
        String first = null;
        while (quoted.find()) {
            if (quoted.group(1).matches(".*[\\[\\]].*")) {
                continue;
            }
            String phrase = withNextQuoted(text, quoted);
            first = first == null ? phrase : first;
            if (quoted.start() >= after) {
                return Optional.of(phrase);
            }
        }
        return Optional.ofNullable(first);
    }

    /** Between two quoted phrases asked as either (“法治体检”“法律体检”这类服务, “A”或“B”). */
    private static final Pattern EITHER = Pattern.compile("\\s*(?:、|和|或者?|或是|与|及|/|／)?\\s*");
    /** How two quoted alternatives are joined in a phrase: as they are shown (“法治体检”或“法律体检”). */
    private static final String OR = "”或“";

    /** The quoted phrase, joined with the ones right after it that are asked as its alternatives. */
    private static String withNextQuoted(String text, Matcher quoted) {
        StringBuilder phrase = new StringBuilder(quoted.group(1).strip());
        Matcher next = QUOTED.matcher(text);
        int end = quoted.end();
        while (next.find(end) && EITHER.matcher(text.substring(end, next.start())).matches()
                && !next.group(1).matches(".*[\\[\\]].*")) {
            phrase.append(OR).append(next.group(1).strip());
            end = next.end();
        }
        return phrase.toString();
    }

    /** The phrases a report may state: each quoted alternative, verbatim; else the phrase. */
    public List<String> alternatives() {
        return quoted ? List.of(phrase.split(OR)) : List.of(phrase);
    }

    /** What the places did, said as the subject of the asking (是…的) or before it (…的，是哪几个地方的报告). */
    private static String said(Matcher asking) {
        if (asking.group("perfect") != null) {
            return asking.group("perfect");
        }
        if (asking.group("ever") != null) {
            return asking.group("ever").replaceFirst("(?<=\\p{IsHan})过(?=\\p{IsHan})", "");
        }
        return asking.group("did") != null ? asking.group("did") : asking.group("y");
    }

    private static String lastClause(String before) {
        String[] clauses = before.split("[" + CLAUSE_BREAKS + "]");
        for (int i = clauses.length - 1; i >= 0; i--) {
            if (!phraseOf(clauses[i]).isEmpty()) {
                return clauses[i];
            }
        }
        return "";
    }

    /** The words of X in a part of the question: figure words, citations, pointers and further questions left out. */
    private static String phraseOf(String part) {
        // [1] in a question is no citation of ours: echoed back, it would read as one
        String rest = FIGURE.matcher(part).replaceAll(" ")
                .replaceAll("[\\[［【][^\\]］】]*[\\]］】]", " ")
                // 具有（持有）法律职业资格: a bracketed aside is another wording, the words outside it are X
                .replaceAll("[（(][^）)]*[）)]", " ")
                .replaceAll("(?:这种|这类|这个|这样的?|这一|这件|此类)\\p{IsHan}{0,3}?(?:做法|事儿?|举措|经验|方式|形式|办法|模式)",
                        " ")
                // 我想找几个组织干部旁听庭审的例子: the examples sought are of X
                .replaceAll("(?:我们?|咱们?)?(?:想|要|准备)?(?:找|搜集|收集)(?:几个|一些|点|些)?(\\p{IsHan}+?)的?(?:例子|案例|典型)",
                        "$1")
                // 领导小组由谁来当组长: who it is is what the reports are read for, not a word they must hold
                .replaceAll("(?:由|是)谁(?:来)?(?:当|担任|任|负责|牵头)?|谁(?:来)?(?:当|担任|负责|牵头)", " ")
                // 想看看谁在普法时专门讲了民法典: the asker's looking, who did it, and the telling verb name no word of X
                // 我们镇也想借着赶集搞普法: the asker's own intent names no word of X
                .replaceAll("^\\s*(?:我们|咱们)(?:镇|乡|村|街道|区|县|单位)?(?:也|还)?(?:想|要|准备|打算)", " ")
                // 想学学利用赶集搞普法的做法: learning from it names no word of X either
                .replaceAll("^(?:我们?|咱们?)?(?:想|要)?(?:看看|看一?下|了解(?:一?下)?|知道|查(?:一?下|查)|学学|学习(?:一?下)?"
                        + "|借鉴(?:一?下)?|参考(?:一?下)?)", " ")
                .replaceAll("(?:都|还|也)?有谁(?:在|有)?|谁在", " ")
                .replaceAll("(?:时|的时候|期间)?(?:专门|特别|重点|着重|主要)?(?:讲了|讲过|讲到了?|提了|提过|提到了?|提及了?|说了|说过|谈了|谈到了?)",
                        " ")
                // A、B、C这三项制度: the items are what the reports must hold; the count may be written 3项 or not at all
                .replaceAll("(?:这|那)(?:[一二两三四五六七八九十几]|\\d+)(?:项|个|类|种|条|大)"
                        + "(?!地方|地区|镇|乡|街道|区|县|市|单位|家|份|报告)", " ");
        StringBuilder phrase = new StringBuilder();
        for (String piece : PIECES.split(rest)) {
            String word = PADDING.matcher(piece).replaceAll("");
            // 分别是哪里的, 都是谁: a further question about the reports found, not part of X
            if (!word.isEmpty() && !FURTHER_QUESTION.matcher(word).matches() && !NOT_X.matcher(word).matches()
                    && !POINTS_BACK.matcher(word).matches()) {
                phrase.append(phrase.isEmpty() ? "" : " ").append(word);
            }
        }
        return phrase.toString();
    }
}
