package com.reportqa.figures;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the "what is counted" words of a figure from its clause. Reports write either
 * "verb/noun + number" (受理各类矛盾纠纷224件) or "number + noun" (55名执法人员均完成…),
 * so the words before the number win unless they are only filler, or they dangle (a
 * modifier ending in 的, a connector or preposition, an opening quote) and therefore
 * belong to the noun after the number; then the noun after the number is used.
 */
final class MetricBuilder {

    /** Section markers that open a clause: (一) 1. 1、 一、 */
    private static final Pattern SECTION_MARKER =
            Pattern.compile("^(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)");
    private static final Pattern YEAR_WORDS = Pattern.compile(
            "(?:19|20)\\d{2}\\s*年度?(?:以来|来|内|底|初)?|\\d{1,2}(?:\\s*[-—至到]\\s*\\d{1,2})?\\s*月份?(?:以来)?");
    /** Leading time words, subjects and adverbs that say nothing about what is counted. */
    private static final Pattern LEADING_FILLER = Pattern.compile("^(?:"
            + "[今本当全]年(?:度|以来)?|年内|截至目前|目前|以来"
            + "|同时|此外|另外|其中|共有|现有|共计|合计|累计|总计|先后|已经|已|均|并|还|又|全部|坚决做到|做到|确保|实现"
            + "|[全我本][镇区县市乡省州]|共(?![享同建治识商产青])|以及|及(?!时)|和(?![解谐])|与(?!会)|另(?!行)"
            + "|\\s+)");
    /** Trailing link words between the counted thing and its number (化解率为99%, 达3206万次). */
    private static final Pattern TRAILING_FILLER = Pattern.compile("(?:达到|(?<![下传表通送抵到])达"
            + "|(?<![行作认成因称视以更较最广])为|共计|合计|累计|总计|(?<!公)共|了|均|都|分别|已"
            + "|[全我本][镇区县市乡]|\\s+)$");
    /** (社区) right after a unit noun: 村(社区) counts villages and communities. */
    private static final Pattern WIDENING_BRACKET = Pattern.compile("[(（]\\p{IsHan}{1,4}[)）]");

    /** Endings that attach the words before the number to the noun after it. */
    private static final Pattern DANGLING = Pattern.compile(
            "(?:的|以及|及|和|与|、|或|[“‘\"「]|(?<![核比应针面反相绝校])对|向|给|把|将)$");
    private static final Pattern PEOPLE = Pattern.compile("(?:人|名|位|人次)$");
    private static final Pattern TAKING_PART = Pattern.compile("参加|参与|出席|参训|参考|参学|接受|旁听");
    /** A verb setting up one group of people (组建一支, 成立一个, 打造一批) before the number of its members. */
    private static final Pattern GROUP_SET_UP = Pattern.compile("(?:组建|成立|建立|打造|组成|培育|建设|配备)了?一[支个批]$");
    private static final Pattern BARE_PREPOSITION = Pattern.compile("^[对向为在给将把从]$");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’「」『』]");
    private static final List<String> AFTER_STOPS =
            List.of("均", "都", "已", "全部", "分别", "以及", "进行", "”", "’", "\"", "」");

    private MetricBuilder() {
    }

    /**
     * @param text     the paragraph (original characters)
     * @param from     where the words for this figure may begin (clause start or the end of
     *                 the previous figure in the same clause)
     * @param rawStart start of the figure's raw text
     * @param rawEnd   end of the figure's raw text
     * @param to       where the words after the figure must stop
     */
    static String metric(String text, int from, int rawStart, int rawEnd, int to) {
        String words = dropUnbalancedQuoteTail(text.substring(from, rawStart));
        String before = clean(words);
        String after = nounAfter(text.substring(rawEnd, to));
        boolean dangling = DANGLING.matcher(before).find() || BARE_PREPOSITION.matcher(before).matches();
        String metric;
        // 组织全镇干部共159人参加学法考试: people counted by what they took part in, which follows the number
        boolean takingPart = PEOPLE.matcher(text.substring(rawStart, rawEnd)).find()
                && TAKING_PART.matcher(after).lookingAt();
        if (takingPart && !before.isEmpty() && !dangling) {
            return QUOTES.matcher(before + after).replaceAll("").strip();
        }
        if (before.isEmpty() || dangling) {
            // 全区48村(社区)与律师事务所…: the unit is the noun counted, the bracket only widens it
            String raw = text.substring(rawStart, rawEnd);
            if (WIDENING_BRACKET.matcher(after).lookingAt() && Character.UnicodeScript.of(raw.codePointBefore(raw.length()))
                    == Character.UnicodeScript.HAN) {
                after = raw.substring(raw.length() - 1) + after;
            }
            // 为全镇领导干部、行政执法人员及55名基层法律明白人开展专题讲座: those a thing was done for are counted,
            // not the thing done (开展专题讲座 is the sentence's verb)
            Matcher done = DONE_FOR.matcher(after);
            if (done.find() && BENEFICIARY.matcher(sentenceBefore(text, rawStart)).find()) {
                after = after.substring(0, done.start());
            }
            metric = !after.isEmpty() ? after : before.isEmpty() ? unstripped(words) : before.replaceFirst("的$", "");
        } else {
            // A bare verb (组织422名行政工作人员参加…) says what is counted only with its object.
            // 组建一支19名专业律师组成的法律顾问专家库: a group set up says what it is only after the number
            metric = (before.length() <= 2 || GROUP_SET_UP.matcher(before).find()) && !after.isEmpty()
                    ? before + after : before;
        }
        return QUOTES.matcher(metric).replaceAll("").strip();
    }

    /**
     * A list item split off inside a quote (“双随机、一公开”抽查…) starts with the tail of that
     * quote; the quoted name is not what is counted.
     */
    private static String dropUnbalancedQuoteTail(String words) {
        int close = words.indexOf('”');
        int open = words.indexOf('“');
        return close >= 0 && (open < 0 || open > close) ? words.substring(close + 1) : words;
    }

    private static String clean(String words) {
        String s = SECTION_MARKER.matcher(words.strip()).replaceFirst("");
        s = YEAR_WORDS.matcher(s).replaceAll("");
        int cut = s.lastIndexOf("方式");
        if (cut >= 0 && cut + 2 < s.length()) {
            s = s.substring(cut + 2); // 通过…的方式聘请法律顾问 → 聘请法律顾问
        }
        String previous;
        do {
            previous = s;
            s = LEADING_FILLER.matcher(s).replaceFirst("");
            s = TRAILING_FILLER.matcher(s).replaceFirst("");
        } while (!s.equals(previous) && !s.isEmpty());
        return s;
    }

    /** When everything was filler and nothing follows (全区48村), keep the filler words. */
    private static String unstripped(String words) {
        return YEAR_WORDS.matcher(SECTION_MARKER.matcher(words.strip()).replaceFirst("")).replaceAll("");
    }

    /** The verb of a sentence whose beneficiaries are counted before it: 开展, 举办, 提供. */
    private static final Pattern DONE_FOR = Pattern.compile("(?<=\\p{IsHan}{2})(?:开展|举办|进行|提供|召开|组织|讲授|宣讲)");
    /** 为/给/向 those counted: the people a thing was done for. */
    private static final Pattern BENEFICIARY = Pattern.compile("(?<![作成认因行以称视广更])为(?![主民])|给|向");

    private static String sentenceBefore(String text, int at) {
        int start = at;
        while (start > 0 && "。；;！？!?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start, at);
    }

    private static String nounAfter(String words) {
        String s = words.strip();
        while (!s.isEmpty() && "的”’\"」".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        int cut = s.length();
        for (String stop : AFTER_STOPS) {
            int at = s.indexOf(stop);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        // 集中学习习近平法治思想并进行学习讨论: the link word before a stop is no part of the noun
        return s.substring(0, cut).strip().replaceFirst("(?:并|和|及|与|、)$", "");
    }
}
