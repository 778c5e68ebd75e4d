package com.reportqa.export;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFigure;
import com.reportqa.answer.Citation;
import com.reportqa.answer.Mode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Hand-made answers over real paragraphs of the shipped corpus, and a clock fixed on an export day. */
final class ExportFixtures {

    /** 01:00 on 2026-11-23 in Beijing while it is still the 22nd in UTC: the access date must be the 23rd. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T17:00:00Z"), ZoneId.of("Asia/Shanghai"));

    static final String YANFENG_TEXT = "健全完善行政权力制约监督机制,确保政府权力在“阳光”下运行、在法治轨道上运行。"
            + "二是化解争议,提升行政应诉水平。切实发挥好行政复议化解行政争议的主渠道作用,全年审结行政复议57件,"
            + "发出行政复议建议书2份。";
    static final String JIANLONG_TEXT = "2024年,全镇共受理各类矛盾纠纷224件,化解223件,化解率99%,共受理各类信访23件,"
            + "化解23件,化解率100%。";
    static final String HUANGXI_TEXT = "（四）坚持在党的领导下，深化新时代“枫桥经验”。一是深化矛盾纠纷排查和化解工作，"
            + "依法依理处理信访案件，共受理来信来访12件，办结12件，办结率100%。排查各类矛盾纠纷180起，均已调解成功。";
    /** Not from a report: a paragraph that would break a naive CSV writer (comma, quote, line break). */
    static final String AWKWARD_TEXT = "-1 也要照录：\"引号\", 逗号\n第二行";

    static final Citation YANFENG = new Citation(1, "004_439855eb73e9025e.txt", "06470d6b42e3",
            "衡阳市雁峰区2024年度法治政府建设情况报告", "衡阳市雁峰区人民政府", "衡阳市雁峰区", 2024, "2025-03-28",
            "https://www.hyyf.gov.cn/fzzf/2024.html", "06470d6b42e3-p12", "一、2024推进法治政府建设的主要举措和成效 › (五)",
            YANFENG_TEXT, "57件");
    static final Citation JIANLONG = new Citation(1, "000_a11ebd4c0f3e8d67.txt", "a11ebd4c0f3e",
            "重庆市璧山区健龙镇人民政府关于2024年度法治政府建设情况的报告", "重庆市璧山区健龙镇人民政府", "重庆市璧山区健龙镇",
            2024, "2025-03-19", null, "a11ebd4c0f3e-p30", "(八)多渠道防范和化解社会矛盾", JIANLONG_TEXT, "224件");
    static final Citation HUANGXI = new Citation(2, "003_3ba48369459b5a14.txt", "3ba48369459b", "2024年度法治政府建设报告",
            null, "重庆市黔江区黄溪镇", 2024, null, null, "3ba48369459b-p21", "一、法治政府建设完成情况", HUANGXI_TEXT,
            "180起");
    /** A second paragraph of the 健龙镇 report: the reference list must still name that report once. */
    static final Citation JIANLONG_AGAIN = new Citation(2, "000_a11ebd4c0f3e8d67.txt", "a11ebd4c0f3e",
            JIANLONG.reportTitle(), JIANLONG.issuer(), JIANLONG.place(), 2024, "2025-03-19", null, "a11ebd4c0f3e-p31",
            "(九)数字赋能平安法治建设工作", AWKWARD_TEXT, null);

    static final Answer NUMERIC = new Answer(null, "雁峰区行政复议审结多少件？",
            "**57件**。衡阳市雁峰区2024年度报告原文：“全年审结行政复议57件”[1]", Mode.NUMERIC, List.of(YANFENG),
            List.of(new AnswerFigure(new BigDecimal("57"), "件", null, "57件", "审结行政复议", "衡阳市雁峰区", 2024, 1)),
            null, null, "conv-1");
    static final Answer COMPARE = new Answer(null, "健龙镇和黄溪镇哪个矛盾纠纷更多？",
            "**健龙镇**更多（224件）。\n\n| 排名 | 地方 | 年度 | 数字 | 原文 |\n|---|---|---|---|---|\n"
                    + "| 1 | 健龙镇 | 2024 | 224件 | “共受理各类矛盾纠纷224件”[1] |\n"
                    + "| 2 | 黄溪镇 | 2024 | 180起 | “排查各类矛盾纠纷180起”[2] |\n",
            Mode.NUMERIC, List.of(JIANLONG, HUANGXI), List.of(), false, "模型暂不可用，以下为原文摘录。", "conv-1");
    static final Answer AWKWARD = new Answer(null, "=HYPERLINK(\"http://x\")", "- 健龙镇：数字赋能[1]\n- 法律顾问[2]",
            Mode.EXTRACTIVE, List.of(JIANLONG, JIANLONG_AGAIN), List.of(), null, null, "conv-1");
    static final Answer NONE = new Answer(null, "珠晖区受理多少件？", "语料中没有珠晖区的报告。", Mode.NO_ANSWER, List.of(),
            List.of(), null, null, "conv-1");

    static final List<Answer> CONVERSATION = List.of(NUMERIC, COMPARE, AWKWARD, NONE);

    /** The reference list of {@link #CONVERSATION}, written out by hand from GB/T 7714-2015. */
    static final List<String> REFERENCES = List.of(
            "衡阳市雁峰区人民政府. 衡阳市雁峰区2024年度法治政府建设情况报告[EB/OL]. (2025-03-28)[2026-11-23]. "
                    + "https://www.hyyf.gov.cn/fzzf/2024.html.",
            "重庆市璧山区健龙镇人民政府. 重庆市璧山区健龙镇人民政府关于2024年度法治政府建设情况的报告[EB/OL]. "
                    + "(2025-03-19)[2026-11-23].",
            "2024年度法治政府建设报告[EB/OL]. [2026-11-23].");

    private ExportFixtures() {
    }

    static ExportService service() {
        return new ExportService(CLOCK, JsonMapper.builder().build());
    }
}
