package com.reportqa.question;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measure words a question's figure may be stated in: 几个执法人员 is answered in 人 or 名, 几起 in 件 or 起,
 * 多少钱 in 元; and which stated units rank together in a comparison.
 */
public final class MeasureWords {

    private static final Map<String, Set<String>> UNIT_GROUPS = Map.ofEntries(
            Map.entry("人", Set.of("人", "名", "位", "人次")),
            Map.entry("名", Set.of("名", "人", "位")),
            Map.entry("位", Set.of("位", "名", "人")),
            Map.entry("人次", Set.of("人次", "人")),
            Map.entry("家次", Set.of("家次", "家", "次")),
            Map.entry("户次", Set.of("户次", "户", "次")),
            Map.entry("件次", Set.of("件次", "件", "次")),
            Map.entry("件", Set.of("件", "起", "宗", "个", "例")),
            Map.entry("起", Set.of("起", "件", "宗")),
            Map.entry("宗", Set.of("宗", "起", "件")),
            Map.entry("次", Set.of("次", "场", "场次", "期", "轮", "批")),
            Map.entry("场", Set.of("场", "次", "场次", "期")),
            Map.entry("场次", Set.of("场次", "场", "次")),
            // 组织了几回: said 回, written 次 or 场
            Map.entry("回", Set.of("次", "场", "场次", "期", "回")),
            // 几个 is the generic counter: 几个执法人员 is answered in 人 or 名
            Map.entry("个", Set.of("个", "家", "户", "所", "处", "项", "个方面", "件", "人", "名", "位", "支", "座", "村")),
            Map.entry("家", Set.of("家", "个", "户", "家次")),
            Map.entry("户", Set.of("户", "家", "个")),
            Map.entry("项", Set.of("项", "个", "条", "件")),
            // 几条问题线索 is answered by 问题线索6件: reports count clues and suggestions in either
            Map.entry("条", Set.of("条", "项", "个", "件")),
            Map.entry("份", Set.of("份", "件", "个", "篇")),
            Map.entry("批次", Set.of("批次", "批")),
            // 办了多少笔业务 is answered by 办理业务2.9万余件: reports count transactions as 件
            Map.entry("笔", Set.of("笔", "件", "单")),
            Map.entry("单", Set.of("单", "笔", "件")),
            Map.entry("元", Set.of("元")),
            // reports write 12.5万元, which the extractor reads as 125000 元
            Map.entry("万元", Set.of("元")),
            Map.entry("钱", Set.of("元")),
            Map.entry("金", Set.of("元")),
            Map.entry("个方面", Set.of("个方面", "方面", "个")),
            Map.entry("个百分点", Set.of("个百分点")),
            Map.entry("百分", Set.of("%")));

    /** Measure words that count the same kind of thing, so that their figures can be ranked together. */
    private static final List<Set<String>> FAMILIES = List.of(Set.of("件", "起", "宗", "例"),
            Set.of("人", "名", "位"), Set.of("人次"), Set.of("次", "场", "场次", "期", "轮"),
            Set.of("个", "家", "户", "所", "处"), Set.of("元"), Set.of("%"), Set.of("项", "条"));

    /** The measure words whose figures compare with one in {@code unit} (件 and 起, not 个). */
    public static Set<String> compatible(String unit) {
        return FAMILIES.stream().filter(f -> f.contains(unit)).findFirst().orElse(Set.of(unit));
    }

    /** 次数, 人数, 件数, 金额, 罚款总额: a question that names what kind of count it wants without an interrogative. */
    private static final Pattern COUNT_NOUN = Pattern.compile(
            "(场次|人次|家次|户次|次|人|件|场|项|条|份|户|家|(?<![这那一])个)数(?!据|字|量)|(场次)(?![0-9])|金(?=额)|(?<=[罚款处罚])(?:总)?额|(?<=标的)额");

    /** 多少问题, 几条隐患: a noun right after the interrogative that is counted in 个/项/条/件/处 only. */
    private static final Pattern THING_COUNTED = Pattern.compile(
            "(?:多少|几)\\s*(?:问题|隐患|事项|意见|建议|线索|风险点)");

    /** 多少纠纷, 几个案子: disputes and cases asked without a measure word, nothing named after them. */
    private static final Pattern CASES_COUNTED = Pattern.compile(
            "(?:多少|几)\\s*(?:矛盾纠纷|纠纷|案件|案子|信访件|信访)(?=\\s*[？?，,。；;]|\\s*$|呢|吗)"
                    // 哪个镇办的案子多: cases compared, never the 55名 people who handled them
                    + "|(?:案件|案子)(?:数|量)?\\s*(?:更|最|比较)?[多少](?=\\s*[？?，,。]|\\s*$)");

    /** 多少报酬, 多少经费: money asked without a measure word, counted in 元 only (never 审查合同30份). */
    private static final Pattern MONEY_COUNTED = Pattern.compile(
            "(?:多少|几)\\s*(?:报酬|补贴|补助|经费|资金|费用|工资|薪酬|奖金|奖补|欠薪|罚款|罚金|款项)");

    /** 拆了多大面积, 面积有多少: an area, never the 27处 of the sites it covers. */
    private static final Pattern AREA_COUNTED = Pattern.compile("(?:多大|多少)\\s*面积|面积\\s*(?:是|有|为|达到?)?\\s*(?:多大|多少)");

    /** 多少执法人员, 几名…: people asked without a measure word, the noun right after the asking word. */
    private static final Pattern PEOPLE_COUNTED = Pattern.compile(
            "(?:多少|几)\\s*\\p{IsHan}{0,4}?(?:人员|干部|律师|调解员|网格员|公务员|法律顾问|明白人)(?=\\s*[？?，,。；;]|\\s*$|呢|吗)");

    /** Nouns for people: 几个法律顾问 counts people, never 件. */
    private static final Pattern PERSON = Pattern.compile(
            "(顾问|律师|人员|干部|代表|委员|负责人|明白人|调解员|网格员|书记|镇长|区长|公务员|群众|人)"
                    + "\\s*(?:请|聘请|聘|配备|配|有|共有|选|培养)?了?\\s*[?？]?$");
    /** 多少个村（社区）: 个 counting places or bodies, never people or cases. */
    private static final Pattern BODY_AFTER = Pattern.compile("^\\s*(?:村|社区|镇|乡|街道|部门|单位|科室|站所|网格|小组|平台|中心)");

    /** The measure word a question wrote after 多少/几 (多少项 → 项); "" for none and for the generic 个. */
    static String written(String interrogatives) {
        Matcher m = AskSplitter.INTERROGATIVE.matcher(interrogatives);
        while (m.find()) {
            if (m.group(2) != null) {
                return m.group(2).equals("个") ? "" : m.group(2);
            }
        }
        return "";
    }

    static Set<String> units(String interrogatives, String metric) {
        Set<String> units = new LinkedHashSet<>();
        Matcher m = AskSplitter.INTERROGATIVE.matcher(interrogatives);
        while (m.find()) {
            String unit = m.group(2);
            if ("个".equals(unit) && Pattern.compile(Pattern.quote(m.group()) + BODY_AFTER.pattern().substring(1))
                    .matcher(interrogatives).find()) {
                units.addAll(Set.of("个", "家", "所", "处", "村"));
                break;
            }
            if ("个".equals(unit) && PERSON.matcher(metric.strip()).find()) {
                units.addAll(UNIT_GROUPS.get("人"));
                break;
            }
            if (unit != null) {
                // 多少册: a measure word without kin is counted in itself, never in any unit at all
                units.addAll(UNIT_GROUPS.getOrDefault(unit, Set.of(unit)));
                break;
            }
        }
        if (units.isEmpty() && THING_COUNTED.matcher(interrogatives).find()) {
            // 发现了多少问题: problems are counted in 个/项/条/处, never in the 轮 of the inspection that found them
            units.addAll(Set.of("个", "项", "条", "件", "处"));
        }
        if (units.isEmpty() && MONEY_COUNTED.matcher(interrogatives).find()) {
            units.add("元");
        }
        if (units.isEmpty() && AREA_COUNTED.matcher(interrogatives + metric).find()) {
            units.addAll(List.of("平方米", "平方公里", "亩", "公顷"));
        }
        if (units.isEmpty() && PEOPLE_COUNTED.matcher(interrogatives).find()) {
            // 有多少执法人员: people, never the 1400余次 of their patrols
            units.addAll(UNIT_GROUPS.get("人"));
        }
        if (units.isEmpty() && CASES_COUNTED.matcher(interrogatives).find()) {
            // 受理了多少纠纷: cases, never the 9个 村调委会 that took them in
            units.addAll(Set.of("件", "起", "宗", "例"));
        }
        if (units.isEmpty() && CHANGE_SHARE.matcher(metric).find()) {
            units.addAll(Set.of("%", "个百分点")); // 罚款金额的增幅: a change in per cent, whatever was counted
        }
        if (units.isEmpty()) {
            Matcher count = COUNT_NOUN.matcher(interrogatives + " " + metric);
            if (count.find()) {
                // 宣讲场次多: a count noun names the measure word it is counted in
                String unit = count.group(1) != null ? count.group(1) : count.group(2) != null ? count.group(2) : "金";
                units.addAll(UNIT_GROUPS.get(unit));
            }
        }
        if (units.isEmpty() && (metric.endsWith("率") || interrogatives.contains("百分") || interrogatives.contains("比例")
                || interrogatives.contains("比重") || metric.contains("比例"))) {
            units.addAll(UNIT_GROUPS.get("百分"));
        }
        if (units.isEmpty() && WEIGHT.matcher(metric).find()) {
            units.addAll(UNIT_GROUPS.get("百分")); // 在考核里占的分值/权重: a weight, stated in per cent (权重5%)
        }
        if (units.isEmpty() && SHARE_OF.matcher(metric.strip()).find()) {
            units.addAll(UNIT_GROUPS.get("百分")); // 分值占多少: a share, stated in per cent (分值占比6%)
        }
        if (units.isEmpty() && CHANGE.matcher(metric).find()) {
            units.addAll(Set.of("%", "个百分点")); // 比上年降了多少: reports state a change against last year in per cent
        }
        if (units.isEmpty() && SCORE.matcher(interrogatives + " " + metric).find()) {
            units.add("分"); // 平均分是多少: a score, never the 60余名 who sat the exam
        }
        return units;
    }

    /** 比上年降了多少, 同比增长多少, 增幅: a change against an earlier year, asked without a measure word. */
    private static final Pattern CHANGE = Pattern.compile(
            "(?:比|较|同比|环比)\\s*(?:上一?年|去年|往年|\\d{4}年)?\\s*\\p{IsHan}{0,4}?\\s*(?:增长|增加|下降|降低|减少|上升|提高|涨|降)"
                    + "|增幅|降幅|涨幅");

    private static final Pattern CHANGE_SHARE = Pattern.compile("增幅|降幅|涨幅");

    /** 分值占多少 asks a share; 道路交通、林业各占多少 (各 gone, a space left) asks each part's count. */
    private static final Pattern SHARE_OF = Pattern.compile("\\p{IsHan}{2}占比?$");

    private static final Pattern WEIGHT = Pattern.compile("权重|占的?分值|分值占比?");

    private static final Pattern SCORE = Pattern.compile("平均分|得分|分数|多少分|几分");

    private MeasureWords() {
    }
}
