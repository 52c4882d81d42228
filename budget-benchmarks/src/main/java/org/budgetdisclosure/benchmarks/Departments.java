package org.budgetdisclosure.benchmarks;

import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.ExpenditureType.PROJECT;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * Valid departments of a chosen size, generated from a seed (the same seed, the same budget): functional 项
 * lines spread over the 30 类, economic 款 lines whose total is split over the basic lines, projects with a
 * nine-row indicator table, procurement and assets.
 */
public final class Departments {

    private static final String WORDS = "预算公开部门项目经费支出管理服务建设发展保障运行维护专项资金改革信息科技教育卫生交通";
    private static final List<FunctionCode> CLASSES = Catalogue.bundled().functionClasses();

    private Departments() {}

    /**
     * @param seed the seed
     * @param items the number of functional 项 lines
     * @param economic the number of economic 款 lines
     * @param projects the number of projects with indicator tables
     * @return a valid budget, never null
     */
    public static Budget generate(long seed, int items, int economic, int projects) {
        Random r = new Random(seed);
        Budget.Builder b = Budget.builder()
                .department(
                        String.valueOf(100 + seed % 900),
                        "某县" + words(r, 4) + "局",
                        words(r, 2) + "局",
                        DepartmentKind.ADMINISTRATIVE)
                .year(2022);
        long economicCents = 0;
        List<String> used = new ArrayList<>();
        for (int i = 0; i < economic; i++) {
            String code = new String[] {"301", "302", "303", "310"}[i % 4] + two(1 + (i / 4) % 99);
            if (used.contains(code)) {
                continue;
            }
            used.add(code);
            long cents = 100 + r.nextInt(5_000_00);
            economicCents += cents;
            b.basicExpenditure(code, BigDecimal.valueOf(cents, 2).toPlainString());
        }
        int basicLines = Math.max(1, items / 5);
        int sections = Math.max(1, items / 120); // about four 项 to a 款: rows grow with the lines
        long left = economicCents;
        for (int i = 0; i < items; i++) {
            FunctionCode c = CLASSES.get(i % CLASSES.size());
            String code = c.value() + two(1 + (i / 30) % sections) + two(1 + (i / (30 * sections)) % 99);
            if (i < basicLines) {
                long cents = i == basicLines - 1 ? left : left / (basicLines - i);
                left -= cents;
                b.appropriation(
                        code,
                        GENERAL_PUBLIC_BUDGET,
                        BASIC,
                        BigDecimal.valueOf(cents, 2).toPlainString());
            } else {
                b.appropriation(
                        code,
                        GENERAL_PUBLIC_BUDGET,
                        PROJECT,
                        BigDecimal.valueOf(100 + r.nextInt(10_000_00), 2).toPlainString());
            }
        }
        for (ThreePublicItem item : ThreePublicItem.values()) {
            b.threePublic(
                    item,
                    Fund.GENERAL_PUBLIC,
                    BigDecimal.valueOf(r.nextInt(20_00), 2).toPlainString());
        }
        b.duties(words(r, 80), words(r, 60), words(r, 90));
        b.institutionOverview(words(r, 120));
        b.institution(words(r, 6) + "局", "行政", "正科级", "财政拨款");
        b.staffing(60, 40, 5, 15);
        b.overallGoals(words(r, 200), words(r, 150));
        for (int p = 0; p < projects; p++) {
            List<Indicator> indicators = new ArrayList<>();
            for (String[] row : new String[][] {
                {"产出指标", "数量指标"},
                {"产出指标", "质量指标"},
                {"产出指标", "时效指标"},
                {"产出指标", "成本指标"},
                {"效益指标", "经济效益指标"},
                {"效益指标", "社会效益指标"},
                {"效益指标", "生态效益指标"},
                {"效益指标", "可持续影响指标"},
                {"满意度指标", "服务对象满意度指标"}
            }) {
                indicators.add(new Indicator(row[0], row[1], words(r, 6), words(r, 8), "≥95", "年初预算安排"));
            }
            b.project(new PerformanceProject(
                    words(r, 8) + "项目",
                    Amount.of(BigDecimal.valueOf(r.nextInt(500_00), 2), MoneyUnit.TEN_THOUSAND_YUAN),
                    List.of(words(r, 100)),
                    List.of(words(r, 20), words(r, 20), words(r, 20)),
                    indicators));
        }
        b.safeguards(words(r, 40), words(r, 40));
        b.procurement(
                b.build().department().name(),
                "2150501",
                "公用经费",
                "正常公用",
                "台式计算机",
                "台",
                "0.50",
                "10",
                "5.00",
                Fund.GENERAL_PUBLIC);
        b.assets(
                LocalDate.of(2021, 12, 31),
                "5.00",
                AssetCategory.of("房屋及构筑物（平方米）", "500", Amount.wan("100.00")),
                AssetCategory.of("车辆（台、辆）", "2", Amount.wan("30.00")));
        return b.build();
    }

    /** The reference-sized department: about the reference's lines, economic lines and projects. */
    public static Budget typical(long seed) {
        return generate(seed, 12, 28, 5);
    }

    private static String words(Random r, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(WORDS.charAt(r.nextInt(WORDS.length())));
        }
        return s.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
