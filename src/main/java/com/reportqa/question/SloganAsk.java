package com.reportqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about a slogan or a list the report names in words: 确保了几个“零发生”, 整治聚焦了几类问题 (a count), or
 * “三个一”指的是什么 (its items). {@code phrase} is the slogan or listed head as the report would write it.
 */
public record SloganAsk(String phrase, boolean count, boolean quoted) {

    private static final String Q = "[“\"「『‘']";
    private static final String EQ = "[”\"」』’']";
    /** 几个“零发生”, 多少项“零”, 几类问题, 几个方面的不足, 几项程序作为…, 办事原则一共几条. */
    private static final Pattern COUNT = Pattern.compile(
            "(?:几|多少)\\s*(?:个|类|项|种|大|方面)\\s*" + Q + "([^”\"」』’']{1,12})" + EQ
                    + "|(?:几|多少)\\s*(?:类|种|大类|个方面的?|方面的?)\\s*((?:(?!组成|构成)\\p{IsHan}){2,6}?)(?=[?？，,。]|组成|构成|$)"
                    // 把几项程序作为必经程序: the counted head, then what it is made
                    + "|(?:几|多少)\\s*(?:项|条|个)\\s*([\\p{IsHan}]{2,6}?)(?=作为|列为|列入|纳入)"
                    // 办事原则一共几条, 工作安排列了几条, 主要举措分了几个方面: the head, then how many (有啥 is asking)
                    + "|(?!" + TotalWords.ASKED + ")([\\p{IsHan}&&[^的有啥么哪]]{2,6}?)[”\"」』]?[，,]?(?:一共|总共|共)?(?:列了|列出|写了|包括|包含|分为|分了|分成)?有?"
                    + "(?:几|多少)\\s*(?:条|项|类|种|点|个方面|方面|个部分|部分|个)"
                    + "(?=[?？。]|$|[，,]\\s*(?:分别|具体|都|各)?(?:是|指|包括)(?:什么|啥|哪些|哪几))"
                    // 突出问题，盯住了几方面: the head, then a verb of its own, then how many aspects
                    + "|([\\p{IsHan}&&[^的]]{2,6}?)[，,]\\p{IsHan}{1,4}?(?:几|多少)\\s*(?:个方面|方面)(?=[?？。]|$)"
                    // 查摆了几条法治政府建设方面的不足, 列了几条问题: what a report finds wanting, counted in 条/项/点
                    + "|(?:几|多少)\\s*(?:条|项|个|点)\\s*(\\p{IsHan}{0,12}?(?:方面|领域)?的?"
                    + "(?:不足|短板|差距|弱项|薄弱环节|(?<=条)问题))(?=[?？，,。]|$)"
                    // 一共列了几道程序: the items the report lists counted (要履行几道程序 is a number written in words)
                    // 一共要履行几道程序: asked so, the steps are counted off the list when no number answered
                    + "|(?:一共|总共|共|列了|列出了?)(?:要|需要|得)?(?:履行|经过|走)?(?:几|多少)\\s*(?:道|项|种)\\s*"
                    + "(\\p{IsHan}{2,6}?)(?=[?？。]|$)");
    /** “三个一”指的是什么, “四个零”包括哪些, “两个维护”是什么意思. */
    private static final Pattern MEANING = Pattern.compile(
            Q + "([^”\"」』’']{2,12})" + EQ + "[，,]?\\s*(?:具体|都|分别|各)?(?:指的是|指|是指|包括|包含|内容是|分别是|是)"
                    // “三个坚持”，各是坚持什么: the quoted word asked again (checked in code)
                    + "(\\p{IsHan}{0,4}?)(?:什么|哪些|哪几|哪[一二两三四五六七八九十]|啥)"
                    // “六个不发生”底线，这六个不发生具体指哪六项: asked again a few words on
                    + "|" + Q + "([^”\"」』’']{2,12})" + EQ + "[^？?。“\"]{0,16}?具体(?:指的是|指|是指|包括|是)(?:什么|哪些|哪几|哪[一二两三四五六七八九十]|啥)");

    /** 那三个“挂”分别指啥: the count before the quote, the word inside it. */
    private static final Pattern COUNTED_WORD = Pattern.compile(
            "([一二两三四五六七八九十]|\\d{1,2})个\\s*(?:带有?|含有?)?" + Q + "([^”\"」』’']{1,4})" + EQ
                    // 三个“坚持”，分别是坚持啥: the word asked again before what
                    // 三个“不”的目标，原话是哪三句: the items asked by their number
                    // 三个带“挂”字的做法，分别叫什么: the items named by the word they hold
                    + "[^？?。]{0,8}?(?:分别|具体)?(?:指的是|指|是|包括|叫)\\p{IsHan}{0,4}?(?:什么|哪些|哪几|啥|哪[一二两三四五六七八九十])");
    /** 守的是“几个不发生”: the count asked inside the quote. */
    private static final Pattern COUNT_IN_QUOTE = Pattern.compile(
            Q + "(?:几|多少)\\s*(?:个|项|类|种)([^”\"」』’']{1,12})" + EQ);

    /** 守住的“不发生”底线，一共是几个: the quoted word, what it names, then how many of it (“六个不发生”). */
    private static final Pattern QUOTE_THEN_COUNT = Pattern.compile(
            Q + "([^”\"」』’'\\d一二两三四五六七八九十几]{2,8})" + EQ + "\\p{IsHan}{2,4}?[，,]?\\s*(?:一共|总共|共|到底)?(?:是|有)?"
                    + "(?:几|多少)\\s*个(?=\\s*[?？。]|$)");

    /** 那一串“X办”（马上办那些），一共列了几个: the items' shared word, the rest of each written as a placeholder. */
    private static final Pattern PLACEHOLDER_COUNTED = Pattern.compile(
            Q + "[XxＸｘ某*＊]+(\\p{IsHan}{1,4})" + EQ + "(?:[（(][^）)]{0,12}[）)])?[^？?。]{0,8}?(?:几|多少)\\s*(?:个|项|条)");

    /** 要守住几个不发生: a slogan's counted word asked without its quotes, after a verb slogans are held with. */
    private static final Pattern COUNT_UNQUOTED = Pattern.compile(
            "(?:守住|守牢|守好|确保|做到|实现|坚持|落实|推行|推进|坚守|达到|增强|坚定|树立|强化|践行)了?(?:几|多少)\\s*个\\s*(\\p{IsHan}{2,5}?)(?=[?？，,。]|$)");

    /** 那个双语调解队是由几类人组成的: the group is what is counted, by the members its sentence lists. */
    private static final Pattern MADE_OF = Pattern.compile(
            "(?:那个|这个|那支|这支)?([\\p{IsHan}]{2,8}?)[”\"」』]?(?:是)?由(?:哪)?(?:几|多少)\\s*(?:类|种|个方面|方面|部分|拨)"
                    + "\\p{IsHan}{0,2}?(?:组成|构成)");

    /** 是几年行动, 建了几级网格: a count the report writes into a name (三年行动, 三级网格). */
    private static final Pattern COUNT_IN_NAME = Pattern.compile(
            "几\\s*(?:年|级)(\\p{IsHan}{2,4}?)(?=[?？，,。]|$)");

    /** “矛盾不上交……”这个目标一共包括几句: a slogan quoted by its opening words, the count of its parts asked after. */
    private static final Pattern OPENING_COUNTED = Pattern.compile(
            Q + "([^”\"」』’'…]{2,12})(?:……|…|\\.{3,})" + EQ + "[^？?。]{0,30}?(?:包括|包含|分为|分成|有|是)?(?:几|多少)\\s*"
                    + "(?:句|个|条|项|点|方面|部分|层)");
    private static final Pattern ELLIPSIS_IN_QUOTE = Pattern.compile("(?:……|…|\\.{3,})(?=[”\"」』’'])");

    /** 那个专项行动是几年期的: the years a campaign's name counts (提升行政执法质量三年行动), asked of what it is. */
    private static final Pattern YEARS_OF = Pattern.compile(
            "(行动|计划|规划|工程|攻坚)[”\"]?[^？?。]{0,8}?(?:几年期|周期(?:是|为)?几年|为期几年)");

    /** 概括成了哪三个“坚持”: the items of a slogan of two words or more, their number said. */
    private static final Pattern WHICH_N = Pattern.compile(
            "哪[两三四五六七八九十]\\s*(?:个|类|项|种|条)\\s*" + Q + "([^”\"」』’']{2,12})" + EQ);

    /** 那几个“挂”，分别是啥: the items asked right after, not their count. */
    private static final Pattern ITEMS_ASKED = Pattern.compile(
            "[，,\\s]{0,2}(?:分别|具体|都|各)?(?:是|指|指的是|包括)(?:什么|啥|哪些|哪几)");

    /** What follows asks the items (分别是啥) and no count after them (…都是哪些，一共几个 still wants the count). */
    private static boolean itemsOnly(String after) {
        Matcher items = ITEMS_ASKED.matcher(after);
        return items.lookingAt() && !after.substring(items.end()).matches("(?s).*(?:几|多少).*");
    }

    /** The slogan or list a parsed question asks about, read without its places and years (示例乡主要举措有几项). */
    public static Optional<SloganAsk> of(Question q) {
        return of(withoutPlaces(q));
    }

    /** {@link #several(String)} of a parsed question, read without its places and years. */
    public static List<SloganAsk> several(Question q) {
        return several(withoutPlaces(q));
    }

    /** A place or year glued to the counted thing would be read as part of it: each becomes a space. */
    private static String withoutPlaces(Question q) {
        String text = AskerPreamble.strip(q.text());
        for (String place : q.places()) {
            text = text.replace(place, " ");
        }
        return YEAR.matcher(text).replaceAll(" ");
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年度?");

    public static Optional<SloganAsk> of(String asked) {
        if (asked.matches("(?s).*[\\[\\]].*")) {
            return Optional.empty(); // [1] is how answers mark citations: never echoed from a question
        }
        // 围绕“矛盾不上交……”这个目标，一共包括几句: the words quoted open the slogan, whose parts are counted
        Matcher opening = OPENING_COUNTED.matcher(asked);
        if (opening.find()) {
            return Optional.of(new SloganAsk(opening.group(1), true, true));
        }
        // 三个“坚持挂……”: the words quoted are the start of each item, the ellipsis is not part of them
        String question = ELLIPSIS_IN_QUOTE.matcher(asked).replaceAll("");
        Matcher counted = COUNTED_WORD.matcher(question);
        if (counted.find()) {
            return Optional.of(new SloganAsk(counted.group(1) + "个" + counted.group(2), false, true));
        }
        Matcher inQuote = COUNT_IN_QUOTE.matcher(question);
        if (inQuote.find()) {
            return Optional.of(new SloganAsk(inQuote.group(1), true, true));
        }
        Matcher placeholder = PLACEHOLDER_COUNTED.matcher(question);
        if (placeholder.find()) {
            return Optional.of(new SloganAsk(placeholder.group(1), true, true));
        }
        Matcher quoteFirst = QUOTE_THEN_COUNT.matcher(question);
        if (quoteFirst.find()) {
            return Optional.of(new SloganAsk(quoteFirst.group(1), true, true));
        }
        Matcher meaning = MEANING.matcher(question);
        while (meaning.find()) {
            if (meaning.group(1) == null) {
                return Optional.of(new SloganAsk(meaning.group(3), false, true));
            }
            if (meaning.group(1).contains(meaning.group(2))) {
                return Optional.of(new SloganAsk(meaning.group(1), false, true));
            }
        }
        Matcher unquoted = COUNT_UNQUOTED.matcher(question.strip());
        if (unquoted.find()) {
            return Optional.of(new SloganAsk(unquoted.group(1), true, true));
        }
        Matcher whichN = WHICH_N.matcher(question);
        if (whichN.find()) {
            return Optional.of(new SloganAsk(whichN.group(1), false, true));
        }
        // 那个行动是几年期的: before 几年期的 reads as a name of its own (期的)
        Matcher years = YEARS_OF.matcher(question.strip());
        if (years.find()) {
            return Optional.of(new SloganAsk(years.group(1), true, false));
        }
        Matcher named = COUNT_IN_NAME.matcher(question.strip());
        if (named.find()) {
            return Optional.of(new SloganAsk(named.group(1), true, false));
        }
        // 双语调解队是由几类人组成的, 专门队伍是由几类人员组成的: the group, by the members its sentence lists
        Matcher madeOf = MADE_OF.matcher(question);
        if (madeOf.find()) {
            // 组建的专门队伍: what the group is, not how it came to be
            String group = madeOf.group(1).replaceFirst("^.*的(?=\\p{IsHan}{2})", "");
            return Optional.of(new SloganAsk(group, true, false));
        }
        Matcher count = COUNT.matcher(question);
        if (count.find()) {
            boolean quoted = count.group(1) != null;
            String phrase = quoted ? count.group(1)
                    : count.group(2) != null ? count.group(2) : count.group(3) != null ? count.group(3)
                    : count.group(4) != null ? count.group(4) : count.group(5) != null ? count.group(5)
                    : count.group(6) != null ? count.group(6).replaceAll("(?:方面|领域)?的", "") : count.group(7);
            // 哪几个“坚持”: the items asked, not their count
            // 那几个“挂”，分别是啥 asks the items; 列了几条，分别是什么 asks the count, then the items
            int ji = count.group().indexOf('几');
            char before = ji > 0 ? count.group().charAt(ji - 1)
                    : count.start() > 0 ? question.charAt(count.start() - 1) : ' ';
            boolean which = count.start() > 0 && question.charAt(count.start() - 1) == '哪'
                    || itemsOnly(question.substring(count.end())) && (ji < 0 || before == '那' || before == '这');
            return Optional.of(new SloganAsk(phrase, !which, quoted));
        }
        return Optional.empty();
    }

    /**
     * 增强几个意识、坚定几个自信、做到几个维护: one count per clause that asks one (each phrase once); empty when the
     * question asks fewer than two.
     */
    public static List<SloganAsk> several(String question) {
        List<SloganAsk> asks = new ArrayList<>();
        for (String clause : question.split("[、，,；;？?]")) {
            Optional<SloganAsk> ask = of(clause.strip()).filter(SloganAsk::count);
            if (ask.isPresent() && asks.stream().noneMatch(a -> a.phrase().equals(ask.get().phrase()))) {
                asks.add(ask.get());
            }
        }
        return asks.size() >= 2 ? List.copyOf(asks) : List.of();
    }
}
