package org.budgetdisclosure.examples;

import java.util.List;

/**
 * 上海市普陀区财政局 2025 (department version, 元 with two decimals) rendered with {@code shanghai-2025-department}
 * and read back from every format against the published document. Deliberate difference from the reference: the
 * note under the empty 国有资本经营预算 table names its own fund (the reference repeats 政府性基金, a defect).
 */
class ShanghaiFinanceBureauRenderingTest extends ShanghaiRenderingCheck {

    ShanghaiFinanceBureauRenderingTest() throws Exception {}

    @Override
    String referenceText() {
        return "shanghai-putuo-finance-bureau-2025.txt";
    }

    @Override
    String budgetFile() {
        return "shanghai-putuo-finance-bureau-2025.json";
    }

    @Override
    String profile() {
        return "shanghai-2025-department";
    }

    @Override
    List<String> titles() {
        return List.of(
                "2025年部门财务收支预算总表",
                "2025年部门收入预算总表",
                "2025年部门支出预算总表",
                "2025年部门财政拨款收支预算总表",
                "2025年部门一般公共预算支出功能分类预算表",
                "2025年部门政府性基金预算支出功能分类预算表",
                "2025年部门国有资本经营预算支出功能分类预算表",
                "2025年部门一般公共预算基本支出部门预算经济分类预算表",
                "2025年部门“三公”经费和机关运行经费预算表");
    }

    @Override
    List<String> coverLines() {
        return List.of("上海市普陀区2025年区级部门预算", "预算主管部门：上海市普陀区财政局");
    }

    @Override
    int decimals() {
        return 2;
    }

    @Override
    String threePublicZero() {
        return "";
    }

    @Override
    List<String> financialSummaryLeft() {
        return List.of("一、财政拨款收入", "1. 一般公共预算资金", "2. 政府性基金", "3. 国有资本经营预算", "二、事业收入", "三、事业单位经营收入", "四、其他收入");
    }
}
