package com.reportqa.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A figure that repeats only the verb of the figure before it counts the same object (累计培养72名 法律明白人). */
class ElidedObjectTest {

    private final FigureExtractor extractor = new FigureExtractor();

    private FigureMention mention(String text, String raw) {
        // the last figure so written: the one whose words are elided
        return extractor.extract(text).stream().filter(f -> f.raw().equals(raw)).reduce((a, b) -> b).orElseThrow();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            2023年新培养法律明白人18名,累计培养72名,组建深入群众身边的普法依法治理工作队伍。 | 72名 | 培养法律明白人
            全年新建农村公厕12座，累计建成50座。                                               | 50座 | 建成
            2024年,全镇共受理各类矛盾纠纷224件,化解223件,化解率99%。                           | 223件 | 化解各类矛盾纠纷
            共受理来信来访12件，办结12件，办结率100%。                                         | 12件 | 办结来信来访
            排查一般安全隐患62个，已整治62个，重大安全隐患3项，已整改3个。                     | 3个  | 整改重大安全隐患
            群众投诉46件，已办结45件，满意率98%。                                              | 45件 | 办结群众投诉
            """)
    void should_take_the_object_of_the_previous_figure_when_only_the_verb_is_repeated(String text, String raw,
            String metric) {
        assertThat(mention(text, raw).metric()).isEqualTo(metric);
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            排查一般安全隐患62个，已整治62个，重大安全隐患3项，已整改3个。       | 3项    | 重大安全隐患
            完成简易程序处罚1120起，罚款133970元；一般程序12起，罚款9900元。     | 9900元 | 罚款
            """)
    void should_keep_a_metric_that_names_its_own_thing(String text, String raw, String metric) {
        FigureMention m = extractor.extract(text).stream().filter(f -> f.raw().equals(raw)).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(m.metric()).isEqualTo(metric);
    }
}
