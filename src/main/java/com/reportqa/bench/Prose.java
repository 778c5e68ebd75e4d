package com.reportqa.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The wording around the figures, in the register of the real reports; no figures except in the plan. */
final class Prose {

    private static final List<String> OPENINGS = List.of(
            "在上级党委、政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，全面践行习近平法治思想，扎实推进法治政府建设各项工作。",
            "深入学习贯彻习近平总书记全面依法治国新理念新思想新战略，按照中央、省、市关于法治政府建设的工作部署，在依法决策、公正文明执法、化解矛盾纠纷等方面综合推进。",
            "紧紧围绕法治政府建设目标，坚持以人民为中心，着力解决人民群众关心的重点问题，不断增强人民群众对法治政府建设的获得感、满意度。");
    private static final List<List<String>> FILLER = List.of(
            List.of("把学习宪法和习近平法治思想纳入党委理论学习中心组学习内容，做到领导率先垂范。",
                    "严格落实领导干部学法用法制度，将学法用法纳入领导班子学习的经常性内容。",
                    "坚持会前学法制度，在党委会议和干部职工大会前集中学习法律法规知识。",
                    "通过专题讲座、集中研讨等方式，提升干部运用法治思维和法治方式解决问题的能力。"),
            List.of("严格执行重大行政决策程序，把公众参与、专家论证、风险评估、合法性审查和集体讨论决定作为必经程序。",
                    "全面落实行政规范性文件“三统一”制度，对规范性文件实行动态管理。",
                    "充分发挥法律顾问在依法决策、合同审查中的作用，防范行权履职中的法律风险。",
                    "凡涉及群众切身利益的重大事项，均广泛听取社会各方面的意见和建议。"),
            List.of("严格落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。",
                    "定期对执法案卷开展评查，对发现的问题限期整改，规范权力运行。",
                    "推行柔性执法和包容审慎监管，全面落实首违不罚和轻微违法免罚制度。",
                    "建立综合行政执法与相关部门的常态化协作机制，形成执法合力。"),
            List.of("坚持和发展新时代“枫桥经验”，推动矛盾纠纷源头预防、前端化解。",
                    "充分发挥基层网格员作用，做到矛盾纠纷早发现、早介入、早解决。",
                    "健全人民调解、行政调解、司法调解联动工作体系，提高调解成功率。",
                    "依法分类处理信访诉求，切实维护群众合法权益。"),
            List.of("深入落实“谁执法谁普法”普法责任制，推动法律进机关、进乡村、进社区、进学校、进企业。",
                    "利用网络平台、微信群、宣传栏等载体开展多形式的普法宣传。",
                    "依托宪法宣传日等重要时间节点集中开展宪法和民法典宣传。",
                    "发挥“法律明白人”在宣传政策法规、化解矛盾纠纷中的示范带动作用。"),
            List.of("深化“放管服”改革，推行“一窗受理、集成服务”，让群众办事少跑腿。",
                    "坚持以公开为常态、不公开为例外，及时公开涉及群众切身利益的政务信息。",
                    "持续优化法治化营商环境，深入开展企业点对点服务，提振企业发展信心。",
                    "自觉接受人大监督、民主监督、司法监督和社会监督。"),
            List.of("全面落实安全生产责任制，切实抓好道路交通、消防等领域安全隐患排查整治。",
                    "完善突发事件应急预案，强化风险预警和应急处置能力。",
                    "补充完善视频监控网格体系，提升社会治安防控水平。",
                    "加强重点人群服务管理，确保辖区社会大局和谐稳定。"));
    private static final List<String> LEADS = List.of("加强", "持续", "深化", "强化", "健全", "推进");

    private Prose() {
    }

    static String opening(Random random) {
        return OPENINGS.get(random.nextInt(OPENINGS.size()));
    }

    static List<String> filler(Random random, int section, int count) {
        List<String> pool = new ArrayList<>(FILLER.get(section));
        Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(count, pool.size()));
    }

    static String lead(Random random) {
        return LEADS.get(random.nextInt(LEADS.size()));
    }

    static String leader(Random random, String self) {
        return self + "党政主要负责人认真履行推进法治建设第一责任人职责，重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。"
                + (random.nextBoolean() ? "成立以党委书记为组长的法治政府建设工作领导小组，定期听取法治政府建设工作汇报。"
                        : "将法治政府建设纳入年度工作计划和干部考核，自觉将履职情况纳入年度述职内容。");
    }

    static String problems(Random random) {
        return random.nextBoolean()
                ? "一是部分干部对依法行政的重视程度不足，法治意识有待加强；二是普法宣传形式比较单一，针对农村地区的法治宣传教育仍存在薄弱环节。"
                : "一是行政执法队伍专业能力参差不齐；二是工作创新不足，对出现的新问题研究不够，解决问题的思路不宽。";
    }

    static String plans(Random random, int nextYear, int events, int trainings) {
        return "（一）加强队伍建设。" + nextYear + "年计划开展法治宣传活动" + events + "场次，组织执法人员业务培训" + trainings
                + "次，不断提高依法行政能力。\n\n（二）扩大宣传范围。创新普法方式，为群众提供更快捷、更便利的法律服务。\n\n"
                + "（三）完善制度保障。" + (random.nextBoolean() ? "健全突发公共事件应急预案，及时化解各种矛盾。"
                        : "推进行政执法制度落地落实，保障人民群众合法权益。");
    }
}
