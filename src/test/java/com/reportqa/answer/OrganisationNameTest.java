package com.reportqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 哪家律所 is answered by a sentence that names the firm, not by one that only says a firm was hired. */
class OrganisationNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            我镇聘请龙脊律师事务所律师作为政府法律顾问，法律顾问全年审查合同30份。             | true
            为协助质正食品有限公司尽快落地，今年来镇经发统计岗在企业落地过程中协调解决纠纷。 | true
            联合农商行、工行等通过入户、电话等方式向小微企业宣传贷款优惠政策。               | false
            并聘请律师事务所的资深律师作为补充。                                               | false
            全区48村(社区)与律师事务所、法律服务所签订服务协议。                              | false
            通过同法律工作者签订合同的方式聘请法律顾问1名。                                   | false
            """)
    void should_tell_a_named_organisation_from_a_generic_one(String sentence, boolean named) {
        assertThat(ExtractiveAnswerer.namesOrganisation(sentence)).isEqualTo(named);
    }
}
