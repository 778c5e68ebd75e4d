package com.reportqa.bench;

import com.reportqa.bench.GeneratedReport.Gold;
import com.reportqa.bench.Metric.Slot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes one report in the shape of the real ones: a title in one of their forms, an opening paragraph,
 * numbered sections 一、(一) 1. with prose and figures, the 第一责任人 section, problems, and next year's
 * plan (which has figures of its own that must not answer questions about the report year).
 */
final class ReportWriter {

    private static final String[] HEADINGS = {"深入学习贯彻习近平法治思想", "健全依法行政决策机制", "严格规范公正文明执法",
        "多元化解社会矛盾纠纷", "扎实推进全民普法", "持续优化营商环境和政务服务", "筑牢平安法治建设底线"};
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private final Random random;

    ReportWriter(Random random) {
        this.random = random;
    }

    GeneratedReport write(String file, String city, String county, String town, int year, String lawFirm) {
        Map<String, Gold> gold = new LinkedHashMap<>();
        Map<Integer, List<String>> passages = new HashMap<>();
        for (Metric m : Metrics.ALL) {
            // every report states most figures, never all: questions about a missing one must find nothing
            if (random.nextInt(10) < 8) {
                passages.computeIfAbsent(m.section(), k -> new ArrayList<>()).add(render(m, year, gold));
            }
        }
        String self = town != null ? "我镇" : "我区";
        String name = town != null ? town : county;
        StringBuilder sb = new StringBuilder(title(city, county, town, year));
        sb.append(year).append("年，").append(name).append(Prose.opening(random)).append("现将").append(year)
                .append("年度法治政府建设工作情况报告如下：\n\n");
        boolean fullWidth = random.nextBoolean();
        sb.append("一、").append(year).append("年法治政府建设主要举措和成效\n\n");
        for (int s = 0; s < HEADINGS.length; s++) {
            sb.append(fullWidth ? "（" : "(").append(ORDINALS[s]).append(fullWidth ? "）" : ")").append(HEADINGS[s])
                    .append("\n\n");
            List<String> items = new ArrayList<>(passages.getOrDefault(s, List.of()));
            if (s == 1 && lawFirm != null) {
                items.add(0, "我" + (town != null ? "镇" : "区") + "聘请" + lawFirm + "律师作为政府法律顾问，在行政决策、合同审查等工作中发挥积极作用。");
            }
            writeItems(sb, s, items, self);
        }
        sb.append("二、").append(year).append("年党政主要负责人履行推进法治建设第一责任人职责情况\n\n")
                .append(Prose.leader(random, self)).append("\n\n");
        sb.append("三、存在的问题和不足\n\n").append(Prose.problems(random)).append("\n\n");
        sb.append("四、").append(year + 1).append("年推进法治政府建设的工作安排\n\n")
                .append(Prose.plans(random, year + 1, 5 + random.nextInt(40), 2 + random.nextInt(9))).append("\n");
        return new GeneratedReport(file, sb.toString(), city, county, town, year, gold, lawFirm);
    }

    private void writeItems(StringBuilder sb, int section, List<String> items, String self) {
        List<String> sentences = new ArrayList<>(items);
        sentences.addAll(Prose.filler(random, section, 3 + random.nextInt(2)));
        Collections.shuffle(sentences, random);
        if (random.nextBoolean()) {
            // 1. 2. items, each a paragraph of its own
            for (int i = 0; i < sentences.size(); i += 2) {
                sb.append(i / 2 + 1).append('.').append(Prose.lead(random)).append(HEADINGS[section]).append('。').append(self)
                        .append(String.join("", sentences.subList(i, Math.min(sentences.size(), i + 2))))
                        .append("\n\n");
            }
        } else {
            // 一是…二是… in one paragraph, as most town reports write it
            sb.append(self);
            for (int i = 0; i < sentences.size(); i++) {
                sb.append(i < ORDINALS.length ? ORDINALS[i] + "是" : "").append(sentences.get(i));
            }
            sb.append("\n\n");
        }
    }

    private String title(String city, String county, String town, int year) {
        String place = (city == null ? "" : city) + county + (town == null ? "" : town);
        String local = county + (town == null ? "" : town);
        int published = 1 + random.nextInt(28);
        String date = (year + 1) + "-0" + (1 + random.nextInt(3)) + "-" + (published < 10 ? "0" : "") + published;
        return switch (random.nextInt(town == null ? 2 : 4)) {
            case 0 -> place + "人民政府关于" + year + "年度法治政府建设情况的报告\n\n日期:" + date + "\n\n";
            case 1 -> place + year + "年度法治政府建设情况报告\n\n";
            case 2 -> "中共" + local + "委员会\n" + local + "人民政府\n关于" + year + "年度法治政府建设情况的报告\n\n县委、县政府：\n";
            default -> local + "人民政府\n" + year + "年度法治政府建设报告\n\n";
        };
    }

    private String render(Metric m, int year, Map<String, Gold> gold) {
        Map<String, BigDecimal> values = new HashMap<>();
        String text = m.text().replace("{Y}", year + "年");
        for (Slot slot : m.slots()) {
            Gold g = draw(slot, values);
            values.put(slot.name(), g.value());
            gold.put(m.id() + "." + slot.name(), g);
            text = text.replace("{" + slot.name() + "}", g.raw());
        }
        return text;
    }

    private Gold draw(Slot slot, Map<String, BigDecimal> values) {
        int n = slot.min() + random.nextInt(Math.max(1, slot.max() - slot.min() + 1));
        return switch (slot.style()) {
            case PLAIN -> plain(n, slot.unit());
            case ABOUT -> {
                int round = n >= 100 ? n / 100 * 100 : Math.max(10, n / 10 * 10);
                yield new Gold(BigDecimal.valueOf(round), slot.unit(), "余", round + "余" + slot.unit());
            }
            case WAN_ABOUT -> new Gold(BigDecimal.valueOf(n * 10_000L), slot.unit(), "余", n + "万余" + slot.unit());
            case NEARLY -> {
                int round = Math.max(10, n / 10 * 10);
                yield new Gold(BigDecimal.valueOf(round), slot.unit(), "近", "近" + round + slot.unit());
            }
            case PART -> {
                int whole = values.get(slot.of()).intValue();
                int part = whole - random.nextInt(Math.max(1, whole / 8 + 1));
                yield plain(Math.max(1, part), slot.unit());
            }
            case RATE -> {
                String[] pw = slot.of().split("/");
                double rate = 100.0 * values.get(pw[0]).doubleValue() / values.get(pw[1]).doubleValue();
                yield plain((int) Math.floor(rate), "%");
            }
        };
    }

    private static Gold plain(int n, String unit) {
        return new Gold(BigDecimal.valueOf(n), unit, null, n + unit);
    }
}
