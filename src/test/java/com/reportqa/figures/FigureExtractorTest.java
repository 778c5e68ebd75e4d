package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor();

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            累计办件10万余件                                   | 10万余件      | 100000   | 件       | 余   | 办件
            区人民政府门户网站总访问量达3206万次               | 3206万次      | 32060000 | 次       | -    | 区人民政府门户网站总访问量
            综合执法罚没款13.3万元                             | 13.3万元      | 133000   | 元       | -    | 综合执法罚没款
            办理业务2.9万余件                                  | 2.9万余件     | 29000    | 件       | 余   | 办理业务
            覆盖群众10余万人                                   | 10余万人      | 100000   | 人       | 余   | 覆盖群众
            组织70余名单位主要负责人完成专题述法               | 70余名        | 70       | 名       | 余   | 组织单位主要负责人完成专题述法
            近400名企业代表参加                                | 近400名       | 400      | 名       | 近   | 企业代表参加
            公开规范化达95%以上                                | 95%以上       | 95       | %        | 以上 | 公开规范化
            先后调处矛盾纠纷300余起                            | 300余起       | 300      | 起       | 余   | 调处矛盾纠纷
            累计开展法治宣讲100余场次、宣传群众30000余人次      | 30000余人次   | 30000    | 人次     | 余   | 宣传群众
            紧紧围绕“十一个坚持”是习近平法治思想的核心要义      | 十一个        | 11       | 个       | -    | 坚持
            紧紧围绕"十一个坚持"开展学习                        | 十一个        | 11       | 个       | -    | 坚持
            该方案明确了7个方面38项具体任务                    | 7个方面       | 7        | 个方面   | -    | 该方案明确
            该方案明确了7个方面38项具体任务                    | 38项          | 38       | 项       | -    | 具体任务
            2024年，全镇共受理各类矛盾纠纷224件，化解223件       | 224件         | 224      | 件       | -    | 受理各类矛盾纠纷
            2024年，全镇共受理各类矛盾纠纷224件，化解223件       | 223件         | 223      | 件       | -    | 化解各类矛盾纠纷
            化解率99%，共受理各类信访23件                       | 99%           | 99       | %        | -    | 化解率
            全年新增市场主体1005个，其中企业402个，个体603个     | 402个         | 402      | 个       | -    | 企业
            全年新增市场主体1005个，其中企业402个，个体603个     | 603个         | 603      | 个       | -    | 个体
            坚决做到公开面达100%，公开规范化达95%以上            | 100%          | 100      | %        | -    | 公开面
            55名执法人员均完成年度行政执法人员在线培训且考试合格 | 55名          | 55       | 名       | -    | 执法人员
            2023年完成简易程序处罚1120起，罚款133970元          | 133970元      | 133970   | 元       | -    | 罚款
            通过同法律工作者签订合同的方式聘请法律顾问1名。     | 1名           | 1        | 名       | -    | 聘请法律顾问
            开展专题学法共6次，组织旁听庭审学法10场，不断提升   | 10场          | 10       | 场       | -    | 组织旁听庭审学法
            全年共计审结12件行政诉讼案件                        | 12件          | 12       | 件       | -    | 审结行政诉讼案件
            不断完善涵盖18个村(社区)的公共法律服务工作室        | 18个          | 18       | 个       | -    | 不断完善涵盖
            全区48村（社区）与律师事务所签订服务协议            | 48村          | 48       | 村       | -    | -
            设立“驻法庭调解室”1个                               | 1个           | 1        | 个       | -    | 设立驻法庭调解室
            聚焦执法不规范、新闻曝光等七方面                    | 七方面        | 7        | 个方面   | -    | 聚焦执法不规范、新闻曝光等
            市场主体增长超过20%                                 | 超过20%       | 20       | %        | 超过 | 市场主体增长
            受理投诉约1,200件                                   | 约1,200件     | 1200     | 件       | 约   | 受理投诉
            共走访企业１２３家                                  | １２３家      | 123      | 家       | -    | 走访企业
            办理时限压缩至3个工作日                             | 3个工作日     | 3        | 个工作日 | -    | 办理时限压缩至
            满意度提高2.5个百分点                               | 2.5个百分点   | 2.5      | 个百分点 | -    | 满意度提高
            群众满意率达百分之九十八                            | 百分之九十八  | 98       | %        | -    | 群众满意率
            开展普法活动二十余场                                | 二十余场      | 20       | 场       | 余   | 开展普法活动
            发放宣传手册2000多册                                | 2000多册      | 2000     | 册       | 多   | 发放宣传手册
            办结率不足90%                                       | 不足90%       | 90       | %        | 不足 | 办结率
            全年开展商户法律体检不少于60次                       | 不少于60次    | 60       | 次       | 不少于 | 开展商户法律体检
            案件办理时间不超过15个工作日                         | 不超过15个工作日 | 15    | 个工作日 | 不超过 | 案件办理时间
            集中培训每年至少2次                                 | 至少2次       | 2        | 次       | 至少 | 集中培训每年
            清理规范性文件逾百件                                | 逾百件        | 100      | 件       | 逾   | 清理规范性文件
            组织干部千余人参加考试                              | 千余人        | 1000     | 人       | 余   | 组织干部参加考试
            签约3家律师事务所                                   | 3家           | 3        | 家       | -    | 签约律师事务所
            平均分达96分，通过率100%                            | 96分          | 96       | 分       | -    | 平均分
            下达整改通知书11家次，复查整改11家次               | 11家次        | 11       | 家次     | -    | 下达整改通知书
            组建一支19名专业律师组成的法律顾问专家库            | 19名          | 19       | 名       | -    | 组建一支专业律师组成的法律顾问专家库
            成立一个12名调解员组成的调解小组                    | 12名          | 12       | 名       | -    | 成立一个调解员组成的调解小组
            组织全镇干部共159人参加学法考试                     | 159人         | 159      | 人       | -    | 组织全镇干部参加学法考试
            行政执法人员及55名基层法律明白人开展专题讲座2次    | 2次           | 2        | 次       | -    | 基层法律明白人开展专题讲座
            第一季度共受理26件，同比增长两成                  | 两成          | 2        | 成       | -    | 同比增长
            全县共有执法人员1,256名，持证率达98.5%             | 1,256名       | 1256     | 名       | -    | 执法人员
            全县共有执法人员1,256名，持证率达98.5%             | 98.5%         | 98.5     | %        | -    | 持证率
            2024年1-12月共受理矛盾纠纷58件                     | 58件          | 58       | 件       | -    | 受理矛盾纠纷
            组织“法律进企业”活动十余次，覆盖企业百余家        | 百余家        | 100      | 家       | 余   | 覆盖企业
            挽回经济损失约86.5万元                             | 约86.5万元    | 865000   | 元       | 约   | 挽回经济损失
            为受援人挽回经济损失1200余万元                     | 1200余万元    | 12000000 | 元       | 余   | -
            共设立调解室十个，调解员三十名                     | 三十名        | 30       | 名       | -    | 调解员
            全区共有三级调解组织156个                          | 156个         | 156      | 个       | -    | 三级调解组织
            行政审批事项办理时限平均压缩60%以上，即办件占比达75%左右 | 75%左右 | 75       | %        | 左右 | 即办件占比
            全区48村(社区)与律师事务所签订服务协议             | 48村          | 48       | 村       | -    | 村(社区)与律师事务所签订服务协议
            """)
    void should_extract_figure(String sentence, String raw, String value, String unit, String qualifier,
                               String metric) {
        FigureMention m = only(sentence, raw);
        assertThat(m.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(m.value().toPlainString()).isEqualTo(value);
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.qualifier()).isEqualTo(qualifier);
        assertThat(sentence.substring(m.start(), m.end())).isEqualTo(raw);
        if (metric != null) {
            assertThat(m.metric()).isEqualTo(metric);
        }
    }

    @ParameterizedTest(name = "nothing in {0}")
    @ValueSource(strings = {
            "日期:2025-03-19",
            "2024-03-29 13:09 来源: 通江县洪口镇人民政府",
            "对标《2024年全区法治政府建设工作要点》(璧山府办发〔2024〕10号)",
            "依据渝府发[2024]10号文件和第3号令",
            "认真贯彻落实《法治政府建设实施纲要(2021-2025年)》文件精神",
            "我镇已制定《健龙镇贯彻落实〈重庆市璧山区法治政府建设实施方案2021-2025年〉实施方案》",
            "依托“12·4”宪法宣传日、3·15消费者权益日等重要时间节点",
            "雁峰区人民政府2025年1月27日，12月4日开展宣传，3月启动",
            "二〇二四年十二月",
            "今年是“八五”普法的第四年",
            "增强“四个意识”、坚定“四个自信”、做到“两个维护”",
            "牢固树立“四个意识”，深刻领悟“两个确立”",
            "旅发大会等重要节点牢牢守住“六个不发生”工作底线",
            "依托“141”基层治理自治平台和“141”体系",
            "初步测算建设5+2高频事项，构建“1+N”联动服务模式",
            "确保规范性文件“三统一”制度的有效落实",
            "通过“一网通办”平台，深入推进“高效办成一件事”",
            "推行“最多跑一次”改革，马上办、一次办",
            "开展“网络培训+线下培训+岗位实训”三位一体分级分类培训",
            "一是抓住关键学习点。二是铺开宣传覆盖面。其一，其二",
            "(一)深入学习贯彻 1.加快推进法治政府建设 2、将法治政府建设纳入 三、存在问题",
            "进一步加强规范性文件监督管理工作，统一、唯一、同一、一致、逐一、一律、一流",
            "取得了一些的成绩，还有一定的差距，一体推进不敢腐",
            "着力打造了一支专业过硬的队伍，构建起一套科学的评价机制",
            "一次性告知，一站式服务，一把手负总责，一线工作法，一批典型",
            "组织开展“千人助万企‘三送’活动”，走进千家万户",
            "法律援助案件质量跃居全市第一，位于全市第一方阵，第一责任人",
            "贯彻落实“十四五”规划",
            "联系电话：023-12345678，手机13812345678",
            "新建5G基站，G318国道，版本V2.0上线",
            "组织镇、村两级干部，党的二十大及二十届二中、三中全会",
            "全面推进“提升行政执法质量三年行动”",
            "推行一村一法律顾问，完善一事一议制度",
            "这项工作十分重要",
            "现将我镇2024 年法治建设工作情况详述如下",
            "健全“两轻一免”清单，创新推行“三官两员”解纷工作法",
            "我镇充分利用每周一上午例会时间，第5次会议",
            "雁峰区人民政府 2025127",
            "落实“五个一”工作机制，推动五位一体",
            "一方面，普法宣传的创新性欠缺；另一方面，业务素养存在差异",
            "实现“小事不出商圈，大事不出社区”，一起推进",
            "考核排名进入全市前3名",
            "落实“两个责任”，坚持“三会一课”，“三重一大”事项，两学一做",
            "按3-5人一组，每月1~2次",
            "公布第3批名单，录入5名单独立户"
    })
    void should_extract_nothing_from_non_figures(String sentence) {
        assertThat(extractor.extract(sentence)).isEmpty();
    }

    @Test
    void should_give_each_figure_its_own_clause_and_the_sentence_as_context() {
        List<FigureMention> ms = extractor.extract("2023年完成简易程序处罚1120起，罚款133970元；一般程序12起，罚款9900元；委托执法4起");
        FigureMention fine = ms.stream().filter(m -> m.raw().equals("9900元")).findFirst().orElseThrow();
        assertThat(fine.clause()).isEqualTo("罚款9900元");
        assertThat(fine.context()).isEqualTo("一般程序12起，罚款9900元");
        assertThat(fine.metric()).isEqualTo("罚款");
    }

    /** 为…及55名基层法律明白人开展专题讲座: those a thing was done for are counted, not the thing done. */
    @Test
    void should_count_the_people_a_thing_was_done_for() {
        List<FigureMention> ms = extractor.extract("邀请法律顾问为全镇领导干部、行政执法人员及55名基层法律明白人开展专题讲座2次");
        assertThat(ms).filteredOn(m -> m.raw().equals("55名")).extracting(FigureMention::metric)
                .containsExactly("基层法律明白人");
        assertThat(extractor.extract("组织3个村开展普法宣传")).extracting(FigureMention::metric)
                .allSatisfy(m -> assertThat(m).contains("开展"));
    }

    @Test
    void should_split_list_items_on_enumeration_comma_but_keep_them_in_context() {
        List<FigureMention> ms = extractor.extract("精心组织新当选的1名副镇长、7名新任职的二级机构负责人以及1名新录用公务员进行宪法宣誓仪式");
        assertThat(ms).extracting(FigureMention::raw).containsExactly("1名", "7名", "1名");
        assertThat(ms).extracting(FigureMention::metric).containsExactly("副镇长", "新任职的二级机构负责人", "新录用公务员");
        assertThat(ms.get(0).clause()).isEqualTo("精心组织新当选的1名副镇长");
        assertThat(ms.get(2).context()).startsWith("精心组织新当选的1名副镇长、");
    }

    @Test
    void should_give_a_count_written_before_its_action_the_whole_action_as_its_clause() {
        FigureMention m = only("先后4次通过镇党委理论学习中心组、党委扩大会议等组织集中学习法治思想，同时在职工会议上组织学习", "4次");
        assertThat(m.metric()).isEqualTo("通过镇党委理论学习中心组");
        assertThat(m.clause()).isEqualTo("先后4次通过镇党委理论学习中心组、党委扩大会议等组织集中学习法治思想");
        // an item with a figure of its own ends the list: 开展培训3次、考试2次
        FigureMention first = extractor.extract("累计3次开展执法培训、组织考试2次").get(0);
        assertThat(first.clause()).isEqualTo("累计3次开展执法培训");
    }

    @Test
    void should_report_offsets_into_the_original_text_with_full_width_punctuation() {
        String text = "（一）全年执法８０６件，其中道路交通２４９件、食药品1件。";
        List<FigureMention> ms = extractor.extract(text);
        assertThat(ms).extracting(FigureMention::raw).containsExactly("８０６件", "２４９件", "1件");
        for (FigureMention m : ms) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.raw());
        }
        assertThat(ms.get(1).metric()).isEqualTo("道路交通");
    }

    @Test
    void should_return_empty_list_for_empty_input() {
        assertThat(extractor.extract("")).isEmpty();
        assertThat(extractor.extract(null)).isEmpty();
    }

    private FigureMention only(String sentence, String raw) {
        List<FigureMention> matching = extractor.extract(sentence).stream().filter(m -> m.raw().equals(raw)).toList();
        assertThat(matching).as("mentions with raw %s in %s", raw, sentence).isNotEmpty();
        return matching.get(0);
    }
}
