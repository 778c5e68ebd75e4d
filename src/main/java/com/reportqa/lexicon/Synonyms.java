package com.reportqa.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ways the reports and the officials asking about them name the same thing (信访 / 来信来访,
 * 化解 / 调解成功, 罚款 / 罚没款). Used to widen lexical queries and to match a question's metric to a
 * figure's metric phrase. Groups are domain vocabulary, not answers to particular questions.
 */
public final class Synonyms {

    private final List<List<String>> groups;
    private final List<String[]> foldings;

    public Synonyms() {
        this(List.of(
                List.of("信访", "来信来访", "来访", "信访件", "信访案件", "信访案子", "上访"),
                List.of("案件", "案子"),
                List.of("主要负责人", "一把手", "主要领导"),
                List.of("不足", "短板", "薄弱环节"),
                List.of("农村", "村里"),
                List.of("化解", "调解", "调处", "调解成功", "成功调解", "化解成功", "成功化解", "调成", "解决"),
                List.of("调解委员会", "调委会", "人民调解委员会"),
                List.of("矛盾纠纷", "纠纷", "矛盾", "纠纷矛盾"),
                List.of("罚款", "罚没款", "罚没", "罚金", "罚了", "罚了款"),
                List.of("处罚", "行政处罚", "查处"),
                List.of("执法人员", "执法队员", "执法力量", "执法队伍"),
                List.of("律所", "律师事务所"),
                List.of("法律顾问", "顾问律师"),
                List.of("行政复议", "复议"),
                List.of("行政诉讼", "应诉", "行政应诉", "行政官司", "被告上法院", "告上法院", "被起诉", "被诉"),
                List.of("普法", "法治宣传", "法治宣讲", "宣讲"),
                List.of("培训", "讲座", "学法", "法律课", "法治课", "授课", "上课", "讲课"),
                List.of("访问量", "浏览量", "点击量"),
                List.of("独立用户", "独立访客", "独立用户访问"),
                List.of("个体户", "个体", "个体工商户"),
                // 新登记市场主体1342户 counts the new market entities, as 新增市场主体6870户 does
                List.of("新增市场主体", "新登记市场主体", "新设立市场主体", "新注册市场主体", "新发展市场主体"),
                List.of("演练", "应急演练"),
                List.of("持证", "持有执法证件", "执法证件", "执法资格证", "执法证"),
                // 法律援助办案量 asks what a report writes as 办理法律援助案件
                List.of("办件", "办理", "处理", "办案"),
                // 处置涉疫矛盾纠纷 is how one report writes what another writes as 处理 (处理 stays 办件 when folded)
                List.of("处理", "处置"),
                // 作出行政处罚决定61件 counts the cases a street decided, as 办理行政处罚案件68件 does elsewhere
                List.of("行政处罚决定", "行政处罚案件"),
                List.of("下一年", "明年", "下步", "下一步", "今后"),
                List.of("组长", "牵头"),
                List.of("决策", "重大行政决策", "重大决策"),
                List.of("政务信息", "政府信息"),
                List.of("人大建议", "人大代表建议", "代表建议"),
                List.of("政协提案", "政协委员提案"),
                List.of("覆盖", "涵盖"),
                // a weight in an appraisal: 权重5% where another report writes 分值占比6%
                List.of("权重", "分值占比", "分值比重", "分值"),
                // 同比涨幅 asks what a report writes as 同比增长50%
                List.of("增长", "增幅", "涨幅", "增长幅度"),
                // 新出的规范性文件 is how an asker says the ones a report 制定s or 颁布s
                List.of("制定", "出台", "颁布", "印发", "新出"),
                List.of("接收", "收到"),
                // 帮农民工讨回欠薪 is what reports write as 追讨欠薪, 追回欠薪 or 讨薪
                List.of("讨回欠薪", "追讨欠薪", "追回欠薪", "讨薪", "讨回工资", "追回工资", "追讨工资"),
                List.of("讨回", "追讨", "追回", "讨要"),
                // 首违不罚 is how officials say 对首次轻微违法行为依法不予处罚
                List.of("不予处罚", "不罚", "免罚", "免予处罚"),
                List.of("首次违法", "首违", "首次轻微违法"),
                List.of("审查", "审核"),
                List.of("受众", "覆盖群众", "受益群众", "惠及群众"),
                List.of("稿件", "稿子"),
                List.of("结案", "已结", "结了"),
                // 已整治62个 is what became of the hazards found, as 已整改3个 is
                List.of("整改", "整治"),
                List.of("违法建筑", "违建", "违章建筑", "违法建设"),
                // 拆违 is how officials say 拆除违法建筑
                List.of("拆除违法建筑", "拆违", "拆除违建", "拆除违法建设", "拆除违章建筑"),
                List.of("群众", "老百姓", "百姓"),
                // 年度述法 is what a 述职述法 report calls the same duty
                List.of("述法", "述职述法", "年度述法"),
                List.of("受理", "收案"),
                List.of("增长", "增加", "上涨", "涨了", "增幅"),
                List.of("下降", "减少", "降低", "降了", "减了", "降幅"),
                // 越级访较上年下降40% asked as 越级访比上年降了多少
                List.of("较上年", "比上年", "比去年", "较去年", "较上一年", "比上一年", "同比"),
                List.of("法律咨询", "答疑解惑", "答疑", "释疑解惑"),
                // 考执法证 is how officials say the 执法资格考试 a report counts its candidates for
                List.of("资格考试", "执法资格考试", "考执法资格", "考执法证", "考取执法证", "考证")));
    }

    Synonyms(List<List<String>> groups) {
        this.groups = List.copyOf(groups);
        List<String[]> f = new ArrayList<>();
        for (List<String> group : groups) {
            group.forEach(w -> f.add(new String[] {w, group.get(0)}));
        }
        f.sort((a, b) -> b[0].length() - a[0].length());
        this.foldings = List.copyOf(f);
    }

    /** The longest synonym starting at {@code at} in {@code text}, or null. */
    public String longestAt(String text, int at) {
        for (String[] f : foldings) {
            if (text.startsWith(f[0], at)) {
                return f[0];
            }
        }
        return null;
    }

    /** The first word of the group {@code word} belongs to. */
    public String canonical(String word) {
        for (String[] f : foldings) {
            if (f[0].equals(word)) {
                return f[1];
            }
        }
        return word;
    }

    /** Rewrites every synonym to its group's first word, longest match first (来信来访 → 信访). */
    public String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String[] f : foldings) {
                if (text.startsWith(f[0], i)) {
                    sb.append(f[1]);
                    i += f[0].length();
                    continue outer;
                }
            }
            sb.append(text.charAt(i++));
        }
        return sb.toString();
    }

    /** The alternatives of every group a word of {@code text} belongs to, longest words first. */
    public Set<String> alternatives(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> group : groups) {
            if (group.stream().anyMatch(text::contains)) {
                out.addAll(group);
            }
        }
        List<String> sorted = new ArrayList<>(out);
        sorted.sort((a, b) -> b.length() - a.length());
        return new LinkedHashSet<>(sorted);
    }

    public List<List<String>> groups() {
        return groups;
    }

    /** The group members of {@code word}, including itself. */
    public Set<String> of(String word) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        for (List<String> group : groups) {
            if (group.contains(word)) {
                out.addAll(group);
            }
        }
        return out;
    }
}
