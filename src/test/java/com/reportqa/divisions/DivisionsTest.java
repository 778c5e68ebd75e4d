package com.reportqa.divisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionsTest {

    private static final Divisions DIVISIONS = Divisions.load();

    @Test
    void should_hold_every_level_of_the_national_list() {
        assertThat(DIVISIONS.size()).isGreaterThan(44_000);
        assertThat(DIVISIONS.named("江口镇")).hasSizeGreaterThan(10);
    }

    @ParameterizedTest
    @CsvSource({
        "澧浦镇, 浙江省 金华市 金东区 澧浦镇",
        "徐家湾街道, 陕西省 西安市 未央区 徐家湾街道",
        "鹤龙街, 广东省 广州市 白云区 鹤龙街道",
        "礼让街, 青海省 西宁市 城中区 礼让街街道",
        "健龙镇, 重庆市 璧山区 健龙镇",
        "雁峰区, 湖南省 衡阳市 雁峰区",
        "渠县, 四川省 达州市 渠县",
    })
    void should_give_the_chain_of_a_unique_name_or_short_form(String name, String chain) {
        List<Division> found = DIVISIONS.named(name);

        assertThat(found).hasSize(1);
        assertThat(DIVISIONS.chain(found.get(0))).extracting(Division::name).containsExactly(chain.split(" "));
    }

    @ParameterizedTest
    @CsvSource({
        "广西壮族自治区, 广西",
        "石柱土家族自治县, 石柱",
        "恩施土家族苗族自治州, 恩施",
        "新疆维吾尔自治区, 新疆",
        "内蒙古自治区, 内蒙古",
        "西藏自治区, 西藏",
        "宁夏回族自治区, 宁夏",
        "澧浦镇, 澧浦",
        "城区, ",
    })
    void should_shorten_names_as_people_write_them(String name, String stem) {
        assertThat(DivisionNames.stem(name)).isEqualTo(stem);
    }

    @Test
    void should_add_the_street_form_of_a_jiedao() {
        assertThat(DivisionNames.aliases("鹤龙街道")).containsExactly("鹤龙街道", "鹤龙", "鹤龙街");
        assertThat(DivisionNames.aliases("礼让街街道")).containsExactly("礼让街街道", "礼让街", "礼让街道");
    }

    @ParameterizedTest
    @CsvSource({
        "增福镇, 涪陵, 重庆市 涪陵区 增福镇",
        "增福镇, 许昌, 河南省 许昌市 长葛市 增福镇",
        "江口镇, 云阳, 重庆市 云阳县 江口镇",
        "南城街道, 东莞, 广东省 东莞市 南城街道",
    })
    void should_decide_a_shared_name_by_the_other_place_words_of_the_report(String name, String word, String chain) {
        Division d = DIVISIONS.decide(name, List.of(), w -> w.equals(word)).orElseThrow();

        assertThat(DIVISIONS.chain(d)).extracting(Division::name).containsExactly(chain.split(" "));
    }

    @Test
    void should_leave_a_shared_name_undecided_when_nothing_tells_them_apart() {
        assertThat(DIVISIONS.decide("江口镇", List.of(), w -> false)).isEmpty();
        assertThat(DIVISIONS.decide("江口镇", List.of(), w -> Set.of("四川省", "重庆市").contains(w))).isEmpty();
    }

    @Test
    void should_decide_a_shared_name_by_a_written_higher_level() {
        Division d = DIVISIONS.decide("江口镇", List.of("武隆区"), w -> false).orElseThrow();

        assertThat(DIVISIONS.parent(d)).map(Division::name).hasValue("武隆区");
    }

    @Test
    void should_know_names_that_contain_other_names() {
        // 鹤龙湖镇 contains 鹤龙, and 澧浦街道 shares 澧浦 with 澧浦镇: neither is taken for the other
        assertThat(DIVISIONS.named("鹤龙街")).extracting(Division::name).containsExactly("鹤龙街道");
        assertThat(DIVISIONS.named("澧浦")).extracting(Division::name).containsExactlyInAnyOrder("澧浦镇", "澧浦街道");
        assertThat(DIVISIONS.decide("澧浦镇", List.of(), w -> false)).isPresent();
    }
}
