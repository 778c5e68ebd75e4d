package com.reportqa.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortYearsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            24年跟23年比是多了还是少了？         | 2024年跟2023年比是多了还是少了？
            法律援助24年比23年多了百分之多少？   | 法律援助2024年比2023年多了百分之多少？
            工作了3年多                          | 工作了3年多
            比20年前多了                         | 比20年前多了
            枫桥镇23年度的报告                   | 枫桥镇2023年度的报告
            19年底建成                           | 2019年底建成
            2024年办了多少件？                   | 2024年办了多少件？
            近10年来                             | 近10年来
            连续第3年                            | 连续第3年
            满20年的干部                         | 满20年的干部
            24年前                               | 24年前
            12月24日                             | 12月24日
            用了两年                             | 用了两年
            """)
    void should_widen_a_two_digit_year_and_leave_counts_of_years(String typed, String read) {
        assertThat(ShortYears.expand(typed)).isEqualTo(read);
    }
}
