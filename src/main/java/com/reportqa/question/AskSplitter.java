package com.reportqa.question;

import com.reportqa.lexicon.Synonyms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a numeric question into the figures it asks for: 处罚了几起，罚款多少钱 → two asks; 处分和组织处理各几人
 * → 处分 几人 + 组织处理 几人; 总访问量和独立用户访问量分别是多少 → two asks sharing the interrogative.
 */
public final class AskSplitter {

    static final Pattern INTERROGATIVE = Pattern.compile(
            "(?:有|是|达到|达|为)?(?<![哪这那第])(多少|几)(?:号(?=人))?(个方面|个百分点|个工作日|个小时|个月|人次|场次|家次|件次|户次"
                    + "|批次|车次|平方公里|平方米|公里|公顷|万元|课时|学时|小时|分钟|亩|吨"
                    + "|个|件|起|人|名|位|次|回|场|项|条|份|家(?![门属乡])|户|元|钱|天|批|期|篇|所|处|台|辆|宗|例|本|册|套|笔|单|级|大)?"
                    + "|百分之几|百分之多少|百分比|比例|(?<=率)(?:有|是|达到|达|为)?多高|多大(?:比例|比重)?(?!年纪|岁)");
    private static final Pattern PLACE_QUANTIFIER =
            // (一共有几个镇街, 下辖几个街道: how many there are is what is asked, not which places)
            Pattern.compile("(?:哪|(?<![有共辖含设]))几个(?:地方|地区|镇街|乡镇|镇|区县|区|县|乡|街道|单位)|(?:这|那)几份(?:年度)?报告(?:里|中)?|几份(?:年度)?报告(?:里|中)|(?:这|那)[两三四五六七八九十几]家"
                    // 健龙、黄溪、雁峰三地: the places counted, not the thing
                    + "|(?<!\\p{IsHan})[两三四五六七八九十]地|[两三四五六七八九十]个?(?:镇|区|县)(?=[的里中各比]|2)"
                    // 枫桥镇、震泽镇、燕子矶街道、纺织城街道四家各办了多少件: the places listed, then counted
                    + "|(?<=[镇区县乡道市\\s、])[两三四五六七八九十]家(?=[的里中各比都]|这|$)");
    /** 行政复议和行政诉讼情况：复议几件: what comes before a colon is the topic, a clause of its own. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[?？,，;；。!！：:]");
    /** 和, 与, 及 joining two things: not the 与 of 参与, the 及 of 涉及, the 和 of 和解 (调解和解后终止 joins nothing). */
    public static final String JOINS = "和(?!解)|(?<![参给授赋])与|(?<![涉普危顾波])及";
    private static final Pattern AND = Pattern.compile(JOINS + "|以及|跟");
    private static final Pattern EACH = Pattern.compile("各|分别|各自");
    private static final Pattern EACH_ONWARDS = Pattern.compile("(?:各|分别|各自).*$");
    /** 各罚了多少钱: a clause of nothing but 各, a verb and its interrogative asks it of the items before. */
    private static final Pattern EACH_AGAIN = Pattern.compile(
            "\\s*(?:又|还)?(?:各|分别|各自)(?:又|还)?(\\p{IsHan}{1,3}?)了?((?:多少|几)\\p{IsHan}{0,2})\\s*[?？]?\\s*$");
    /** Words meaning "every place in the corpus": 各地、各镇、每个区… */
    static final String ALL_PLACES = "(?:各个?|每个|所有|全部)(?:地方|地区|镇街|镇|乡镇|街道|区县|区|县|单位)|各地";
    /** Words that say how the official asks, not what about: 自己觉得…有啥短板, 平时一般… */
    /** 哪些地方写了, 哪几家报了数: which places state a figure — the asking, not the thing asked. */
    static final String WHO_STATES = "(?:谁|哪些|哪几个|哪个|哪几家|哪家|哪些家|哪几份|哪份|哪些)(?:地方|镇|报告)?(?:的报告)?(?:里|中)?"
            + "(?:写了|写明了?|提到了|给出了?|报了数?|公布了|有数|说了|讲了|提了)";
    /** 保留一位小数, 给我个百分比就行: how the answer is to be written, asked of no figure. */
    static final String ROUNDING = "(?:请|麻烦)?(?:百分比|结果|数字)?(?:保留|精确到)(?:小数点后)?[一两二12]位(?:小数)?"
            + "|四舍五入|给(?:我)?个\\s*(?:百分比)?\\s*就行|百分比就行";

    /**
     * Words of how a question is put, not of what it counts: 怎么排, 一年, 繁体字的, 报告的数字, 提到的, 计划(至少学几次),
     * 这事, 报告里各写了几次, 里面的, 分成了几个方面, 想参考一下, 排个先后, 这个(全覆盖), 有没有(开展), (哪家)更大, 镇里(有),
     * (司法局)报的(24年)数据, 对(棚改项目), 没写比例就按件数算, 要是按件数自己算,
     * (谁给)得最重.
     */
    static final String ASIDES = ROUNDING + "|(?:怎么|如何)排(?:序|名)?|(?<![第每十])一年(?![期级内来以半多度])"
            + "|(?:繁体|简体)字?(?:的|版)?|报告?的数(?:字|据)?|提到的"
            + "|(?:计划|打算|准备)(?=(?:至少|最少|不少于)?\\p{IsHan}?\\s*(?:几|多少|[?？]|$))"
            + "|(?<=\\p{IsHan})(?:这|那)(?:件)?事(?=[\\s，,]|$)|(?<![撰书编抄填])写了?(?=\\s*(?:几|多少|[?？]|$))"
            + "|(?<=^|[\\s，,])里面的?|分(?:成|为)了?(?=\\s*(?:几|多少|[?？]|$))"
            + "|(?:我们|我)?想(?:参考|借鉴|参照)(?:一?下)?|(?:参考|借鉴|参照)一?下"
            // 哪家的案子多？排个先后: the asking of a ranking, wherever its question mark stands
            + "|排(?:个|一下)?(?:先后|次序|顺序)|(?:这|那)个(?![数月])(?=\\p{IsHan}|\\s)|有没有"
            // 要是按件数自己算, 震泽那份好像没直接写比率，你按它的件数帮我算一下: how to work it out, not what
            + "|(?:要是|如果|若)?按[\\p{IsHan}\\s、]{1,12}?(?:自己|精确|来)算(?:一下|一算|的话)?"
            // 震泽要是没直接写成功率就帮我算一下: worked out only where not stated
            + "|(?:要是|如果|若)?(?:(?:那|这)份(?:报告)?)?(?:好像|似乎)?(?:报告)?(?:里)?没(?:有)?(?:直接)?(?:写|给|说)明?"
            + "[\\p{IsHan}\\s]{0,5}?(?:的话)?[，,\\s]*(?:你|就)?\\s*(?:帮我|给我|替我|麻烦)?\\s*(?:(?:按|用|拿)[\\p{IsHan}\\s]{0,8}?)?"
            + "算(?:一下|一算)?"
            // 对棚改项目, 司法局报的数据, 在考核里占, 镇里有: where it stands or comes from
            + "|(?<=^|\\s)对(?:于)?(?![比照标])(?=\\p{IsHan}{2})|(?:报的?\\s*)?(?<!大)数据(?=\\s*(?:[，,？?。]|$))"
            + "|(?<=\\p{IsHan})里(?=占)|(?<![\\p{IsHan}])(?:镇|乡|区|县|市|街道)里(?=有|都|一共|共)"
            // 哪家更大, 谁给得最重: the asking of a ranking
            + "|得?(?:最|更)重(?=\\s*[?？，,。]|$)|更(?:大|小|高|低)(?=\\s*[?？，,。]|$)"
            // 谁涨得更厉害: how much more, asked of the change named before it
            + "|得?(?:最|更|比较)(?:厉害|猛|快|明显)(?=\\s*[?？，,。]|$)"
            // 健龙镇和雁峰区比起来哪个多: the comparing, not the thing compared
            + "|(?:相|对)?比(?:较)?起来|相比之下"
            + "|(?<=\\p{IsHan})(?<![减缺至最更较很不过太])[多少](?=\\s*[?？])"
            // 比23年多还是少: the asking of a change, whose 多 is no 增加 the report counts
            + "|比[^，,？?。]{0,8}?(?:多|少|高|低|增加|减少|涨|降)了?还是(?:多|少|高|低|增加|减少|涨|降)了?"
            // 两年各办了多少件: the years the figures are asked of, not what they count
            + "|(?:这|那)?两(?:年|个年度)(?=各|分别|都)"
            // 整改比例算下来是多少: worked out, how and not what
            + "|算(?:下来|起来|出来)(?:是|有)?"
            // 江口那边好像是按简易程序、一般程序分开写的，帮我加一下再比: how the report lays the figure out and how
            // to work it out, not what is counted (the parts named stay)
            + "|(?:好像|似乎|可能)(?:是)?|(?:是)?按(?=[\\p{IsHan}、]{2,30}?分(?:开|项|别)(?:写|列))"
            + "|分(?:开|项|别)(?:写|列)的?|(?:帮我|给我)?加(?:一下|一加)(?:再(?:比|排))?|再(?:比|排)(?:一下)?";
    static final String COLLOQUIAL = "自己|另外|此外|下面|底下|一年下来|全年下来|(?<=[在的])时候|觉得|认为|到底|究竟|手上|手里|手头|又(?=[\\s?？]*$)|平时|通常|一般(?=什么|啥|在|都|会|是|安排|多久|几)|啥|咱们|我们|帮我|帮忙查";
    static final Pattern FILLER = Pattern.compile(
            ROUNDING + "|(?:那|这)一?块[:：]?"
                    // 都包括哪些方面, 具体分哪些类别: what a total is made of, asked before each part's figure
                    + "|(?:都|其中|具体)?(?:包括|包含|分为|分成|分|有|是)哪(?:些|几)个?(?:方面|领域|类别|类型|种类|部分|类|种|项|块)?"
                    + "|(?:分|按)(?:类别|类型)|这几份报告里|这些报告里?|报告(?:里|中|上)?(?:说|讲|写|归结|概括|总结|提)的|报告里|报告中|请问|" + WHO_STATES + "|" + ALL_PLACES + "|" + TotalWords.ASKED + "|(?<=款)总?额|总金额|" + TotalWords.RUNNING + "|分别|各自|全年|其中|大概|大约|数量|数目|总数|情况"
                    + "|是多少|有多少|达到多少|多少钱|多少|(?:有|是)?多大|(?:规|要求)?定的?是(?=至少|最少|至多|最多|不少于|几|多少)|至少|至多|几|哪个地方|哪个(?:镇|区|县|乡|街道|单位)?|哪里|谁家|谁|最多|最少|最高|最低|更多|更少|排一下|排序|排名"
                    + "|(?<![^\\s])[和与跟](?![^\\s])|(?<=\\p{IsHan})(?<![减缺至最更较很不过太])[多少](?=\\s*[?？。!！]?\\s*$)"
                    + "|那边|这边|那里|场次数|人次数|家次数|户次数|次数|人数|条数|(?<=\\p{IsHan})(?:起|场|家|项|份)数(?![据字量目])|(?<![案事文])件数|(?<=[案事文]件)数|个数(?![据字])|场次(?![0-9])|金额|到现在|到目前|截至目前|至今|迄今|目前|现在"
                    + "|(?:这|那)?[几两三四五六七八九十]?个(?:镇|区|县|乡|街道|地方|地区)|几个地方|(?:从|由|按)?(?:多到少|少到多|高到低|低到高|大到小|小到大)|个地方|哪一?边|哪家|排个序|排个名|排个队|排排队|排一排|排一排|(?<=[多少高低大小])(?:一些|一点)|(?:是不是|是否)(?:一样|相同|持平|差不多)的?|一不一样|一样不一样|相不相同|有没有差别|有没有区别|差不多[吗么嘛]?|一样[多高]?[吗么嘛]?|相同吗|持平吗"
                    // 谁出的多一点, 雁峰区还是健龙镇, 谁提得多, 有这个数没: how a comparison is asked, not what
                    + "|多一点|少一点|多一些|少一些|多些|少些|还是|(?<=\\p{IsHan})得[多少高低](?!少)"
                    + "|(?:这|那)个数(?:字)?(?:没有|没)?|没有?(?=\\s*[?？]?\\s*$)|吧"
                    // 让法律顾问给干部上过课: who has whom do it, and that it was done, say nothing of what
                    + "|(?<![转出谦礼])让(?![利步])|(?<![交供发补自])给(?![予付])"
                    + "|" + COLLOQUIAL + "|(?:对比|比较)一下|相差|差了?(?=多少|几)|(?:我们|我)?想把|" + ASIDES + "|(?:打算|准备|计划|要)把|(?:报告)?(?:最后|开头|结尾|末尾|后面|前面)的?(?:那|这)?一?(?:部分|段)|提(?:高|升)?到(?=多少|几|百分之|\\s*了?\\s*[?？]?\\s*$)|想(?=比|对比|排)|有?具体(?:数字|数据)的?(?=都|也)|(?<=[多少高低大小])排(?=\\s*[。？?!！]?\\s*$)|(?:抓|做|搞|干|落实)得?(?:怎么样|如何)|怎么样|(?:各自)?报告年度(?:里|内|中)?|(?:这)?[两三四五六七八九十几]家(?=报告|的|[，,、：:]|$)|(?<=的)数(?=[，,？?。!！\\s]|$)|(?:都)?算上|算进来|算在内|比一比|比一下|比比|比较|对比|列个表|按|帮着|帮忙|(?<!标)的|了|吗|呢|啊|呀|都|有|是|各|那|你|这里|这|(?<![存现所实正内外旨潜自])在(?![编岗职任册])|去|搞|搞了|(?<!公)共|达到|达");

    private AskSplitter() {
    }

    /** 这三家的人民调解成功率, 几个地方: the places counted, which are no words of what is asked about. */
    static String withoutPlaceCounts(String text) {
        return PLACE_QUANTIFIER.matcher(text).replaceAll(" ");
    }

    /** 按人数多少排: how the answer is ranked, whose 多少 asks nothing. */
    private static final Pattern RANKED_BY = Pattern.compile(
            "按\\p{IsHan}{0,3}?(?:多少|高低|大小|多寡)排(?:序|一下|个序|一排)?");

    /**
     * 几个地方…各自搞了几次, 按人数多少排: a 几 or 多少 that counts the places asked about or says how to rank them
     * asks for no figure.
     */
    private static String withoutAskingOfPlacesAndRank(String question) {
        String text = RANKED_BY.matcher(PLACE_QUANTIFIER.matcher(question).replaceAll(" ")).replaceAll(" ");
        return COUNT_INSIDE.matcher(text).replaceAll(m -> m.group(1) != null ? m.group(1) + m.group(3) + m.group(2)
                : m.group(4) + m.group(6) + m.group(5));
    }

    /**
     * 讲了几次课, 上了几堂课: a count of lessons written between the verb and 课, put back together (讲课几次) so that
     * the action is one word again, as the synonyms know it (讲课 is 培训). Other objects stay apart: 开了几场会 counts
     * the 现场会、院坝会 a report names, and 开会 is no word of theirs.
     */
    private static final Pattern COUNT_INSIDE = Pattern.compile(
            "([讲上授听])了?((?:几|多少)(?:次|场|回|堂|节|期))(课)(?=[，,。？?、；;！!\\s]|和|与|呢|吗|$)"
                    // 立了几件案, 结了多少个案子: 立案, 结案 and 办案 are the words reports count
                    // (审结了多少案子, 查办了几件案子: the verb is another word, and 案子 its object)
                    + "|(?<![审完终了归总确设成建树创举承督主协代包兴开交查转])([立结办])了?((?:几|多少)(?:件|起|个)?)(案)子?"
                    + "(?=[，,。？?、；;！!\\s]|和|与|呢|吗|$)");

    /** 改了几件、废了几件: a verb of one character, asked alone, is said in full as reports write it (修改4件、废止6件). */
    private static final Pattern SHORT_VERB = Pattern.compile("(?<=^|[\\s，,、；;？?和])([改废撤])了?(?=\\s*(?:几|多少))");
    private static final Map<String, String> FULL_VERB = Map.of("改", "修改", "废", "废止", "撤", "撤销");

    private static String fullVerbs(String text) {
        String once = COPIED_VERB.matcher(text).replaceAll("$1$2");
        return SHORT_VERB.matcher(once).replaceAll(m -> FULL_VERB.get(m.group(1)));
    }

    /** 拆违拆了多少, 开会开了几次: the verb said again before the count is the verb of the word before (拆违, 开会). */
    private static final Pattern COPIED_VERB = Pattern.compile(
            // (处罚一共罚了多少: 一共 is no object of 罚, and 处罚 no word of it)
            "(\\p{IsHan})([\\p{IsHan}&&[^一共总累都又还也了过再]]{1,2}?)\\1了?(?=\\s*(?:几|多少))");

    private static final Pattern LEVEL_ALONE = Pattern.compile("\\s*[镇乡村区县市]\\s*");

    /**
     * 宣誓的是哪几类人、各几个: the parts asked unnamed; what is counted is what comes before. 分为哪几类，各多少 is the
     * breakdown of a total asked before it, and stays.
     */
    private static final Pattern PARTS_UNNAMED = Pattern.compile(
            // 都是什么身份，各几个: the parts asked by what they are, as 哪几类 asks them
            "(?<!包括|包含|分为|分成|分|按)(?:都)?(?:是)?(?:哪几类|哪几种|哪几个|哪几|哪些|什么)\\p{IsHan}{0,4}?[、，,]"
                    + "(?=\\s*(?:各|分别|各自)(?:是|有|为)?(?:几|多少))");

    private static final Pattern PEOPLE_COUNTED = Pattern.compile("(几|多少)个人(?![大民员才口力事])");

    /** @param question the question with places and years already blanked out */
    static List<Ask> split(String question) {
        // （报告好像没直接写比例）: the asker's aside on what the report writes asks nothing of its own
        String text = fullVerbs(PARTS_UNNAMED.matcher(ASIDE.matcher(withoutAskingOfPlacesAndRank(question))
                .replaceAll(" ")).replaceAll(" "));
        // 一共有几个人参加宣誓: 几个人 counts people, as 几人 does; 人 is no part of what they did
        text = PEOPLE_COUNTED.matcher(text).replaceAll("$1人");
        List<String> clauses = new ArrayList<>();
        // the clause each sentence (？ or 。) starts with: a follow-on (信访呢) repeats its sentence's asks
        Set<Integer> sentenceStarts = new HashSet<>();
        for (String sentence : SENTENCE_BREAK.split(text)) {
            sentenceStarts.add(clauses.size());
            splitSentence(sentence, clauses);
        }
        // a clause without interrogative joins the next one ("立案几件、处分…": each item is its own ask)
        List<String[]> asks = new ArrayList<>(); // {clause, interrogative clause it belongs to}
        StringBuilder context = new StringBuilder();
        int currentStart = 0;
        int lastStart = 0;
        List<String> eachItems = List.of();
        for (int c = 0; c < clauses.size(); c++) {
            String clause = clauses.get(c);
            boolean startsSentence = sentenceStarts.contains(c);
            if (startsSentence) {
                lastStart = currentStart;
                currentStart = asks.size();
            }
            Matcher m = INTERROGATIVE.matcher(clause);
            if (!m.find()) {
                if (FOLLOW_ON.matcher(clause).find() && !asks.isEmpty() && hanCount(clean(clause)) >= 2) {
                    String other = FOLLOW_ON.matcher(clause).replaceAll("");
                    List<String[]> before = asks.subList(lastStart, currentStart);
                    if (startsSentence && before.size() >= 2) {
                        // 受理了多少矛盾纠纷、化解多少、化解率多少？信访呢？: each of those figures, of 信访
                        asks.addAll(followOn(List.copyOf(before), other));
                        continue;
                    }
                    // …各多少件？环保方面呢？: the same figure asked of one more thing
                    asks.add(new String[] {other, asks.get(asks.size() - 1)[1]});
                    continue;
                }
                if (asks.isEmpty() || !TRAILING_CHECK.matcher(clause).find()) {
                    context.append(clean(clause)).append(' ');
                }
                continue;
            }
            // 街道和镇各几个: a level word alone is a part of its own, though one character
            String[] parts = Arrays.stream(AND.split(clause))
                    .filter(p -> hanCount(clean(p)) >= 2 || LEVEL_ALONE.matcher(clean(p)).matches())
                    .toArray(String[]::new);
            Matcher again = EACH_AGAIN.matcher(clause);
            if (!eachItems.isEmpty() && parts.length <= 1 && again.lookingAt()) {
                // 简易程序、一般程序各办了多少起，各罚了多少钱: the items of the clause before, each asked once more
                for (String item : eachItems) {
                    asks.add(new String[] {item + " " + again.group(1), again.group(2)});
                }
                continue;
            }
            eachItems = List.of();
            if (parts.length > 1 && (EACH.matcher(clause).find() || allHaveInterrogatives(parts)
                    || askedBeforeCoordination(parts))) {
                String shared = interrogativeTail(parts[parts.length - 1]);
                if (shared.isEmpty()) {
                    shared = m.group();
                }
                String tail = sharedTail(parts[parts.length - 1]);
                if (EACH.matcher(parts[parts.length - 1]).find()) {
                    eachItems = Arrays.stream(parts).map(p -> EACH_ONWARDS.matcher(p).replaceFirst("").strip())
                            .filter(p -> hanCount(p) >= 2).toList();
                }
                for (int i = 0; i < parts.length; i++) {
                    String part = parts[i];
                    if (i < parts.length - 1 && !tail.isEmpty() && !clean(part).contains(tail)) {
                        part = part + " " + tail; // 矛盾纠纷和信访的化解率 → 矛盾纠纷 化解率 + 信访 化解率
                    }
                    asks.add(new String[] {part, shared});
                }
            } else {
                // 责令几家执法单位整改了几项不当执法行为: two interrogatives, two figures
                List<int[]> at = new ArrayList<>();
                Matcher all = INTERROGATIVE.matcher(clause);
                String lastUnit = null;
                while (all.find()) {
                    String between = at.isEmpty() ? "" : clause.substring(at.get(at.size() - 1)[1], all.start());
                    // 接待了多少批次、多少人次: another measure word right after is another figure of the same thing
                    boolean sameThing = !at.isEmpty() && all.group(2) != null && lastUnit != null
                            && !all.group(2).equals(lastUnit) && ANOTHER_MEASURE.matcher(between).matches();
                    if (at.isEmpty() || hanCount(between) >= 2 || sameThing) {
                        at.add(new int[] {all.start(), all.end(), sameThing ? 1 : 0});
                        lastUnit = all.group(2);
                    }
                }
                // 维持几件终止几件: each thing named before its interrogative, nothing after the last one
                boolean wordsBefore = at.size() > 1 && hanCount(clean(clause.substring(at.get(at.size() - 1)[1]))) == 0
                        && hanCount(clean(clause.substring(0, at.get(0)[0]))) >= 2
                        && at.stream().noneMatch(x -> x[2] == 1);
                for (int k = 0; k < at.size(); k++) {
                    int from = k == 0 ? 0 : wordsBefore ? at.get(k - 1)[1] : at.get(k)[0];
                    int to = wordsBefore ? at.get(k)[1] : k + 1 < at.size() ? at.get(k + 1)[0] : clause.length();
                    // the same thing in another measure word: no words of its own, the previous ask's (below)
                    String words = at.get(k)[2] == 1 ? clause.substring(at.get(k)[0], at.get(k)[1])
                            : clause.substring(from, to);
                    asks.add(new String[] {words, clause.substring(at.get(k)[0], at.get(k)[1])});
                }
            }
        }
        List<Ask> out = new ArrayList<>();
        String previous = "";
        String previousMeasure = null;
        for (String[] a : asks) {
            String metric = clean(a[0]);
            String measure = measureWord(a[1]);
            if (DIFFERENCE_ONLY.matcher(metric).matches() && !previous.isEmpty()) {
                continue; // 差几条, 多多少: the gap between the figures asked, no figure of its own
            }
            if (hanCount(metric) == 0 && !previous.isEmpty() && measure != null && previousMeasure != null
                    && !measure.equals(previousMeasure) && !TOTAL.matcher(a[0]).find()) {
                metric = previous; // 接待了多少批次、多少人次: the same thing in another measure word
            }
            previousMeasure = measure;
            if (hanCount(metric) == 0 && !previous.isEmpty()) {
                if (!TOTAL.matcher(a[0]).find()) {
                    continue; // 哪个多？按多少排一下: no figure of its own
                }
                // 新培养了几个，累计一共有多少: the running total of the thing just asked about
                metric = "累计" + (previous.startsWith("新") ? previous.substring(1) : previous);
            }
            // 收到多少条意见建议、又提了多少条: 又 only says the verb follows the one before
            String verbAlone = metric.replaceFirst("^[又再还另]\\s*", "");
            if (hanCount(verbAlone) == 1 && !previous.isEmpty()) {
                // 收到多少条意见建议、自己提了多少条: a bare verb counts the thing the clause before counted
                String thing = ACTION.matcher(previous).replaceFirst("").strip();
                // 评估后收到 意见建议: the thing is the noun the clause before ended with, whatever led its verb
                thing = thing.equals(previous) && previous.contains(" ")
                        ? previous.substring(previous.lastIndexOf(' ') + 1) : thing;
                metric = hanCount(thing) >= 2 && !thing.equals(previous) ? verbAlone + " " + thing : metric;
            }
            if (hanCount(HOLLOW.matcher(metric).replaceAll("")) < 3 && !context.isEmpty() && previous.isEmpty()) {
                // 全年累计搞了几次: the thing counted was named in the clauses before; 行政复议和行政诉讼情况：复议几件:
                // the one of the things named there that the short metric is part of
                String named = context.toString().strip();
                String asked = clean(metric);
                Optional<String> whole = asked.isEmpty() ? Optional.empty()
                        : Arrays.stream(AND.split(named)).map(String::strip).filter(t -> t.contains(asked))
                                .findFirst().map(t -> ownItem(t, asked));
                metric = whole.orElse((named + " " + metric).strip());
            }
            Set<String> units = MeasureWords.units(a[1] + "；" + a[0], metric);
            if (units.isEmpty() && !out.isEmpty() && BARE_OUTCOME.matcher(metric.strip()).matches()) {
                // 受理了多少件？化解了多少: a bare verb counts in the measure the ask before it named
                units = out.get(out.size() - 1).units();
            }
            String written = MeasureWords.written(a[1] + "；" + a[0]);
            // 收到和提出了多少条意见建议: two actions on one thing, each its own figure (收到12条、提出8条)
            Matcher shared = SHARED_OBJECT.matcher(metric);
            if (shared.matches() && !shared.group(2).equals(shared.group(3))) {
                for (String verb : List.of(shared.group(2), shared.group(3))) {
                    out.add(new Ask(shared.group(1) + verb + " " + shared.group(4), (context + " " + previous).strip(),
                            units, written));
                }
            } else if (!askedAgain(out, metric, a[0] + a[1])) {
                out.add(new Ask(metric, (context + " " + previous).strip(), units, written));
            }
            previous = metric;
        }
        return out;
    }

    /**
     * 行政复议、行政诉讼 (its 、 a space by now) asked 复议几件: the one item that holds the short word and says more
     * than it; 矛盾纠纷 受理 asked 受理 stays whole, and so does anything asked by one character (提).
     */
    private static String ownItem(String named, String asked) {
        List<String> holding = Arrays.stream(named.split("[、\\s]+")).filter(t -> t.contains(asked)).toList();
        return asked.length() >= 2 && holding.size() == 1 && !holding.get(0).equals(asked) ? holding.get(0) : named;
    }

    /** Actions a report counts what they were done to by: 受理和化解 纠纷, 收到和提出 意见建议. */
    private static final String COUNTED_ACTION = "(受理|化解|办结|办理|收到|提出|接收|答复|审结|审查|审核|备案|查处|立案|结案"
            + "|调解|排查|整改|发现|处理|出具|征集|采纳|公开|制定|修订|修改|废止|清理|印发|新增|注销|培训|培育|聘请|签订)";
    private static final Pattern SHARED_OBJECT = Pattern.compile("(\\p{IsHan}{0,8}?)" +
            COUNTED_ACTION + "了?(?:和|与|及|跟|、|以及)" + COUNTED_ACTION + "了?\\s+(\\p{IsHan}{2,10})");

    /** 年内计划搞几次: words of when and of intent, which name nothing counted. */
    private static final Pattern HOLLOW = Pattern.compile("年内|全年|今年|当年|计划|打算|准备|预计");

    /** The measure word of an interrogative (多少人次 → 人次), or null. */
    private static String measureWord(String interrogative) {
        Matcher m = INTERROGATIVE.matcher(interrogative);
        return m.find() ? m.group(2) : null;
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[?？。!！])");

    /** A sentence's clauses: 、-items apart, except items that share one 各 (A、B、C各有几个) or cross with it. */
    private static void splitSentence(String sentence, List<String> clauses) {
        for (String clause : CLAUSE_BREAK.split(LEVELS_AFTER_NOUN.matcher(sentence).replaceAll("$2$1"))) {
            // 县、镇、村三级加起来共有多少个: the levels of one thing added up, no item of their own (各 asks each)
            clause = EACH.matcher(clause).find() ? clause : LEVEL_LIST.matcher(clause).replaceFirst(" ");
            String[] items = clause.split("、");
            List<String> verbs = eachOfVerbs(items);
            if (!verbs.isEmpty()) {
                clauses.addAll(verbs);
                continue;
            }
            if (eachOfListed(items)) {
                // 县、镇、村三级各建了多少个: the levels counted (三级) are no words of the last one's
                items[items.length - 1] = LEVELS_COUNTED.matcher(items[items.length - 1]).replaceFirst("");
                // 审结的里面维持、确认违法、终止各几件: what the items are part of is asked too, in their measure
                Matcher whole = PART_OF.matcher(items[0]);
                Matcher asked = INTERROGATIVE.matcher(items[items.length - 1]);
                if (whole.matches() && asked.find()) {
                    clauses.add(whole.group(1) + asked.group());
                    items[0] = whole.group(2);
                }
                clauses.add(String.join("和", items)); // 副镇长、二级机构负责人、公务员各有几个人: one ask per item
                continue;
            }
            if (listedAsOne(items)) {
                clauses.add(clause); // 学法讲座、培训累计多少次: one figure of the things listed, as with 和
                continue;
            }
            List<String> crossed = crossed(items);
            clauses.addAll(crossed.isEmpty() ? List.of(items) : crossed);
        }
    }

    /**
     * 简易程序、一般程序、委托执法分别多少起、各罚了多少钱: every part listed before 分别 asked each measure after it,
     * one clause per part and measure; empty when the items are not of that form.
     */
    static List<String> crossed(String[] items) {
        int first = -1;
        for (int i = 0; i < items.length; i++) {
            if (INTERROGATIVE.matcher(items[i]).find()) {
                first = i;
                break;
            }
        }
        if (first < 1 || first == items.length - 1) {
            return List.of();
        }
        Matcher each = EACH.matcher(items[first]);
        if (!each.find() || hanCount(clean(items[first].substring(0, each.start()))) < 2) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < first; i++) {
            int han = hanCount(clean(items[i]));
            if (han < 2 || han > MAX_CROSSED_PART) {
                return List.of();
            }
            parts.add(items[i].strip());
        }
        parts.add(items[first].substring(0, each.start()).strip());
        List<String> measures = new ArrayList<>();
        measures.add(items[first].substring(each.end()));
        for (int i = first + 1; i < items.length; i++) {
            if (!INTERROGATIVE.matcher(items[i]).find()) {
                return List.of();
            }
            measures.add(EACH.matcher(items[i]).replaceFirst(""));
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            for (String measure : measures) {
                out.add(part + " " + measure.strip());
            }
        }
        return out;
    }

    private static final int MAX_CROSSED_PART = 10;
    private static final int MAX_VERB = 4;

    /**
     * 一般隐患和重大隐患各排查、整改了多少: each thing joined before 各 asked once per verb listed after it, one clause
     * per thing and verb (一般隐患 排查 多少); empty when the items are not of that form.
     */
    static List<String> eachOfVerbs(String[] items) {
        if (items.length < 2) {
            return List.of();
        }
        Matcher each = EACH.matcher(items[0]);
        Matcher asked = INTERROGATIVE.matcher(items[items.length - 1]);
        if (!each.find() || INTERROGATIVE.matcher(items[0]).find() || !asked.find()) {
            return List.of();
        }
        String[] things = AND.split(items[0].substring(0, each.start()));
        if (things.length < 2 || Arrays.stream(things).anyMatch(t -> hanCount(clean(t)) < 2)) {
            return List.of();
        }
        List<String> verbs = new ArrayList<>();
        verbs.add(items[0].substring(each.end()));
        for (int i = 1; i < items.length; i++) {
            String verb = i == items.length - 1 ? items[i].substring(0, asked.start()) : items[i];
            if (i < items.length - 1 && INTERROGATIVE.matcher(verb).find()) {
                return List.of();
            }
            verbs.add(verb);
        }
        if (verbs.stream().map(v -> hanCount(clean(v))).anyMatch(n -> n < 1 || n > MAX_VERB)) {
            return List.of();
        }
        String interrogative = asked.group() + items[items.length - 1].substring(asked.end());
        List<String> out = new ArrayList<>();
        for (String thing : things) {
            for (String verb : verbs) {
                out.add(thing.strip() + " " + verb.strip() + interrogative);
            }
        }
        return out;
    }

    /**
     * The asks of the sentence before, of another thing: 受理了多少矛盾纠纷、化解多少、化解率多少？信访呢？ → 受理 信访,
     * 化解 信访, 信访 化解率. The thing replaced is what the first of those asks counts (its words after the action).
     */
    private static List<String[]> followOn(List<String[]> before, String other) {
        String thing = ACTION.matcher(clean(INTERROGATIVE.matcher(before.get(0)[0]).replaceAll(" "))).replaceFirst("")
                .strip();
        List<String[]> out = new ArrayList<>();
        for (String[] a : before) {
            String asked = hanCount(thing) >= 2 && a[0].contains(thing) ? a[0].replace(thing, " " + other + " ")
                    : other + " " + a[0];
            out.add(new String[] {asked, a[1]});
        }
        return out;
    }

    /** The action a count is of, before the thing counted: 受理了 矛盾纠纷. */
    private static final Pattern ACTION = Pattern.compile(
            "^(?:共|一共|总共|累计)?(?:受理|化解|办理|排查|调处|调解|办结|开展|组织|举办|审结|处理|立案|查处|收到|接收|接待|培养|聘请|发放)了?\\s*");

    /** What is left of 差几条, 相差多少, 多多少 once the asking words are gone. */
    private static final Pattern DIFFERENCE_ONLY = Pattern.compile("(?:[那]?(?:两者|两地|两个|二者|他们|它们)?(?:之间)?"
            + "(?:差|相差|差了|差距|相差了|多|少|多了|少了|多出|少出|高|低|高出|低了|比|倍)\\s*(?:了|有|是)?\\s*)+");

    /** 环保方面呢: a clause asking the previous question of something else. */
    private static final Pattern FOLLOW_ON = Pattern.compile("(?:又|还有|那)?呢\\s*$|(?:怎么样|如何)\\s*$");
    /** 都整改完了吗, 办结了没有: a yes-or-no check after the figures, no word of what they count. */
    private static final Pattern TRAILING_CHECK = Pattern.compile("(?:了|完|过|到位|齐)(?:吗|么|没有?)\\s*$");

    /**
     * The one ask of a comparison that asks no figure in so many words (几个地方…条数比一比，谁最多): the question's
     * words without the places counted, in the unit its count noun names.
     */
    static Ask whole(String question, String topic) {
        String text = withoutHowToAdd(withoutAskingOfPlacesAndRank(question));
        // 法律顾问出意见这块，…提的意见条数谁多: the topic the asker opens with is context, the words after it the metric
        Matcher lead = TOPIC_LEAD.matcher(text);
        String context = "";
        if (lead.find() && hanCount(clean(text.substring(lead.end()))) >= 2) {
            context = clean(lead.group(1));
            text = text.substring(lead.end());
        }
        // 学法考试通过率，雁峰区、黄溪镇、健龙镇哪个高: the places' separators and the lone 高 are no metric
        // (the asides that ask a computation go first in clean: 没直接写百分比，麻烦算一下 is one of them)
        String metric = withoutAsides(clean(text)).replaceAll("(?<=^|\\s)[、，,；;]+(?=\\s|$)", " ")
                .replaceAll("\\s[高低多少大小][?？]?$", "").replaceAll("[,，、\\s]+$", "").replaceAll("\\s+", " ").strip();
        metric = hanCount(metric) >= 2 ? metric : topic;
        return new Ask(metric, context, MeasureWords.units(text, metric), MeasureWords.written(text));
    }

    private static final Pattern TOPIC_LEAD = Pattern.compile("^\\s*([^，,。？?]{2,16}?)(?:这|那)一?(?:块|方面)[，,：:]");

    /** A clause asking for a running total (累计有多少) rather than naming something new. */
    private static final Pattern ANOTHER_MEASURE = Pattern.compile("\\s*(?:、|和|与|及|,|，)?\\s*");
    private static final Pattern TOTAL = Pattern.compile(TotalWords.ASKED + "|" + TotalWords.RUNNING);

    /**
     * Items listed with 、 where only the last asks, once and not of each (学法讲座、培训累计多少次): one figure of them
     * all, as reports write it (学法讲座、培训累计12次), and as the same question with 和 is read.
     */
    private static boolean listedAsOne(String[] items) {
        if (items.length < 2) {
            return false;
        }
        String last = items[items.length - 1];
        Matcher asked = INTERROGATIVE.matcher(last);
        if (!asked.find()) {
            return false;
        }
        int start = asked.start();
        if (asked.find() || EACH.matcher(last).find() || hanCount(clean(last.substring(0, start))) < 2) {
            return false;
        }
        for (int i = 0; i < items.length - 1; i++) {
            int han = hanCount(clean(items[i]));
            // 各部门 before the list is every department, not 各 asking of each item (which stands last)
            if (INTERROGATIVE.matcher(items[i]).find() || han < 2 || han > MAX_LISTED_ITEM) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_LISTED_ITEM = 12;

    /** Items listed with 、 where only the last asks, for each of them (各/分别): A、B、C各有几个. */
    private static boolean eachOfListed(String[] items) {
        if (items.length < 2) {
            return false;
        }
        String last = items[items.length - 1];
        if (!INTERROGATIVE.matcher(last).find() || !EACH.matcher(last).find()) {
            return false;
        }
        for (int i = 0; i < items.length - 1; i++) {
            // 县、镇（街道）、村（社区）三级各建了多少个: a level word alone is an item, though one character
            if (INTERROGATIVE.matcher(items[i]).find()
                    || hanCount(clean(items[i])) < 2 && !LEVEL_ALONE.matcher(clean(items[i])).matches()) {
                return false;
            }
        }
        return true;
    }

    /** 审结的里面维持: the whole (审结) the first listed item (维持) is a part of. */
    private static final Pattern PART_OF = Pattern.compile(
            "\\s*(\\p{IsHan}{2,8}?)的?(?:里面|里头|当中|之中)(\\p{IsHan}{2,10})\\s*");
    private static final Pattern LEVEL_LIST = Pattern.compile(
            "^\\s*[县区镇乡市村](?:[（(][^）)]{0,4}[）)])?(?:、[县区镇乡市村](?:[（(][^）)]{0,4}[）)])?){1,4}[两三四五]级");
    /** 公共法律服务阵地县、镇、村三级: the thing counted said before its levels, read as 县、镇、村三级公共法律服务阵地. */
    private static final Pattern LEVELS_AFTER_NOUN = Pattern.compile(
            "(\\p{IsHan}{2,12}?)([县区镇乡](?:、[^、，,？?。\\s]{1,6}?){1,4}?[两三四五]级)");
    private static final Pattern LEVELS_COUNTED = Pattern.compile("[两三四五]级(?=\\s*(?:各|分别|都))");

    /** 化解了多少, 办结几个: an outcome verb alone, which counts what the ask before it counted (罚款 names its own). */
    private static final Pattern BARE_OUTCOME = Pattern.compile(
            "化解|办结|审结|结案|受理|调解|调处|处理|整改|立案|查处|答复|办理|解决|调解成功");

    static int hanCount(String s) {
        return (int) s.codePoints().filter(Character::isIdeographic).count();
    }

    private static boolean allHaveInterrogatives(String[] parts) {
        for (String p : parts) {
            if (!INTERROGATIVE.matcher(p).find()) {
                return false;
            }
        }
        return true;
    }

    /** 走访了多少小微企业和个体工商户: one interrogative before a coordination of the things counted. */
    private static boolean askedBeforeCoordination(String[] parts) {
        Matcher m = INTERROGATIVE.matcher(parts[0]);
        if (!m.find() || hanCount(clean(parts[0].substring(m.end()))) < 2) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            // 多少个村（社区）跟律所签了协议: 跟 says with whom they did it, it joins no second thing counted
            if (INTERROGATIVE.matcher(parts[i]).find() || DONE_WITH.matcher(parts[i]).find()) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern DONE_WITH = Pattern.compile(
            "^[\\p{IsHan}（）()\\s]{1,8}?(?:签订|签了|签署|达成|合作|对接|结对|共建|联建|协作|挂钩)");

    /**
     * What the last of coordinated items shares with the ones before: the head after 的 (信访的化解率 →
     * 化解率) or the predicate after 各/分别 (机关大会上各领学了几次 → 领学); empty when there is none.
     */
    static String sharedTail(String last) {
        int de = last.lastIndexOf('的');
        Matcher each = EACH.matcher(last);
        int eachAt = each.find() ? each.start() : -1;
        String tail;
        if (de >= 0 && (eachAt < 0 || de < eachAt)) {
            tail = last.substring(de + 1, eachAt < 0 ? last.length() : eachAt);
        } else if (eachAt >= 0) {
            tail = last.substring(each.end());
        } else {
            return "";
        }
        String cleaned = clean(tail);
        return hanCount(cleaned) >= 2 ? cleaned : "";
    }

    private static String interrogativeTail(String part) {
        Matcher m = INTERROGATIVE.matcher(part);
        return m.find() ? m.group() : "";
    }

    /** Synonyms that contain a filler word (罚了), folded before the filler goes (罚了多少钱 → 罚款). */
    private static final List<String[]> FILLER_SYNONYMS = fillerSynonyms();

    private static List<String[]> fillerSynonyms() {
        Synonyms synonyms = new Synonyms();
        List<String[]> out = new ArrayList<>();
        for (List<String> group : synonyms.groups()) {
            for (String word : group) {
                if (FILLER.matcher(word).find() && !FILLER.matcher(group.get(0)).find()) {
                    out.add(new String[] {word, group.get(0)});
                }
            }
        }
        out.sort((a, b) -> b[0].length() - a[0].length());
        return List.copyOf(out);
    }

    /** 上过课, 搞过演练: 过 says it was done; dropped in place so that 上课 stays one word. */
    private static final Pattern DONE = Pattern.compile("(?<=[上做搞办开讲听学去请])过(?=\\p{IsHan})");

    private static final Pattern EACH_ONE = Pattern.compile("每[一个](村|社区|镇|乡|街道|网格|单位|部门|站所)");

    private static final Pattern SPLIT_VERB = Pattern.compile(
            "([述开发上讲签立办结罚审学考])的(\\p{IsHan})(?=\\s*(?:[？?。！!]|$))");

    /** 江口报告没写总数的话就把几类加起来: how to work out a total not written, nothing asked. */
    private static final String HOW_TO_ADD = "(?:要是|如果|若)?(?:报告)?(?:里)?没(?:有)?(?:直接)?(?:写|给)(?:明|出)?"
            + "(?:总数|合计|总量|总计|总的)(?:的话)?[，,]?\\s*(?:就)?(?:把|按)?(?:几类|各类|各项|分项|几项)?"
            + "(?:加起来|相加|加一下|合计)(?:算)?";
    private static final Pattern HOW_TO_ADD_SAID = Pattern.compile(HOW_TO_ADD);

    /** Read before the words are cleaned, which would take its 几 and 加起来 apart. */
    static String withoutHowToAdd(String text) {
        return HOW_TO_ADD_SAID.matcher(text).replaceAll(" ");
    }

    private static final Pattern ASIDE = Pattern.compile(
            "[（(][^（）()]{0,30}?(?:没有?|未|不)(?:直接|明确)?(?:写|说|提|给)[^（）()]{0,20}[）)]"
                    // 震泽好像没直接写百分比: what the report lacks, whose 百分比 asks for no figure
                    + "|(?:好像|似乎|可能)?(?:报告)?(?:里)?(?:没有?|未)(?:直接|明确)?(?:写|给|说|报)(?:明|出)?"
                    + "(?:百分比|比例|比率|\\p{IsHan}{0,3}率)(?:数)?(?:的话)?"
                    + "|" + HOW_TO_ADD
                    // 年份不一样我知道: the asker knows the reports' years differ; nothing asked
                    + "|(?:年份|年度|年头)(?:不一样|不同|不一致)(?:的话)?[，,]?\\s*(?:我知道|我清楚|我了解|没关系|不要紧|没事|无所谓)");

    /** 震泽那份好像没直接写成功率: what the asker says the report lacks is no word of what is asked. */
    static String withoutAsides(String text) {
        return ASIDE.matcher(text).replaceAll(" ");
    }

    /** 一共几个人？都是什么身份，各几个？: the parts of what was just counted, asked with nothing of their own. */
    private static boolean askedAgain(List<Ask> before, String metric, String clause) {
        return EACH_PART.matcher(clause).find() && before.stream().anyMatch(b -> b.metric().equals(metric));
    }

    private static final Pattern EACH_PART = Pattern.compile("各|分别");

    private static final Pattern INSIDE_BODY = Pattern.compile("(?<=[队所站局办室])里(?=\\p{IsHan})");

    static String clean(String clause) {
        for (String[] s : FILLER_SYNONYMS) {
            clause = clause.replace(s[0], s[1]);
        }
        clause = DONE.matcher(clause).replaceAll("");
        // 每个村至少配几名: reports write 每村
        clause = EACH_ONE.matcher(clause).replaceAll("每$1");
        // 什么时候述的法, 谁发的文: a verb split by 的 is the one word reports write (述法, 发文)
        clause = SPLIT_VERB.matcher(clause).replaceAll("$1$2");
        // 执法队里持证的: in a body is the body, as reports write it (执法队1个，执法人员6人，持有执法证件5人)
        clause = INSIDE_BODY.matcher(clause).replaceAll("");
        // 法治宣传（宣讲）活动: a word in brackets is another word for the thing, not one with the bracket
        return FILLER.matcher(INTERROGATIVE.matcher(clause).replaceAll(" ")).replaceAll(" ")
                .replaceAll("[（(）)]", " ").replaceAll("\\s+", " ").strip();
    }
}
