package com.reportqa.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Place names from syllables: every stem is unique across all levels, except towns deliberately named like a
 * town of another county (江口镇 in two counties), which is what a real national corpus has and what a
 * question naming only the town must not merge.
 */
final class PlaceNames {

    /**
     * First and second characters of stems. Kept away from the words of the report templates (so a short
     * name such as 安全 can never be found inside 安全隐患), from numerals and measure words, and from the
     * characters that make a word look like a common noun (全区, 社区, 山区).
     */
    private static final String FIRST = "青白黄红金银玉凤鹤鹿龙虎桃柳松梅竹兰杨李张王清永长太丰兴福寿宁泰顺康乐云雁星石铜双高明华平东西南北"
            + "汉唐宋元桂柏枫荷菱蓝翠碧紫朱丹茂盛昌隆瑞祥吉庆彭钟罗曾冯邓";
    private static final String TOWN_SECOND = "泉溪桥坝岭峰岗湾塘沟坪岩渡滩洲坊堡庄铺寨屯垭口江河井店驿关";
    private static final String COUNTY_SECOND = "阳源陵昌化定川安丰宁远武兴江乐平都隆寿";

    private final Random random;
    private final Set<String> usedStems = new HashSet<>();

    PlaceNames(Random random) {
        this.random = random;
    }

    String city() {
        return stem(COUNTY_SECOND) + "市";
    }

    String county() {
        return stem(COUNTY_SECOND) + (random.nextInt(3) == 0 ? "区" : "县");
    }

    String town() {
        return stem(TOWN_SECOND) + (random.nextInt(8) == 0 ? "乡" : "镇");
    }

    /** A town-like name that no generated place uses: for questions about places the corpus lacks. */
    String unknownTown() {
        return stem(TOWN_SECOND) + "镇";
    }

    String unknownCounty() {
        return stem(COUNTY_SECOND) + "县";
    }

    private String stem(String second) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            char a = FIRST.charAt(random.nextInt(FIRST.length()));
            char b = second.charAt(random.nextInt(second.length()));
            String stem = "" + a + b;
            if (a != b && !blocked(stem) && usedStems.add(stem)) {
                return stem;
            }
        }
        // two characters are exhausted for very large corpora: three-character stems are just as real
        for (int attempt = 0; attempt < 100_000; attempt++) {
            String stem = "" + FIRST.charAt(random.nextInt(FIRST.length()))
                    + FIRST.charAt(random.nextInt(FIRST.length())) + second.charAt(random.nextInt(second.length()));
            if (!blocked(stem) && usedStems.add(stem)) {
                return stem;
            }
        }
        throw new IllegalStateException("out of place names");
    }

    /** Stems that are words of their own, or that the report templates use. */
    private static boolean blocked(String stem) {
        return List.of("平安", "长江", "黄河", "东山", "西山", "南山", "北山", "青山", "长安", "永安", "兴安", "东方",
                "明天", "高山", "华山", "平原", "太平", "平江", "清江", "双江", "南江", "西江", "东江", "北江", "长寿",
                "高兴", "安定", "稳定", "明确", "长远", "兴旺", "源头").contains(stem);
    }
}
