package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The route's table over the shipped reports: each question form reaches its answerer, and the order holds —
 * an unknown place stops a numeric question, a rate comparison is not ranked by counts.
 */
@AppTest
class AnswerRouteIT {

    @Autowired
    AnswerRoute route;

    @Autowired
    QuestionUnderstanding understanding;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ~ ", textBlock = """
            北京市朝阳区受理矛盾纠纷多少件？ ~ NO_ANSWER ~ 语料中没有朝阳区的报告
            各地的化解率比一比 ~ NUMERIC ~ | 排名 | 地方 | 年度 | 化解率 |
            各地受理矛盾纠纷多少件？比较一下 ~ NUMERIC ~ | 排名 | 地方 | 年度 | 数字 |
            有哪些报告？ ~ EXTRACTIVE ~ 语料中共有 5 份
            哪几份报告里提到了“法律明白人”？ ~ EXTRACTIVE ~ 5 份报告中有 3 份提到“法律明白人”
            健龙镇的报告是哪天发布的？ ~ EXTRACTIVE ~ 2025-03-19
            健龙镇受理矛盾纠纷多少件？ ~ NUMERIC ~ **224件**
            健龙镇矛盾纠纷化解率是多少？ ~ NUMERIC ~ **99%**
            健龙镇2024年建了几座火箭发射场？ ~ NO_ANSWER ~ 报告中没有写明
            健龙镇是怎么开展普法宣传的？ ~ EXTRACTIVE ~ 根据健龙镇2024年度报告，相关原文如下
            江口镇行政应诉案件有几件 ~ EXTRACTIVE ~ 无行政应诉案件
            行政诉讼（应诉）案件，云阳江口和衡阳雁峰区哪个多？ ~ NUMERIC ~ | 2 | 江口镇 | 2023 | 0 | “无行政应诉案件”
            雁峰区的行政诉讼案件和江口镇的行政应诉案件各有几件？ ~ NUMERIC ~ **0**（江口镇2023年度）。原文：“无行政应诉案件”
            江口镇执法人员有多少？黄溪镇呢？差了多少 ~ NUMERIC ~ 两者相差49名（55名−6人，按报告数字计算）
            衡阳雁峰区和璧山健龙镇的法律顾问，各提了多少条法律意见？差几条？ ~ NUMERIC ~ 两者相差5条
            哪些地方写了法律顾问有几个人？各多少，谁最多 ~ NUMERIC ~ | 1 | 雁峰区 | 2024 | 19名 |
            2024年度的几份报告里，谁化解的矛盾纠纷最多？排个队 ~ NUMERIC ~ | 1 | 雁峰区 | 2024 | 300余起 |
            简易程序处罚，五个地方哪几家报了数？各多少起？ ~ NUMERIC ~ | 1 | 江口镇 | 2023 | 1120起 |
            各地办理人大代表建议、政协提案的满意率比一比 ~ NUMERIC ~ | 1 | 江口镇 | 2023 | 100% |
            江口镇和黄溪镇的法治宣传（宣讲）活动各搞了多少场？ ~ NUMERIC ~ | 1 | 江口镇 | 2023 | 100余场次 |
            学法考试通过率，雁峰区、黄溪镇、健龙镇哪个高？ ~ NUMERIC ~ 2 个地方并列最高（100%）
            信访件的化解率/办结率，健龙镇和黄溪镇比一比 ~ NUMERIC ~ | 1 | 黄溪镇 | 2024 | 100% | “一是深化矛盾纠纷排查和化解工作
            健龙镇2025年推进法治政府建设重点抓哪几方面工作？ ~ EXTRACTIVE ~ 强化公共法律服务体系建设
            江口镇2023年行政处罚，简易程序、一般程序、委托执法分别多少起、各罚了多少钱？ ~ NUMERIC ~ 委托执法 罚款：**13100元**
            健龙镇去年受理了多少矛盾纠纷、化解多少、化解率多少？信访呢？ ~ NUMERIC ~ 信访 化解率：**100%**
            四川通江县洪口镇和湖南衡阳雁峰区各有多少名法律顾问？雁峰是洪口的几倍？ ~ NUMERIC ~ 雁峰区是洪口镇的19倍（19名÷1名，按报告数字计算）
            参加学法（法律知识）考试的人数，璧山健龙镇和衡阳雁峰区哪个多？ ~ NUMERIC ~ | 1 | 健龙镇 | 2024 | 159人 |
            健龙、黄溪、雁峰三地2024年自己制定（出台）了几件规范性文件？谁最多？ ~ NUMERIC ~ | 2 | 健龙镇 | 2024 | 0 |
            黄溪镇报告说今年是八五普法第几年 ~ NUMERIC ~ **第四年**
            按黄溪镇报告的说法，2024年是“八五”普法的第几个年头？ ~ NUMERIC ~ **第四年**
            雁峰区重大活动要守住几个不发生 ~ NUMERIC ~ **6个**
            江口镇推的那几个“办”都是哪些,一共几个 ~ NUMERIC ~ **5个**（马上办；网上办；就近办；一次办；自助办）
            141基层治理体系 哪几个镇在提？ ~ EXTRACTIVE ~ 5 份报告中有 2 份提到“141基层治理体系”
            江口镇报告是哪两个单位联合发的，报送给谁？ ~ EXTRACTIVE ~ 发布单位：中共云阳县江口镇委员会、云阳县江口镇人民政府
            各地主动公开的政务信息条数从少到多排一下 ~ NUMERIC ~ | 1 | 江口镇 | 2023 | 12条 |
            各地化解的矛盾纠纷，哪家最少？ ~ NUMERIC ~ 按报告所载数字，黄溪镇最少（180起）
            雁峰区和黄溪镇的干部学法考试通过率一样吗 ~ NUMERIC ~ 2 个地方并列最高（100%）
            健龙镇和雁峰区的法律顾问提出的法律意见，谁家多一些？ ~ NUMERIC ~ | 1 | 雁峰区 | 2024 | 29条 |
            五份报告里有几份提到了法律明白人？ ~ NUMERIC ~ 5 份报告中有 3 份提到“法律明白人”
            健龙镇人大、政协各提了几条意见建议？ ~ NUMERIC ~ 政协 提 意见建议：**10余条**
            健龙镇人大和政协围绕消防等工作，分别提了多少条意见建议？ ~ NUMERIC ~ 政协提出：**10余条**
            洪口镇干部集中学法是啥时候？多久一次 ~ NUMERIC ~ **每周一（1次/周）**
            健龙镇党委一年里啥时候听法治政府建设的汇报，企业多久走访一次 ~ EXTRACTIVE ~ - **每月（1次/月）**。原文：“持续开展
            行政复议案件数，衡阳雁峰区和云阳江口镇各是多少？谁多？ ~ NUMERIC ~ | 1 | 雁峰区 | 2024 | 57件 |
            我在写材料，想把几个地方公开政府信息的条数排一下，从高到低。 ~ NUMERIC ~ | 2 | 健龙镇 | 2024 | 120余条 |
            健龙镇法律顾问提的法律意见，和雁峰区专家库研提的法制审核意见，各多少条？哪个多 ~ NUMERIC ~ | 2 | 健龙镇 | 2024 | 24条 |
            江口镇跟雁峰区被老百姓告上法院的行政官司各有几件？ ~ NUMERIC ~ | 2 | 江口镇 | 2023 | 0 | “无行政应诉案件”
            洪口镇报告里查摆的问题和不足，一共列了几条？ ~ NUMERIC ~ **3条**（干部对依法行政意识有待进一步提高
            健龙镇那个实施方案（2021-2025年），一共明确了多少项具体任务？ ~ NUMERIC ~ **38项**
            雁峰区“高效办成一件事”是被哪个单位推介的？ ~ EXTRACTIVE ~ 被省数据局在湖南日报作为典型推介
            江口那份报告是以哪几家单位的名义报的？ ~ EXTRACTIVE ~ 中共云阳县江口镇委员会、云阳县江口镇人民政府
            江口镇和黄溪镇，平均每个执法人员一年办多少件案件？哪个高 ~ NUMERIC ~ | 1 | 黄溪镇 | 2024 | 134.3件/人 |
            江口镇新增市场主体中企业、个体各占多少比例？哪个高 ~ NUMERIC ~ | 1 | 个体 | 60% | 个体603个÷新增市场主体1005个 |
            黄溪镇全年执法806件，林业和道路交通分别占比多少，按高低排 ~ NUMERIC ~ | 1 | 道路交通 | 30.9% | 道路交通249件÷执法806件 |
            健龙镇新建的视频监控探头，农村和场镇各占多大比重？ ~ NUMERIC ~ | 1 | 农村 | 80.8% | 农村新建21个÷（5个＋21个） |
            写材料用：江口镇三类处罚（简易程序、一般程序、委托执法），平均每起罚多少钱，从低到高怎么排 ~ NUMERIC ~ | 1 | 简易程序 | 119.6元 |
            黄溪镇执法人员里持证的比例是多少？报告没写这个率的话就按人数算 ~ NUMERIC ~ **83.3%
            健龙镇那份报告，网站上显示的日期是哪天？ ~ EXTRACTIVE ~ 2025-03-19
            江口镇报告“存在的不足和原因”部分，共列了几条问题 ~ NUMERIC ~ **2条**
            江口镇的法治政府建设专题会，按报告里写的多久开一回？ ~ NUMERIC ~ **每季度（1次/季度）**
            雁峰区和江口镇的行政复议案件比一比，少的先说 ~ NUMERIC ~ | 1 | 江口镇 | 2023 | 4件 |
            健龙镇对标的全区法治政府建设工作要点，文号璧山府办发〔2024〕第几号？ ~ NUMERIC ~ **10号**（璧山府办发〔2024〕10号）
            黄溪镇全年执法806件，其中林业、道路交通两类，按件数从少到多怎么排？ ~ NUMERIC ~ | 1 | 林业 | 13件 |
            江口镇三类处罚（简易程序、一般程序、委托执法）平均下来每起罚多少？从高到低排 ~ NUMERIC ~ | 1 | 委托执法 | 3275元 |
            江口镇党政主要负责人多久召开一次法治政府建设专题会？ ~ NUMERIC ~ **每季度（1次/季度）**
            我在写材料，想引用雁峰区两个比率：网上办件的好评率和全区法治宣传普及率，这俩谁高？ ~ NUMERIC ~ | 1 | 网上办件的好评率 | 100% |
            江口和雁峰区，哪家的行政复议案子多？排个先后 ~ NUMERIC ~ | 1 | 雁峰区 | 2024 | 57件 |
            健龙镇的两个化解率——矛盾纠纷的和信访的，哪个高一点？ ~ NUMERIC ~ | 1 | 信访化解率 | 100% |
            黄溪镇给“公开面”和“公开规范化”定的比例，哪个定得低？从低到高排 ~ NUMERIC ~ | 1 | 公开规范化 | 95%以上 |
            健龙镇组织宪法宣誓的是哪几类人、各几个？ ~ NUMERIC ~ 新任职的二级机构负责人：**7名**
            江口镇推“放管服”改革，受理范围内的服务要做到几个“办”？一共几个？ ~ NUMERIC ~ **5个**
            江口镇三种处罚程序平均每起罚多少钱——简易程序、一般程序、委托执法，从高到低排 ~ NUMERIC ~ | 1 | 委托执法 | 3275元 |
            我想看看别的地方怎么写“枫桥经验”的，哪几份报告里提到了？ ~ EXTRACTIVE ~ 5 份报告中有 2 份提到“枫桥经验”
            """)
    void should_send_each_form_to_its_answerer(String question, Mode mode, String says) {
        Answer a = route.answer(understanding.understand(question), t -> { }, false);
        assertThat(a.mode()).isEqualTo(mode);
        assertThat(a.answer()).contains(says);
    }

    /** 健龙镇和江口镇2023年…: the answer for 江口镇 says that 健龙镇 has no report of that year. */
    @Test
    void should_say_which_named_place_lacks_the_year_asked() {
        Answer a = route.answer(understanding.understand("健龙镇和江口镇2023年受理了多少矛盾纠纷？"), t -> { }, false);
        assertThat(a.notice()).contains("健龙镇（语料中有2024年度的报告，没有2023年度的）");
    }
}
