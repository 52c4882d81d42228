package org.budgetdisclosure.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 上海市普陀区社会福利院 2024 (unit version, whole 元) rendered with {@code shanghai-unit} and read back from every
 * format against the published document. The reference's defects are corrected, not reproduced (see
 * {@code reference/README.md}): 类 210 is 卫生健康支出 (tables 1 and 4 print 医疗卫生与计划生育支出), the 类 code of
 * 事业单位医疗 is 210 (tables 3 and 5 print {@code 7}), table 9 prints 6.40 and 0.00 (it prints {@code 6.4}, {@code 0}
 * and leaves 购置费 blank). Its economic 款 print as published (302 02 咨询费, 303 01 退休费; see the profile).
 *
 * <p>Two deliberate differences in tables 1 and 4: they list only the 类 with money, as the department's do (the
 * unit's reference also lists 一、一般公共服务支出 without any figure, so its numbering is one higher); and table 1's
 * 人员经费 and 公用经费 by 类 are not compared: a budget states its 基本支出 by economic code, not by 功能 类, so
 * the layout prints them only where the facts determine them (here the total row) and leaves them blank otherwise.
 */
class ShanghaiWelfareHomeRenderingTest extends ShanghaiRenderingCheck {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    ShanghaiWelfareHomeRenderingTest() throws Exception {
    }

    @Override
    String referenceText() {
        return "shanghai-putuo-welfare-home-2024-unit.txt";
    }

    @Override
    String budgetFile() {
        return "shanghai-putuo-welfare-home-2024-unit.json";
    }

    @Override
    String profile() {
        return "shanghai-unit";
    }

    @Override
    List<String> titles() {
        return List.of("2024年预算单位财务收支预算总表", "2024年预算单位收入预算总表", "2024年预算单位支出预算总表",
                "2024年预算单位财政拨款收支预算总表", "2024年预算单位一般公共预算支出功能分类预算表",
                "2024年预算单位政府性基金预算支出功能分类预算表", "2024年预算单位国有资本经营预算支出功能分类预算表",
                "2024年预算单位一般公共预算基本支出部门预算经济分类预算表", "单位“三公”经费和机关运行经费预算表");
    }

    @Override
    List<String> coverLines() {
        return List.of("上海市普陀区社会福利院2024年单位预算", "预算单位：上海市普陀区社会福利院");
    }

    @Override
    int decimals() {
        return 0;
    }

    @Override
    String statedOperatingCosts() {
        // a 事业单位: "无机关运行经费", published as 0 in table 9
        return "0";
    }

    @Override
    String threePublicZero() {
        return "0.00";
    }

    @Override
    List<String> financialSummaryLeft() {
        return List.of("一、财政拨款收入", "1、一般公共预算资金", "2、政府性基金", "3、国有资本经营预算", "二、事业收入",
                "三、事业单位经营收入", "四、其他收入");
    }

    @Override
    List<RightRow> rightRows(List<RightRow> rows) {
        List<RightRow> withMoney = new ArrayList<>();
        for (RightRow row : rows) {
            if (!row.figures().isEmpty()) {
                String name = row.label().replaceFirst("^[一二三四五六七八九十]+、", "");
                withMoney.add(new RightRow(NUMERALS[withMoney.size()] + "、" + name, row.figures()));
            }
        }
        return withMoney;
    }

    @Override
    List<String> financialSummaryRight(List<String> figures) {
        // 合计, 人员经费 and 公用经费 (not compared, see above), 项目支出 (printed only when not zero)
        return Arrays.asList(figures.isEmpty() ? "" : figures.get(0), null, null,
                figures.size() == 4 ? figures.get(3) : "");
    }
}
