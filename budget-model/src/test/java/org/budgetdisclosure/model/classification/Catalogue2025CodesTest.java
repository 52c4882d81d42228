package org.budgetdisclosure.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 2025 codes a department had to name in the officer's trial (issue 26) are bundled, under their names. */
class Catalogue2025CodesTest {

    @Test
    void theCodesOfTheTrialAreInThe2025Catalogue() {
        Catalogue c = Catalogue.forYear(2025);
        Map<String, String> expected = Map.of(
                "2011301",
                "行政运行",
                "2011302",
                "一般行政管理事务",
                "2011350",
                "事业运行",
                "2011399",
                "其他商贸事务支出",
                "20605",
                "科技条件与服务",
                "2060503",
                "科技条件专项",
                "21508",
                "支持中小企业发展和管理支出",
                "2150899",
                "其他支持中小企业发展和管理支出",
                "21699",
                "其他商业服务业等支出",
                "2169999",
                "其他商业服务业等支出");
        expected.forEach((code, name) ->
                assertThat(c.name(FunctionCode.of(code))).as(code).contains(name));
        // every 项 and 款 has its parents in the catalogue
        for (FunctionCode code : c.functionalCodes().keySet()) {
            if (code.value().length() > 3) {
                assertThat(c.contains(FunctionCode.of(
                                code.value().substring(0, code.value().length() - 2))))
                        .as(code.value())
                        .isTrue();
            }
        }
    }
}
