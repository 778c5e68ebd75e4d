package com.reportqa.question;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the asker says of themselves before the question (我们镇准备搞法治政府示范创建，想参考下江口镇的做法：专题会多长时间
 * 开一次？). Its plans are the asker's, not the report's (准备 there is no 计划 asked of the report), and its words are
 * no part of what is asked; the places it names still scope the question, so it is dropped only from the words
 * read for the time asked, the kind, the measures, durations, slogans and mentions.
 */
public final class AskerPreamble {

    /**
     * A first-person clause closed by a colon or a full stop, or by 请问/想问一下/想了解一下. Commas do not close it:
     * 我们想知道江口镇专题会多久开一次 is one question. A clause with a question word of its own is kept, unless a full
     * stop or 请问 closes it and a question follows (想找几个参照。哪几份…？).
     */
    /** What an asker writes the answer into: 材料, 发言稿, 对比表. */
    private static final String WRITINGS = "(?:材料|发言稿|稿子|讲话稿|对比表|汇报|简报)";

    private static final Pattern PREAMBLE = Pattern.compile(
            "^\\s*(?:我们|我|咱们|咱|本人"
                    // 准备执法规范化的对比材料：…: the asker's writing, said without 我
                    + "|(?=(?:在|正在)?(?:准备|整理|起草|撰写|写)[^？?：:。]{0,30}?" + WRITINGS + "))"
                    + "(?<own>[^？?：:。！!—]{2,80}?)"
                    + "(?:[：:。！!]|——|[，,]?\\s*(?:请问|想问(?:一?下)?|问(?:一?下)|想了解(?:一?下)?|想知道)[，,：:]?)");

    /** 想找几个参考，请问…: what follows 请问 is the question, whatever the words before it counted. */
    private static final Pattern ASKING_NEXT = Pattern.compile("(?:请问|想问(?:一?下)?|想了解(?:一?下)?|想知道)[，,：:]?$");
    private static final Pattern ASKS = Pattern.compile("[？?]|多少|几|哪|什么|啥|谁|多久|多长|是否|吗|呢");

    /**
     * 我是分管法治的，想学学江口镇的做法，他们专题会多久开一次？: the asker's clauses are closed only by commas, so they
     * are told by who speaks them: the first names the asker, each further one goes on with the asker's own intent.
     */
    private static final Pattern FIRST_PERSON = Pattern.compile("^\\s*(?:我们|我|咱们|咱|本人)");
    /** 想对比一下三个镇的调解成功率，从高到低怎么排: a clause that says what is to be compared or found is the question's. */
    private static final Pattern NAMES_THE_ASK = Pattern.compile(
            // 对比材料 is what the asker writes, not what is asked
            "(?:对比|比较)(?!材料|稿|文章|报告|表)|比一比|比一下|排名|排序|排一下|了解|知道|统计|查一下|查查|问一下|问问|算一下|算算"
                    // 我想看下信访这块: the block looked at is the topic of what follows
                    + "|看(?:一?下|看)\\p{IsHan}{1,10}?(?:这块|这一块|这方面|方面)"
                    // 我想找组织干部旁听庭审的例子，哪些地方写到了: the examples sought are what is searched for
                    + "|(?:找|搜集|收集)\\p{IsHan}*(?:例子|案例|典型)");
    private static final Pattern ASKER_GOES_ON = Pattern.compile(
            "^\\s*(?:我们|我|咱们|咱|本人|想|准备|打算|正在|正要|要|需要|也想|刚|最近|这次|现在)");

    /** The words of an asking clause that name nothing asked about (都有哪几条, 分别是多少, 从高到低排一下). */
    private static final Pattern ASKING_ONLY = Pattern.compile(
            "[？?，,。！!、\\s]|多少|几|哪|什么|啥|谁|都|有|是|分别|各|一共|总共|共|[条项个类种点]|方面|呢|吗|了"
                    // 麻烦按从高到低排一下: how the answer is to be laid out names nothing either
                    + "|麻烦|请|帮我|帮忙|按|从[高低多少大小]到[高低多少大小]|排个?队|排一?下|排序|排名|一起|最[高低多少]?"
                    // 都有哪些地方？: the reports or places asked for are what every such question lists
                    + "|些|地方|地区|单位|报告|[份家]");

    private static boolean thin(String rest) {
        return ASKING_ONLY.matcher(rest).replaceAll("").codePoints().filter(Character::isIdeographic).count() < 2;
    }

    private AskerPreamble() {
    }

    /**
     * 我在准备健龙镇平安建设的发言稿，报告里矛盾纠纷化解率和…: only the opening clause that names what the asker writes,
     * and the 报告里 after it, taken off — for readers of the measures listed next, which {@link #strip} may take for
     * more of the preamble (想引用两个比例：A和B，这俩哪个高).
     */
    public static String withoutWriting(String question) {
        return WRITING.matcher(question).replaceFirst("");
    }

    private static final Pattern WRITING = Pattern.compile(
            "^[^，,：:。？?]*" + WRITINGS + "[，,：:。]\\s*(?:报告(?:里|中|上))?|^\\s*报告(?:里|中|上)");

    /** The question without the asker's preamble; the question itself when it has none, or nothing is left after it. */
    public static String strip(String question) {
        Matcher m = PREAMBLE.matcher(question);
        if (!m.find()) {
            return withoutTellingClauses(question);
        }
        String rest = question.substring(m.end());
        // 想找几个参照。这几份报告里哪些…？: a sentence closed by a full stop tells, whatever count it names, when a
        // question follows it
        boolean told = (m.group().matches("(?s).*[。！!]$") || ASKING_NEXT.matcher(m.group()).find())
                && ASKS.matcher(rest).find();
        if (!told && (AskSplitter.INTERROGATIVE.matcher(m.group("own")).find()
                || m.group("own").matches(".*(?:多久|多长|哪些|哪几|什么|是否|吗|呢).*"))) {
            // 我在写材料，想把几个地方…排一下，从高到低。: one sentence that asks; its first clauses may still tell
            return withoutTellingClauses(question);
        }
        // 想引用三个镇街的人民调解成功率：A镇、B街、C镇。麻烦排一下: the places blanked, nothing asked is left after it;
        // 我在整理材料，想比一下行政诉讼败诉率：A、B、C，谁最高: the clause that says what is compared is the question's
        if (thin(rest) || NAMES_THE_ASK.matcher(m.group("own")).find()) {
            return withoutTellingClauses(question);
        }
        return rest.codePoints().filter(Character::isIdeographic).count() >= 4 ? rest : question;
    }

    private static String withoutTellingClauses(String question) {
        if (!FIRST_PERSON.matcher(question).find()) {
            return question;
        }
        String[] clauses = question.split("(?<=[，,])");
        int told = 0;
        int length = 0;
        while (told < clauses.length - 1 && !ASKS.matcher(clauses[told]).find()
                && !NAMES_THE_ASK.matcher(clauses[told]).find()
                && (told == 0 || ASKER_GOES_ON.matcher(clauses[told]).find())) {
            length += clauses[told].length();
            told++;
        }
        // 想参考一下洪口镇报告里自己找的问题，都有哪几条？: a question left naming nothing keeps the clause before it
        while (told > 0 && thin(question.substring(length))) {
            told--;
            length -= clauses[told].length();
        }
        String rest = question.substring(length);
        return told > 0 && ASKS.matcher(rest).find()
                && rest.codePoints().filter(Character::isIdeographic).count() >= 4 ? rest : question;
    }
}
