package com.reportqa.question;

import com.reportqa.divisions.Divisions;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Understands a question against the corpus: which places and year it means, what kind of answer it
 * wants and which figures it asks for. A follow-up (那江口镇呢？ 2023年呢？ 罚了多少钱？) keeps what the
 * previous question fixed and it does not restate — deterministic slot carry-over, no model needed.
 */
public final class QuestionParser {

    /** What follows a place when the question names the report by its issuer: 巫山县司法局, 礼让街街道办事处. */
    private static final Pattern ISSUER_WORD = Pattern.compile("司法局|人民政府|政府|党工委|党委|街道办事处|办事处|街道办");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年(度)?");
    /** A span of years in a title's brackets or before 规划/纲要 (实施方案（2021-2025年）, 2021—2025年规划). */
    private static final Pattern PLAN_SPAN = Pattern.compile("(?<=[（(《〈])20\\d{2}\\s*年?\\s*[-—–~～至到]\\s*20\\d{2}\\s*年?(?=[）)》〉])"
            // 2021-2025年法治政府建设实施方案: the plan's name may come between the span and 方案
            + "|20\\d{2}\\s*年?\\s*[-—–~～至到]\\s*20\\d{2}\\s*年?(?=的?\\p{IsHan}{0,10}?(?:规划|纲要|实施方案|方案|计划))");
    private static final Pattern LAST_YEAR = Pattern.compile("去年|今年|本年度|本年|上一年|当年");
    private static final Pattern YEAR_BEFORE = Pattern.compile("前年");
    private static final Pattern NEXT_YEAR = Pattern.compile("明年|下一年|下一年度|来年|新的一年");
    private static final Pattern FUTURE = Pattern.compile("计划|打算|准备|将要|下一步|下步|明年|下一年|来年|力争"
            + "|(?<=[年内说])要(?=新增|再|实现|完成|达到|建成|培养|开展|组织|新建|引进|招录)|"
            + "(?<!(?:实现|达到|完成|达成|定|设定|确定|提出|提到?|说|讲到?|写|围绕|聚焦|对标|锚定|紧扣|紧盯)[了的]?"
            + "(?:“[^”]{1,20}”)?[^，,。？?]{0,8})(?<![”\"])"
            // 围绕“矛盾不上交……”这个目标: a goal the report works to, pointed back at, is no plan
            + "(?<!这个|那个|这一|该)目标(?!考核|责任|管理)|今后|未来");
    /** 下一步打算：, 明年的工作计划里: a report's plan section named as a thing, not the asker's own intent. */
    private static final Pattern PLAN_SECTION = Pattern.compile(
            "(?:下一步|下步|明年|下一年|来年)的?(?:工作)?(?:打算|计划|安排|思路)(?=[：:，,。]|里|中|部分|那)");
    private static final Pattern CATALOG = Pattern.compile(
            "(哪几个|哪些|几个|多少个)(地方|地区|单位|镇|区|县)|(哪些|哪几份|几份|多少份)报告|报告(都)?有哪些");
    /** 形成几份报告, 出具了多少份报告: reports a place produced are a count, not the reports of the corpus. */
    private static final Pattern PRODUCED_REPORTS = Pattern.compile(
            "(形成|出具|提交|撰写|起草|印发|编制|编写|完成|报送|上报)了?(几份|多少份)[^，,。？?]{0,6}报告");
    private static final Pattern COMPARE = Pattern.compile(
            "(哪个|哪一个|哪边|哪一边|哪家|谁|哪一?年)(地方|地区|镇|区|县|单位)?[^，,。？?]{0,20}(多|少|高|低|大|小)"
                    + "|差多少|差几|相差|差了多少|差距|差不多吗|差不多么|一样吗|一样多|一样高|相同吗|持平吗|(?:是不是|是否)(?:一样|相同|持平|差不多)|一不一样|一样不一样|相不相同|有没有差别|有没有区别|多多少|少多少|(?<!至)多几|(?<![至最])少几|高多少|低多少|高出多少|几倍|多少倍"
                    + "|最多(?!跑|[^，,。？?\\s的]{0,3}?(?:几|多少))|最少(?![^，,。？?\\s的]{0,3}?(?:几|多少))|最高|最低|(?<=谁|哪个|哪家|哪里)最(?:好|差)|(?:哪个|哪家|谁)\\p{IsHan}{0,2}?(?:更|最)突出|(?:多少|高低|大小)排|排序|排一下|排个序|" + RankingWords.RANK + "|排个名|排排名|排个队|排排队|比较|对比|比一比|比一下|列个表|谁多|谁少|谁高|谁低|更多|更少|更高|更低"
                    + "|[从由][多少高低大小]到[多少高低大小]|排排(?![名队])"
                    // 跟全镇的成功率比是高还是低: which of the two is higher, asked as a choice
                    + "|[高低多少大小升降涨跌增减]了?还是[高低多少大小升降涨跌增减]了?");
    /** 哪个多, 谁高, 涨幅哪家更大, 次数比一比, 通过率一样吗: a comparison of amounts or rates even without 多少. */
    private static final Pattern MORE_OR_LESS = Pattern.compile("[多少高低]|(?:更|最|较)[大小]|[大小](?=\\s*[?？]|一些|一点)"
            + "|次数|人数|件数|场次|数量|(?<=\\p{IsHan})量|金额|(?<![效频])率");
    private static final Pattern EVERY_PLACE = Pattern.compile(AskSplitter.ALL_PLACES);
    /** 谁写了化解率？是多少: which places state a figure, each with it — a figure per place, not one. */
    public static final Pattern WHO_STATES = Pattern.compile(
            "(?:谁|哪个地方|哪些地方|哪几个地方|哪个镇|哪些镇|哪份报告|哪几份报告|哪些报告|哪家|哪几家|哪些家)(?:的报告)?(?:里|中)?"
                    + "(?:写了|写明了?|提到了|给出了?|报了|公布了|有数|说了|讲了|提了)");
    private static final Pattern MORE_THAN_YEAR = Pattern.compile(
            "比(上一?年|去年|上年|前一年|往年|(?:19|20)\\d{2}年度?)(?:多|涨)(?!少)");
    private static final Pattern LESS_THAN_YEAR = Pattern.compile(
            "比(上一?年|去年|上年|前一年|往年|(?:19|20)\\d{2}年度?)(?:少|降)(?!多)");
    private static final Pattern WHICH_YEAR = Pattern.compile("哪一?年(?:度)?(?:的)?(?:更|最)?[多少高低大小]|两年(?:相比|比较|对比)");
    private static final Pattern BASE_BEFORE = Pattern.compile("(?:比|较|同比|相比|与)\\s*$");
    private static final Pattern JOINED_BEFORE = Pattern.compile("(?:跟|和|同)\\s*$");
    private static final Pattern YEAR_LISTED_BEFORE = Pattern.compile("20\\d{2}\\s*年度?\\s*(?:和|跟|与|及|、)\\s*$");
    /** 跟2024年比, 跟24年的57件放一起比一下: the year joined is what the figure asked is compared with. */
    private static final Pattern COMPARED_AFTER = Pattern.compile(
            "\\s*(?:相比|比较|对比|比)|的[^，,。？?]{0,10}?(?:放一起|放在一起|一起)?(?:相比|比较|对比|比)");
    private static final Pattern LIST = Pattern.compile("哪些|哪几|有哪|包括什么|包括哪|列举|哪三|哪两|哪四|哪五|什么措施|什么举措"
            + "|(?:有|存在)(?:啥|什么)(?:不足|问题|短板|困难|差距|举措|措施|打算)");
    /** 各多少, 分别几个: each listed item's figure. */
    private static final Pattern EACH_FIGURE = Pattern.compile("(?:各|分别|各自)(?:是|有|为|占)?(?:多少|几)");
    /** Words that ask but say nothing about what: 什么, 哪些, 是否… */
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "排一下|排个序|排个名|排个队|排排队|排序|排名|采取了?|(?:是|为)?(?:几|多少)年期的?|(?:周期|为期)(?:是|为)?(?:几|多少)年"
                    + "|(?:正)?在推的|(?<![一每])(?:那|这)个(?=\\p{IsHan})"
                    // 坚持的是什么原则: the kind of answer wanted, which the report need not name (严格执行“先补偿、后搬迁”)
                    + "|(?:坚持|执行|遵循|按照|实行|推行)的?是?(?:什么|啥|哪些|哪个)(?:原则|做法|方式|模式|机制|办法|要求)"
                    + "|什么时候|啥时候|什么时间|啥时间|何时|什么|哪些|哪[一二两三四五六七八九十几]+[个部项条种类位名家件次场批所点]?|哪家|哪里|哪个|哪|怎么样|怎么|怎样|如何"
                    + "|是否|有没有|有无|是谁|谁|具体|主要|专门|一下|请问"
                    // 报告说/报告里提到: the report speaking, not a 报告 it speaks of (请示报告制度, 述职报告)
                    + "|(?<![示职作告])报告(?:(?:里面|里|中|上)(?:说|写|提到|讲|称)?了?|(?:说|写|提到|讲|称)了?|的说法"
                    // 报告开头说: where in the report it is said names nothing asked
                    + "|的?(?:开头|开篇|结尾|末尾|最后)(?:部分)?(?:说|写|提到|讲|称)了?)"
                    // 第几个年头: the ordinal asked, said the spoken way
                    + "|个?年头"
                    // 自己说存在哪些问题？帮我列一下: the asking, not the asked
                    + "|自己(?:说|讲|写|提到?)了?|列一下|列出来|列举一下|简单说一?下|"
                    // 自己查摆了哪几条不足, 自己找的不足, 自己承认的问题: the report's looking is the asker's word, it writes the finding
                    + "(?:自己)?(?:在)?(?:查摆|自查|找|查找|梳理|总结|反思|承认|坦承|检讨)(?:出|了|的)*(?=[^？?，,。]{0,8}(?:不足|短板|差距|问题))|自己|"
                    + AskSplitter.COLLOQUIAL);
    /** 其他几个地方, 别的地方, 其余的镇: the places not named are asked about too. */
    private static final Pattern OTHER_PLACES = Pattern.compile("(?:其他|其余|别的|另外)(?:的)?(?:几个|各个|那几个)?(?:地方|镇|区|县|乡|街道|报告)");
    /** 这份报告的发布日期: the report the conversation is about. */
    private static final Pattern THIS_REPORT = Pattern.compile("(这|那|该|本)(份|篇|个)?报告");
    private static final Pattern FOLLOW_UP_FILLER = Pattern.compile("^(那|那么|还有|再问|再看|换成)?|(呢|的|情况|数据|如何)?[?？]?$");

    private final List<Report> reports;
    /** The reports of each place, computed once per corpus: a question naming no place is about all of them. */
    private final List<List<Report>> allPlaces;
    private final Gazetteer gazetteer;
    private final TextNormalizer normalizer = new TextNormalizer();

    private final PlacePrefixes prefixes;

    /** 最后降到多少了, 实际完成了: the outcome of a year, not what was planned for it. */
    private static final Pattern OUTCOME = Pattern.compile(
            // (报告最后那部分 is where in the report, not what came of the year)
            "(?:最后|最终)(?:降|升|达|增|减|完成|实现|做到|办结|是|有)|实际|到底|(?:达到|做到|实现|完成|降到|降至|升到|提高到|下降到)了"
                    // 最后推广使用率到多少了
                    + "|(?:最后|最终)\\p{IsHan}{1,8}?(?:到|达到)了?(?:多少|几)"
                    // 23年班子集中学法搞了几次: what was done that year, which no plan for it says (列了几条, 提了多少条
                    // count what the report writes)
                    + "|(?<=\\p{IsHan})(?<!计划|打算|准备|要)(?<![列写提说讲])了(?=\\s*(?:几|多少))");

    /** With the national list shipped in the jar (tests, tools); the app passes the one it shares. */
    public QuestionParser(List<Report> reports) {
        this(reports, Divisions.load());
    }

    private static final Pattern EXCEPT = Pattern.compile("除了?\\p{IsHan}{0,4}$");

    public QuestionParser(List<Report> reports, Divisions divisions) {
        this.reports = List.copyOf(reports);
        this.gazetteer = new Gazetteer(this.reports, divisions::isName);
        this.prefixes = new PlacePrefixes(divisions);
        this.allPlaces = byPlace(this.reports).stream().map(List::copyOf).toList();
    }

    public Question parse(String raw) {
        return parse(raw, null);
    }

    public Question parse(String typed, Question previous) {
        // the question as every later rule reads it and as answers echo it: 24年 is 2024年
        String raw = typed == null ? null : ShortYears.expand(typed);
        // 比上一年多办了多少件: more than the year before is what reports write as 增加 (较2023年的198件增加38件)
        String text = LESS_THAN_YEAR.matcher(MORE_THAN_YEAR.matcher(
                QuestionText.sharedRateSpelledOut(normalizer.normalize(QuestionText.clean(raw))))
                .replaceAll("比$1增加")).replaceAll("比$1减少");
        List<Gazetteer.PlaceMention> placeWords = inTerms(text, gazetteer.find(text));
        List<Gazetteer.PlaceMention> mentions = PlaceMentions.resolve(gazetteer, placeWords);
        PlacePrefixes.Verdict verdict = prefixes.check(text, mentions, gazetteer.unknownPlaces(text, mentions));
        List<String> unknown = new ArrayList<>(verdict.unknown());
        StringBuilder blanked = new StringBuilder(text);
        // every place word goes, also those narrowed away (西宁 城中区礼让街街道 both name one report)
        placeWords.forEach(m -> blank(blanked, m.start(), issuerEnd(text, m)));
        // 实施方案（2021-2025年）: a plan's span names no year asked
        Matcher span = PLAN_SPAN.matcher(blanked);
        while (span.find()) {
            blank(blanked, span.start(), span.end());
        }
        Matcher ym = YEAR.matcher(blanked);
        Integer explicitYear = null;
        Map<Integer, Integer> yearAt = new HashMap<>();
        while (ym.find()) {
            yearAt.put(ym.start(), Integer.parseInt(ym.group(1)));
            // 2024年…比2023年涨了多少: the year after 比 is what the change is measured against, not the year asked
            // 跟2023年比各增长了多少: a year joined to 比 after it is the base as well
            boolean base = BASE_BEFORE.matcher(blanked.substring(0, ym.start())).find()
                    || JOINED_BEFORE.matcher(blanked.substring(0, ym.start())).find()
                    && COMPARED_AFTER.matcher(blanked.substring(ym.end())).lookingAt();
            int year = Integer.parseInt(ym.group(1));
            // 2024年和2023年各受理多少件: two years listed are both asked; the later report is the one to read
            boolean listed = YEAR_LISTED_BEFORE.matcher(text.substring(0, ym.start())).find();
            // 2024年开了几次？2023年是几次？哪一年多？: both asked, the later report holds the earlier year's figure
            boolean eachYear = WHICH_YEAR.matcher(text).find();
            explicitYear = explicitYear != null && (base || listed || eachYear)
                    ? (listed || eachYear ? Math.max(explicitYear, year) : explicitYear) : year;
            blank(blanked, ym.start(), ym.end());
        }
        PlaceOwnWords.share(blanked, mentions.stream().map(m -> issuerEnd(text, m)).sorted().toList());
        String rest = AskerPreamble.strip(blanked.toString());
        String preamble = blanked.toString().endsWith(rest)
                ? blanked.substring(0, blanked.length() - rest.length()) : "";
        // 想引用一下纺织城街道下一步打算：…: the report's plan section named in the asker's words is still the one read
        boolean future = FUTURE.matcher(rest).find() || PLAN_SECTION.matcher(preamble).find();
        int relative = LAST_YEAR.matcher(rest).find() ? 0 : YEAR_BEFORE.matcher(rest).find() ? -1
                : NEXT_YEAR.matcher(rest).find() ? 1 : Integer.MIN_VALUE;
        rest = NEXT_YEAR.matcher(YEAR_BEFORE.matcher(LAST_YEAR.matcher(rest).replaceAll(" ")).replaceAll(" "))
                .replaceAll(" ");

        QuestionKind kind = kind(AskerPreamble.strip(text));
        // 震泽那份好像没直接写成功率: what the asker says a report lacks, once the asides asking a computation are gone
        String topic = AskSplitter.withoutAsides(AskSplitter.clean(QUESTION_WORDS.matcher(FUTURE.matcher(
                AskSplitter.withoutHowToAdd(AskSplitter.withoutPlaceCounts(rest))).replaceAll(" ")).replaceAll(" ")))
                .replaceAll("\\s+", " ").strip();
        boolean followUp = previous != null && isFollowUp(rest, topic);

        List<String> places = new ArrayList<>();
        List<List<Report>> groups = new ArrayList<>();
        List<Gazetteer.PlaceMention> split = new ArrayList<>();
        List<Integer> ownYears = new ArrayList<>();
        for (var mention : mentions) {
            var m = ownLevel(rest, issuedOnly(text, mention));
            if (kind == QuestionKind.MENTIONS && EXCEPT.matcher(text.substring(0, m.start())).find()) {
                // 除了枫桥自己，还有谁的报告里也写了: the place set aside is no scope of the search
                continue;
            }
            List<List<Report>> each = byPlace(List.copyOf(m.reports()));
            if (each.size() > 1 && (m.ambiguous().isEmpty() || kind == QuestionKind.COMPARE)) {
                // 四川的报告里…, 重庆各镇…, 两个增福镇…: a province, city or shared name stands for each of its places
                split.add(m);
                for (List<Report> place : LevelWords.keep(rest, each)) {
                    Report r = place.get(0);
                    places.add(m.ambiguous().isEmpty() ? r.place().name() : r.place().display());
                    groups.add(place.stream().sorted(Comparator.comparing(Report::year)).toList());
                }
                continue;
            }
            String whole = wholeArea(text, m);
            if (whole != null) {
                // 江汉区全区的调解成功率: a street's report under the district does not give the district's figure
                unknown.add(whole);
                continue;
            }
            places.add(m.alias());
            groups.add(m.reports().stream().sorted(Comparator.comparing(Report::year)).toList());
            ownYears.add(ownYear(text, issuerEnd(text, m), yearAt));
        }
        // 雁峰区先锋街道的工作站: a unit under a place named, spoken of in that place's report, is no missing report
        unknown.removeIf(u -> verdict.unknown().contains(u) && groups.stream().flatMap(List::stream)
                .anyMatch(r -> r.paragraphs().stream().anyMatch(p -> p.text().contains(u))));
        if (followUp && places.isEmpty() && unknown.isEmpty()) {
            places.addAll(previous.places());
            groups.addAll(previous.placeGroups());
        }
        if (followUp && explicitYear == null && relative == Integer.MIN_VALUE && previous.year() != null
                && places.equals(previous.places())) {
            explicitYear = previous.year();
        }
        List<Ask> asks = kind == QuestionKind.NUMERIC || kind == QuestionKind.COMPARE
                ? AskSplitter.split(rest) : List.of();
        boolean ownForm = kind == QuestionKind.METADATA || kind == QuestionKind.MENTIONS;
        if (followUp && !ownForm && (asks.isEmpty() || saysNothing(topic)) && previous.numeric()) {
            asks = previous.asks();
            kind = previous.kind() == QuestionKind.COMPARE && places.size() > 1 ? QuestionKind.COMPARE
                    : places.size() > 1 ? QuestionKind.COMPARE : QuestionKind.NUMERIC;
            topic = previous.topic();
        } else if (followUp && saysNothing(topic)) {
            kind = previous.kind();
            topic = previous.topic();
        }
        if (kind == QuestionKind.NUMERIC && groups.size() > 1 && asks.size() <= 1) {
            kind = QuestionKind.COMPARE;
        }
        if (kind == QuestionKind.COMPARE && asks.isEmpty()) {
            asks = List.of(AskSplitter.whole(rest, topic));
        }
        List<String> ambiguous = mentions.stream().filter(m -> !split.contains(m))
                .flatMap(m -> m.ambiguous().stream()).toList();
        PlacesNamed named = new PlacesNamed(places, groups, unknown, ambiguous, verdict.mismatched());
        // 兰考县2022年、四会市2023年: each place named with a year of its own is read in that year
        // 江口镇2023年…、健龙镇…: a year written after a place that other places follow is that place's alone, the
        // others read in their latest year; after the last place (健龙镇和黄溪镇2024年) it is everyone's
        // 兰考县2022年、南岸区和四会市2023年: places joined by 和 before a year share it, when another place has its own
        if (ownYears.size() > 1 && ownYears.size() == groups.size() && ownYears.getLast() != null
                && ownYears.stream().filter(Objects::nonNull).distinct().count() > 1) {
            for (int i = ownYears.size() - 2; i >= 0; i--) {
                if (ownYears.get(i) == null) {
                    ownYears.set(i, ownYears.get(i + 1));
                }
            }
        }
        boolean eachOwnYear = split.isEmpty() && groups.size() > 1 && ownYears.size() == groups.size()
                && (!ownYears.contains(null) && ownYears.stream().distinct().count() > 1
                        || ownYears.getLast() == null && ownYears.stream().anyMatch(Objects::nonNull));
        return scoped(raw, kind, named, explicitYear, eachOwnYear ? ownYears : null, relative, future, asks, topic);
    }

    /**
     * 江汉区…全区: the name of a district, county or city asked as a whole, when the corpus has only reports of towns
     * or streets under it — that place's own report, which the corpus lacks; null when the mention is not one.
     */
    private static String wholeArea(String text, Gazetteer.PlaceMention m) {
        Matcher whole = WHOLE_AREA.matcher(text);
        String alias = m.alias();
        if (!whole.find() || alias.isEmpty() || m.reports().isEmpty()) {
            return null;
        }
        String level = whole.group("level") != null ? whole.group("level") : whole.group("own");
        if (alias.charAt(alias.length() - 1) != level.charAt(0)) {
            return null;
        }
        boolean townsOnly = m.reports().stream().map(Report::place).allMatch(p -> p.town() != null
                && !alias.contains(p.town().substring(0, Math.min(2, p.town().length()))));
        return townsOnly ? alias + "（" + level + "级）" : null;
    }

    /** 全区, 区级, and 诸暨市本级 (the city's own level, not the towns under it). */
    private static final Pattern WHOLE_AREA = Pattern.compile("全(?<level>[区县市])(?![长委])|(?<own>[区县市])本?级");

    /** The year written right after a place (四会市2023年), if one is. */
    private static Integer ownYear(String text, int placeEnd, Map<Integer, Integer> yearAt) {
        int at = placeEnd;
        // 健龙镇的2024年, 大均乡（2022年）: the year right after the place, past 的 or an opening bracket
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || "的（(".indexOf(text.charAt(at)) >= 0)) {
            at++;
        }
        return yearAt.get(at);
    }

    private Question scoped(String raw, QuestionKind kind, PlacesNamed named, Integer explicitYear,
            List<Integer> ownYears, int relative, boolean future, List<Ask> asks, String topic) {
        List<String> places = named.places();
        List<List<Report>> groups = named.placeGroups();
        List<List<Report>> candidates = groups.isEmpty() ? LevelWords.across(raw, allPlaces) : groups;
        if (!groups.isEmpty() && kind == QuestionKind.COMPARE && OTHER_PLACES.matcher(raw).find()) {
            // 健龙镇和黄溪镇各多少件？其他几个地方有没有这个数: the places named first, then every other one
            List<List<Report>> widened = new ArrayList<>(groups);
            allPlaces.stream().filter(p -> !groups.contains(p)).forEach(widened::add);
            candidates = widened;
        }
        List<Report> scope = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Integer askedYear = explicitYear;
        Integer stated = null;
        boolean plans = future || relative == 1;
        for (List<Report> place : candidates) {
            int latest = place.stream().mapToInt(Report::year).max().orElse(0);
            Integer year = ownYears != null && groups.contains(place) ? ownYears.get(groups.indexOf(place))
                    : ownYears != null ? null
                    : explicitYear != null ? explicitYear
                    : relative == Integer.MIN_VALUE ? null : latest + Math.min(relative, 0);
            if (relative == 1 && explicitYear == null) {
                year = latest + 1;
            }
            if (year == null) {
                // no year named: the latest report of each place (all years for catalogue questions)
                if (kind == QuestionKind.CATALOG || kind == QuestionKind.MENTIONS) {
                    scope.addAll(place);
                } else {
                    place.stream().filter(r -> r.year() == latest).forEach(scope::add);
                }
                continue;
            }
            int wanted = year;
            List<Report> match = place.stream().filter(r -> r.year() == wanted).toList();
            // 健龙镇2025年重点抓哪几方面: a year after the last report, which speaks of it, asks its plans
            // 2024年的败诉率最后降到多少了: what came of the year is asked, which no plan says
            boolean nextYear = candidates.size() == 1 && !groups.isEmpty() && wanted == latest + 1
                    && place.stream().anyMatch(r -> r.year() == latest && mentionsYear(r, wanted))
                    && !OUTCOME.matcher(raw).find();
            if (match.isEmpty() && (plans || nextYear)) {
                // plans for year Y are written in the report on year Y-1
                match = place.stream().filter(r -> r.year() == wanted - 1).toList();
                plans = true;
            }
            if (match.isEmpty() && (kind == QuestionKind.NUMERIC || kind == QuestionKind.FACT) && !plans) {
                // no report of that year: the next year's report may state that year's activity (2023年度述法…);
                // a fact asked of it, only when the sentence naming the year names the thing asked too
                match = place.stream().filter(r -> r.year() == wanted + 1 && (kind == QuestionKind.NUMERIC
                        ? mentionsYear(r, wanted) : mentionsYearWith(r, wanted, topic))).toList();
                stated = match.isEmpty() ? stated : Integer.valueOf(wanted);
            }
            // 想拿来跟其他镇比一比: a place the question does not name has no year to be missing
            if (match.isEmpty() && groups.contains(place)) {
                missing.add(places.get(groups.indexOf(place)) + "（语料中有"
                        + place.stream().map(r -> r.year() + "年度").distinct().reduce((a, b) -> a + "、" + b).orElse("")
                        + "的报告，没有" + wanted + "年度的）");
            }
            scope.addAll(match);
            askedYear = wanted;
        }
        if (relative != Integer.MIN_VALUE && explicitYear == null && candidates.size() > 1 || ownYears != null) {
            askedYear = null;
        }
        String missingYear = missing.isEmpty() ? null : String.join("；", missing);
        return new Question(raw, kind, named, new YearAsked(askedYear, plans, missingYear, stated), dedupe(scope), asks,
                topic);
    }

    /** The report speaks of that year as a year (2023年全年, 2023年度述法), not only of dates in it. */
    private static boolean mentionsYear(Report report, int year) {
        return mentionsYearWith(report, year, null);
    }

    /**
     * A sentence of the report names the year and, when a topic is given, one of its words (2023年度述法 for
     * 2023年度述法是什么时候).
     */
    private static boolean mentionsYearWith(Report report, int year, String topic) {
        Pattern said = Pattern.compile(year + "\\s*年(?![\\d一二三四五六七八九十]+月)");
        List<String> words = topic == null ? List.of()
                : Arrays.stream(topic.split("[^\\p{IsHan}]+")).filter(w -> w.length() >= 2).toList();
        return report.paragraphs().stream().flatMap(p -> Arrays.stream(p.text().split("[。；;！!？?]")))
                .anyMatch(s -> said.matcher(s).find() && (topic == null || words.stream().anyMatch(s::contains)));
    }

    private static List<List<Report>> byPlace(List<Report> reports) {
        Map<String, List<Report>> map = new LinkedHashMap<>();
        reports.forEach(r -> map.computeIfAbsent(r.place().display(), k -> new ArrayList<>()).add(r));
        return new ArrayList<>(map.values());
    }

    /** A quoted term: “枫桥经验”, “浦江经验”. */
    private static final Pattern QUOTED_TERM = Pattern.compile("[“\"「『]([^”\"」』]{1,30})[”\"」』]");

    /**
     * Place words that are not part of a quoted term: “枫桥经验” names a way of working the whole country writes about,
     * not the town it comes from; a quote that holds nothing but the place (“健龙镇”) still names it.
     */
    private static List<Gazetteer.PlaceMention> inTerms(String text, List<Gazetteer.PlaceMention> found) {
        List<int[]> terms = new ArrayList<>();
        Matcher q = QUOTED_TERM.matcher(text);
        while (q.find()) {
            String inside = q.group(1).strip();
            terms.add(new int[] {q.start(1), q.end(1), inside.length()});
        }
        if (terms.isEmpty()) {
            return found;
        }
        return found.stream().filter(m -> terms.stream().noneMatch(t -> m.start() >= t[0] && m.end() <= t[1]
                && m.end() - m.start() < t[2])).toList();
    }

    private static QuestionKind kind(String text) {
        if (IssuedBy.of(text).isPresent()) {
            return QuestionKind.CATALOG; // 哪几份是县司法局出的: the reports of one issuer
        }
        // 《法治政府建设实施纲要》是谁印发的: the issuer of a document the report cites is a fact the report states
        if (MetadataField.asked(text).filter(f -> f != MetadataField.ISSUER || !CITED_TITLE.matcher(text).find())
                .isPresent()) {
            return QuestionKind.METADATA;
        }
        if (ReportMention.asks(text)) {
            return QuestionKind.MENTIONS;
        }
        boolean numeric = AskSplitter.INTERROGATIVE.matcher(text).find();
        if (COMPARE.matcher(text).find()
                && (numeric || MORE_OR_LESS.matcher(text).find() || RankingWords.ORDER_ASKED.matcher(text).find())) {
            return QuestionKind.COMPARE;
        }
        if (numeric && (EVERY_PLACE.matcher(text).find() || WHO_STATES.matcher(text).find())) {
            // 各地受理了多少件: one figure per place, side by side
            return QuestionKind.COMPARE;
        }
        // 信访各受理了多少件？其他几个地方报告里有没有: a figure is asked, the places are no catalogue
        if (CATALOG.matcher(text).find() && text.contains("报告") && !PRODUCED_REPORTS.matcher(text).find()
                && !AskSplitter.INTERROGATIVE.matcher(CATALOG.matcher(text).replaceAll(" ")).find()) {
            return QuestionKind.CATALOG;
        }
        // 全年执法多少件？都包括哪些方面，各多少: a total asked beside the parts' figures (哪些人参加、各几名 asks the
        // parts' counts too)
        boolean totalAsked = EACH_FIGURE.matcher(text).find()
                && AskSplitter.INTERROGATIVE.matcher(EACH_FIGURE.matcher(text).replaceAll(" ")).find();
        if (LIST.matcher(text).find() && !totalAsked && !countsAfterColon(text) && !partsCounted(text)) {
            return QuestionKind.LIST;
        }
        return numeric ? QuestionKind.NUMERIC : QuestionKind.FACT;
    }

    /** 宣誓的是哪几类人、各几个, 都有哪些人参加、各几名: the parts are not named, but each one's count is asked. */
    private static final Pattern PARTS_COUNTED = Pattern.compile(
            "(?<!包括|包含|分为|分成|分|按)(?:哪几类|哪几种|哪几个|哪几|哪些)\\p{IsHan}{0,4}?[、，,]"
                    + "\\s*(?:各|分别|各自)(?:是|有|为)?(?:几|多少)");

    /** Whether the question asks unnamed parts each with its count (哪几类人、各几个). */
    public static boolean partsCounted(String text) {
        return PARTS_COUNTED.matcher(text).find();
    }

    /** Where the words announcing what is asked end: a colon, or the question mark of their own question. */
    private static final Pattern ANNOUNCED = Pattern.compile("[：:？?]");
    /** 《法治政府建设实施纲要》，是谁印发的: a document the report cites, then who issued it. */
    private static final Pattern CITED_TITLE = Pattern.compile(
            "《[^《》]{2,60}》[，,]?[^，,。？?]{0,6}(?:是|由)?(?:谁|哪个|哪些|哪家)");

    /**
     * 法律顾问干了哪些活：审了多少份合同、搞了几次讲座 (or 干了哪些活？审查合同、培训讲座各是多少): the 哪些 before the
     * colon or question mark only announces the counts asked after it, with no list word of their own.
     */
    private static boolean countsAfterColon(String text) {
        Matcher list = LIST.matcher(text);
        Matcher colon = ANNOUNCED.matcher(text);
        if (!list.find() || !colon.find(list.end())) {
            return false;
        }
        String after = text.substring(colon.end());
        return !LIST.matcher(after).find() && (AskSplitter.INTERROGATIVE.matcher(after).results().count() >= 2
                || EACH_COUNT.matcher(after).find());
    }

    /** 审查合同、培训讲座、参加决策会议各是多少: the parts listed, then one count asked of each. */
    private static final Pattern EACH_COUNT = Pattern.compile("、[^？?]*(?:各|分别)(?:是|有|为)?(?:多少|几)");

    /** A topic of punctuation only (那健龙镇呢？ leaves "?") restates nothing: the previous topic holds. */
    private static boolean saysNothing(String topic) {
        return topic.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean isFollowUp(String rest, String topic) {
        String stripped = FOLLOW_UP_FILLER.matcher(rest.strip()).replaceAll("").strip();
        return topic.length() <= 4 || stripped.length() <= 6 || rest.strip().startsWith("那")
                || THIS_REPORT.matcher(rest).find();
    }

    private static List<Report> dedupe(List<Report> reports) {
        return List.copyOf(new LinkedHashSet<>(reports));
    }

    /**
     * 古丈县司法局 in a question about a report the 古丈县司法局 issued names the report, not a topic: the issuer
     * word goes with the place (a 司法局 that a county government's report mentions stays a topic).
     */
    private static int issuerEnd(String text, Gazetteer.PlaceMention m) {
        Matcher org = ISSUER_WORD.matcher(text).region(m.end(), text.length());
        if (org.lookingAt() && m.reports().stream().anyMatch(r -> issuedAs(r, org.group()))) {
            return org.end();
        }
        return m.end();
    }

    /**
     * 临泽县那份报告 where the corpus holds 临泽县's own report and one of a town under it: the county's own, unless
     * the question names a level (临泽县各镇); a name no report is of (四川, 重庆) still stands for each place under it.
     */
    private static Gazetteer.PlaceMention ownLevel(String question, Gazetteer.PlaceMention m) {
        Set<Report> own = m.reports().stream().filter(r -> m.alias().equals(r.place().name()))
                .collect(Collectors.toSet());
        if (own.isEmpty() || own.size() == m.reports().size() || LevelWords.namesLevel(question)
                || own.stream().map(r -> r.place().display()).distinct().count() > 1) {
            return m;
        }
        return new Gazetteer.PlaceMention(m.alias(), m.start(), m.end(), own, m.ambiguous());
    }

    /** 临泽县司法局报告: the reports that organ issued, not each place under the county. */
    private static Gazetteer.PlaceMention issuedOnly(String text, Gazetteer.PlaceMention m) {
        int orgEnd = issuerEnd(text, m);
        if (orgEnd == m.end() || m.reports().size() < 2) {
            return m;
        }
        String org = text.substring(m.end(), orgEnd);
        Set<Report> issued = m.reports().stream().filter(r -> issuedAs(r, org)).collect(Collectors.toSet());
        return issued.isEmpty() ? m : new Gazetteer.PlaceMention(m.alias(), m.start(), m.end(), issued, m.ambiguous());
    }

    private static boolean issuedAs(Report r, String org) {
        return r.issuer() != null && r.issuer().contains(org) || r.title() != null && r.title().contains(org);
    }

    private static void blank(StringBuilder sb, int from, int to) {
        for (int i = from; i < to; i++) {
            sb.setCharAt(i, ' ');
        }
    }
}
