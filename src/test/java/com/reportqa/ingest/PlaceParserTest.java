package com.reportqa.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceParserTest {

    private final PlaceParser parser = new PlaceParser();

    /** Columns: input | province | city | county | town (empty = level not written). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            重庆市璧山区健龙镇人民政府关于2024年度法治政府建设情况的报告 | - | 重庆市 | 璧山区 | 健龙镇
            洪口镇2023年度法治政府建设工作情况的报告 | - | - | - | 洪口镇
            通江县洪口镇人民政府 | - | - | 通江县 | 洪口镇
            来源: 通江县洪口镇人民政府 | - | - | 通江县 | 洪口镇
            中共云阳县江口镇委员会 | - | - | 云阳县 | 江口镇
            云阳县江口镇人民政府 | - | - | 云阳县 | 江口镇
            黔江区黄溪镇人民政府 | - | - | 黔江区 | 黄溪镇
            衡阳市雁峰区2024年度法治政府建设情况报告 | - | 衡阳市 | 雁峰区 | -
            衡阳市雁峰2024法治政府建设情况报告 | - | 衡阳市 | - | -
            雁峰区人民政府 | - | - | 雁峰区 | -
            山东省济南市市中区人民政府 | 山东省 | 济南市 | 市中区 | -
            市中区 | - | - | 市中区 | -
            湖南省衡阳市雁峰区先锋街道办事处 | 湖南省 | 衡阳市 | 雁峰区 | 先锋街道
            浙江省湖州市吴兴区织里镇人民政府 | 浙江省 | 湖州市 | 吴兴区 | 织里镇
            四川省巴中市通江县洪口镇人民政府 | 四川省 | 巴中市 | 通江县 | 洪口镇
            中共重庆市璧山区健龙镇委员会 | - | 重庆市 | 璧山区 | 健龙镇
            峨边彝族自治县大堡镇 | - | - | 峨边彝族自治县 | 大堡镇
            中国共产党石柱土家族自治县委员会 | - | - | 石柱土家族自治县 | -
            四川省凉山彝族自治州昭觉县竹核乡 | 四川省 | 凉山彝族自治州 | 昭觉县 | 竹核乡
            宁夏回族自治区银川市兴庆区 | 宁夏回族自治区 | 银川市 | 兴庆区 | -
            内蒙古自治区锡林郭勒盟 | 内蒙古自治区 | 锡林郭勒盟 | - | -
            湖北省恩施土家族苗族自治州恩施市 | 湖北省 | 恩施土家族苗族自治州 | 恩施市 | -
            成都市都江堰市 | - | 成都市 | 都江堰市 | -
            广东省广州市天河区 | 广东省 | 广州市 | 天河区 | -
            忠县新立镇人民政府 | - | - | 忠县 | 新立镇
            景德镇市人民政府 | - | 景德镇市 | - | -
            北京市朝阳区 | - | 北京市 | 朝阳区 | -
            璧山区市场监督管理局 | - | - | 璧山区 | -
            """)
    void should_parse_written_levels(String input, String province, String city, String county, String town) {
        assertThat(parser.parse(input)).contains(new Place(province, city, county, town));
    }

    @ParameterizedTest(name = "{0}")
    @NullAndEmptySource
    @ValueSource(strings = {"县委、县政府：", "法治政府建设年度报告", "我爱北京天安门", "全县各镇", "abc 123",
            "2024年度法治政府建设报告", "\u0000\u0001\uFFFF\uD800", "   ", "人民政府", "。。。，，，"})
    void should_return_empty_for_text_without_a_place(String input) {
        assertThat(parser.parse(input)).isEmpty();
    }

    @Test
    void should_stay_fast_and_safe_on_a_huge_input() {
        String huge = "重庆市璧山区" + "健".repeat(1_000_000);

        assertThat(parser.parse(huge)).map(Place::county).contains("璧山区");
    }

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of(new Place(null, "重庆市", "璧山区", "健龙镇"), "健龙镇", "重庆市璧山区健龙镇",
                        List.of("重庆市", "璧山区", "健龙镇")),
                Arguments.of(new Place(null, null, "通江县", "洪口镇"), "洪口镇", "通江县洪口镇", List.of("通江县", "洪口镇")),
                Arguments.of(new Place("湖南省", "衡阳市", "雁峰区", null), "雁峰区", "湖南省衡阳市雁峰区",
                        List.of("湖南省", "衡阳市", "雁峰区")),
                Arguments.of(new Place(null, null, null, null), null, "", List.of()));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("places")
    void should_expose_name_display_and_levels(Place place, String name, String display, List<String> levels) {
        assertThat(place.name()).isEqualTo(name);
        assertThat(place.display()).isEqualTo(display);
        assertThat(place.levels()).containsExactlyElementsOf(levels);
    }

    /** Two places of one name side by side are told apart by the level above; a name of its own stays bare. */
    @Test
    void should_name_a_place_with_its_county_only_when_another_shares_the_name() {
        Place changge = new Place("河南省", "许昌市", "长葛市", "增福镇");
        Place fuling = new Place("重庆市", null, "涪陵区", "增福镇");
        Place wangcao = new Place("贵州省", "遵义市", "绥阳县", "旺草镇");
        List<Place> all = List.of(changge, fuling, wangcao);
        assertThat(changge.nameAmong(all)).isEqualTo("增福镇（长葛市）");
        assertThat(fuling.nameAmong(all)).isEqualTo("增福镇（涪陵区）");
        assertThat(wangcao.nameAmong(all)).isEqualTo("旺草镇");
        assertThat(changge.nameAmong(List.of(changge, wangcao))).isEqualTo("增福镇");
    }
}
