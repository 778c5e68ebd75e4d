package com.reportqa.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question about the report itself asks for: when it was published or signed, who issued it, or the
 * document numbers (文号) it cites, its index number and its addressee. Asked in the words officials use (哪天发布的,
 * 发文机关是谁, 什么文号, 报送给谁).
 */
public enum MetadataField {
    /** the date the report was published (发布日期, 哪天发布的) */
    PUBLISHED(Pattern.compile("发布(日期|时间)|(哪天|哪一天|什么时候|什么时间|啥时候|何时|几月几[日号])((在|挂到|放到|传到|发到|挂在|放在)?(网上|网站上?|官网上?))?(发布|印发|公布|发出来?|发上去|发(?!文)|出|上网|挂网|挂出来?)的?|(哪天|哪一天|什么时候|啥时候|何时)(挂到|放到|传到|发到|挂在|放在)(网上|网站上?|官网上?)|发布于"
            // 网上挂出来的日期是哪天
            + "|(挂出来?|挂网|挂到网上|放到网上|上网|发出来)的?(日期|时间|日子)"
            + "|(报告|那篇|这篇|那份|这份)\\S{0,6}(哪天|哪一天|什么时候|啥时候|何时)发的"
            // 网页上标的日期是哪天
            + "|(网页|网站|页面|官网|网上)(上|里)?(标|写|显示|注明|标注|标明|挂)(着的|的|着)?(日期|时间)"
            // 网页上发布是哪天
            + "|发布(又|则)?(是|在|于)(哪天|哪一天|什么时候|啥时候|何时|几号|几月几[日号])"
            // 公文生成日期: how some pages label the date they put the report out
            + "|(公文|文件)生成(日期|时间)|(公文|文件)(是)?(哪天|哪一天|什么时候|啥时候|何时|几月几[日号])生成")),
    /** the date written under the signature (落款日期, 成文日期) */
    SIGNED(Pattern.compile("落款(日期|时间)|发文(日期|时间)"
            + "|落款(又|还|上)?(是|为|写的是?|写着|在)?(哪天|哪一天|哪日|几号|几月几[日号]|什么日期|什么时间|什么时候)"
            // 哪天发文的: the date the document was issued under, as pages label it (发文日期)
            + "|成文(日期|时间)|(哪天|哪一天|什么时候|啥时候|何时)(落款|成文|报送|上报|发文)"
            // 成文是哪天，发布又是哪天
            + "|成文(又|则)?(是|在|于)(哪天|哪一天|什么时候|啥时候|何时|几号|几月几[日号])"
            // 那份报告是哪天形成的
            + "|(哪天|哪一天|什么时候|啥时候|何时)(形成|写成|定稿)|形成(日期|时间)"
            // 落款单位是谁、哪天: the signing body and then its date, asked in one breath
            + "|落款[^？?。]{0,10}?[、，,和](是|在|写的是?)?(哪天|哪一天|哪日|几号|几月几[日号]|什么日期|什么时候|日期)")),
    /** the bodies signing under the text (落款单位) */
    SIGNER(Pattern.compile("(?<![没无未])落款(单位|机关)|落款(是|为|写的是?)?(哪个|哪一个|哪家|哪几家|哪些家?|哪两家|哪几个|哪两个|什么)(单位|机关|部门)?|落款(是|为|写的是?)?(谁|哪里)|署名(单位|机关)?"
            // 报告落的是哪几个单位: 落款 said short
            + "|落的是?(哪个|哪一个|哪家|哪几家|哪些家?|哪两家|哪几个|哪两个|什么)(单位|机关|部门)")),
    /** the body that issued the report (发文机关, 哪个单位发布的) */
    ISSUER(Pattern.compile("发布(单位|机构|机关|部门|方)|发文(机关|单位|部门)|出具(单位|机关)"
            + "|(哪个|哪一个|哪家|哪几家|哪些家?|哪两家|什么|哪些|哪两个|哪几个)(单位|部门|机关|机构|政府)?(联合|共同|联名)?"
            + "(发布|印发|发的|出的|出具|制发|公布|报的|上报的|报送的|写的|撰写的|起草的|编写的)"
            + "|(谁|何人)(发布|印发|发的|出具)"
            // 是镇政府自己发的还是跟镇党委一起发的: alone or jointly, the issuer asked either way
            + "|(自己|单独|独自|一起|联合|共同|联名)(发布|印发|发|出|报)的?(还是|吗)"
            + "|[以用](哪个|哪些|哪家|哪几家|哪两家|什么|谁的|哪几个|哪两个)\\S{0,8}名义|来源(单位|机构|机关)"
            + "|来源(是|为|写的是?|写着|标的是?|署的是?|署着)?(哪个|哪一个|哪家|什么|哪里|哪)")),
    /** the report's own title (标题, 全称, 报告叫什么) */
    TITLE(Pattern.compile("(报告|文件)的?(标题|题目|全称|全名|名称|名字)|(报告|文件)是(什么|啥)(名字|标题)"
            + "|(报告|文件)(全称|全名)?叫(什么|啥)|^标题|(正式)?(标题|题目)(的)?(全称|全名)(叫|是)(什么|啥)"
            // 那份法治政府建设报告，全称叫什么
            + "|(报告|文件)[，,]\\s*(全称|全名|标题|题目)(叫|是)(什么|啥)")),
    /** the document numbers the report cites (〔2024〕10号) */
    DOCUMENT_NUMBER(Pattern.compile("文号|发文字号|发文号|文件编号|文件字号")),
    /** the page's information index number (信息索引号 011123465/2023-09876) */
    INDEX_NUMBER(Pattern.compile("索引号|索引编号")),
    /** whom the report is addressed to (中共渠县委员会、渠县人民政府：) */
    ADDRESSEE(Pattern.compile("报送给|报给|报送(对象|单位|的?机关)|呈报|主送|上报给|(向|给)(谁|哪里|哪个单位|哪些单位|哪一级)(报告|报送|上报|提交|报(?!告))"
            // 听取审议后向谁汇报 asks about a meeting; only the report itself is 汇报ed in an addressee question
            + "|报告[^，,。？?]{0,8}(向|给)(谁|哪里|哪个单位|哪些单位)汇报"
            + "|(报告|报送|提交|打|写|呈)给(了)?(谁|哪)"));

    /** Questions about what a report says happened, not about the report: 发布了多少条信息, 发布公告几次. */
    private static final Pattern COUNTED = Pattern.compile("多少|(?<!哪)几[条次篇个件份项]");
    /** 文号是多少: the 多少 asks a document's number, no count, and leaves the other fields asked. */
    private static final Pattern NUMBER_ASKED = Pattern.compile("(?:文号|字号|发文号|索引号|编号)(?:是|为)?(?:多少|几号)");

    private final Pattern asked;

    MetadataField(Pattern asked) {
        this.asked = asked;
    }

    /** The field a question asks for, or empty when it asks about something the report says. */
    public static Optional<MetadataField> asked(String text) {
        return allAsked(text).stream().findFirst();
    }

    /** Every field asked, in the order the question asks them (啥时候发的？来源是哪个单位？ → date, issuer). */
    public static List<MetadataField> allAsked(String text) {
        List<Integer> at = new ArrayList<>();
        List<MetadataField> fields = new ArrayList<>();
        for (MetadataField field : values()) {
            Matcher m = field.asked.matcher(text);
            if (m.find() && (field == DOCUMENT_NUMBER || field == INDEX_NUMBER || field == TITLE
                    || !COUNTED.matcher(NUMBER_ASKED.matcher(text).replaceAll("")).find())) {
                int i = 0;
                while (i < at.size() && at.get(i) <= m.start()) {
                    i++;
                }
                at.add(i, m.start());
                fields.add(i, field);
            }
        }
        return List.copyOf(fields);
    }
}
