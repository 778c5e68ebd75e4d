package com.reportqa.question;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalogue question that filters the reports by who issued them: 哪几份是县司法局出的, 有哪些报告是街道办事处发布的,
 * 镇政府出的报告有几份. The body is matched against each report's issuer, 政府 standing for 人民政府 as people say it.
 */
public final class IssuedBy {

    private static final String ISSUED = "(?:出具|发布|印发|制发|报送|上报|提交|撰写|出|发|报|写)的";
    private static final String WHICH = "(?:哪几份|哪些|哪份|几份|多少份|有没有)";
    private static final Pattern BODY_AFTER_WHICH = Pattern.compile(
            WHICH + "(?:报告)?(?:是|都是)?(?:由|以)?(\\p{IsHan}{2,14}?)(?:名义)?" + ISSUED);
    private static final Pattern BODY_BEFORE_WHICH = Pattern.compile(
            "(?:由|以)?(\\p{IsHan}{2,14}?)(?:名义)?" + ISSUED + "(?:报告|那几份|那些|这几份|这些)(?:有|是|一共有|共有)?" + WHICH);
    /** Words that begin no issuing body: what is left of the question before the body. */
    private static final Pattern LEADING = Pattern.compile("^(?:你|这|那|语料|库|里|中|有|的|是|由|以|报告)+");

    private IssuedBy() {
    }

    /** The issuing body the question filters by (县司法局, 街道办事处), or empty when it filters by none. */
    public static Optional<String> of(String question) {
        for (Pattern p : new Pattern[] {BODY_AFTER_WHICH, BODY_BEFORE_WHICH}) {
            Matcher m = p.matcher(question);
            if (m.find()) {
                String body = LEADING.matcher(m.group(1)).replaceAll("");
                if (body.length() >= 2 && BODY.matcher(body).find()) {
                    return Optional.of(body);
                }
            }
        }
        return Optional.empty();
    }

    /** An issuing body ends in what bodies are: 司法局, 人民政府, 办事处, 委员会… */
    private static final Pattern BODY = Pattern.compile("(?:局|政府|办事处|委员会|党委|办公室|街道|镇|乡|县|区|市|司法所|委)$");

    /**
     * Whether a report's issuer is the body asked: 县司法局 in 留坝县司法局, 镇政府 in 沙河镇人民政府, 区委 in 中共某区委员会;
     * 市政府 is not in 拱市乡人民政府 nor in 重庆市南岸区人民政府.
     */
    public static boolean issued(String issuer, String body) {
        if (issuer == null || issuer.isBlank()) {
            return false;
        }
        // 区委 is how people say 区委员会, 镇政府 how they say 镇人民政府
        String plain = issuer.replace("人民政府", "政府").replace("委员会", "委");
        String asked = body.replace("人民政府", "政府").replace("委员会", "委");
        return plain.contains(asked);
    }
}
