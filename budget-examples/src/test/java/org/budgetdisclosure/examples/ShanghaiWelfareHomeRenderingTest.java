package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;
import org.junit.jupiter.api.Test;

/**
 * 上海市普陀区社会福利院 2024 (unit version, whole 元) rendered with {@code shanghai-unit} and read back from every
 * format against the published document. The reference's defects are corrected, not reproduced (see
 * {@code budget-examples/src/test/resources/reference/README.md}): 类 210 is 卫生健康支出 (tables 1 and 4 print 医疗卫生与计划生育支出), the 类 code of
 * 事业单位医疗 is 210 (tables 3 and 5 print {@code 7}), table 9 prints 6.40 and 0.00 (it prints {@code 6.4}, {@code 0}
 * and leaves 购置费 blank). Its economic 款 print as published (302 02 咨询费, 303 01 退休费; see the profile).
 *
 * <p>Two deliberate differences in tables 1 and 4: they list only the 类 with money, as the department's do (the
 * unit's reference also lists 一、一般公共服务支出 without any figure, so its numbering is one higher). Table 1's
 * 人员经费 and 公用经费 by 类 are compared too: the budget file states the economic code of each basic line (2081005
 * as 4,850,866 of 301 and 2,113,930 of 302, 2080599's 7,020 of 302 — the 机关事业单位退休人员活动费 of table 8), which
 * determines them; without it the layout would leave them blank rather than apportion.
 */
class ShanghaiWelfareHomeRenderingTest extends ShanghaiRenderingCheck {

    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    ShanghaiWelfareHomeRenderingTest() throws Exception {}

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
        return List.of(
                "2024年预算单位财务收支预算总表",
                "2024年预算单位收入预算总表",
                "2024年预算单位支出预算总表",
                "2024年预算单位财政拨款收支预算总表",
                "2024年预算单位一般公共预算支出功能分类预算表",
                "2024年预算单位政府性基金预算支出功能分类预算表",
                "2024年预算单位国有资本经营预算支出功能分类预算表",
                "2024年预算单位一般公共预算基本支出部门预算经济分类预算表",
                "单位“三公”经费和机关运行经费预算表");
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
    String threePublicZero() {
        return "0.00";
    }

    @Override
    List<String> financialSummaryLeft() {
        return List.of("一、财政拨款收入", "1、一般公共预算资金", "2、政府性基金", "3、国有资本经营预算", "二、事业收入", "三、事业单位经营收入", "四、其他收入");
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
        // 合计, 人员经费, 公用经费, 项目支出, each printed only when not zero (the reference's rows here have all four,
        // or 合计 and 人员经费 only)
        List<String> cells = new ArrayList<>(figures);
        while (cells.size() < 4) {
            cells.add("");
        }
        return cells;
    }

    /**
     * The economic 款 print as published, numbered in sequence within each 类 (the budget file's codes with their
     * published names), not renumbered by the national catalogue: 302 02 is 咨询费 here (印刷费 nationally, where
     * 咨询费 is 30203), 303 01 is 退休费 under 303 离退休人员经费 (30302 under 对个人和家庭的补助 nationally), and
     * 302 06 办公设备购置费, 302 11 事业单位离退休人员福利费 and 302 12 机关事业单位退休人员活动费 have no 302 款
     * nationally at all. The layout never rewrites a code; the profile's header and docs/profiles.md say so.
     */
    @Test
    void economicCodesPrintAsPublished() {
        Table eight = disclosure.document().blocks().stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .filter(t -> t.anchor().equals("table-8"))
                .findFirst()
                .orElseThrow();
        List<String> rows = eight.body().stream()
                .map(r -> String.join(
                        "|", r.cells().subList(0, 3).stream().map(Cell::text).toList()))
                .toList();
        assertThat(rows)
                .contains(
                        "302|02|咨询费",
                        "302|03|水费",
                        "302|06|办公设备购置费",
                        "302|11|事业单位离退休人员福利费",
                        "302|12|机关事业单位退休人员活动费",
                        "303||离退休人员经费",
                        "303|01|退休费");
        assertThat(html().get(7).body())
                .anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("302", "02", "咨询费"));
    }
}
