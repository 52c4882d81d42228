package org.budgetdisclosure.model.facts;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An optional fact a layout may need (a profile's {@code requires:}): absent is not zero, so a layout that prints
 * a sentence from it needs the budget to state it. Each has the key a profile names it by, its path in the budget
 * file and what it is.
 */
public enum StatedFact {
    /**
     * 机关运行经费: stated, or known to be none because the department is a 事业单位 not managed under the civil
     * servant law ({@link DepartmentKind#hasOperatingCosts()}).
     */
    OPERATING_COSTS(
            "operatingCosts",
            "operatingCosts",
            "机关运行经费",
            b -> b.operatingCosts().isPresent() || !b.department().kind().hasOperatingCosts()),
    /** The “三公” figures: at least one line stated (a zero line states zero). */
    THREE_PUBLIC("threePublic", "threePublic", "“三公”经费", b -> !b.threePublic().isEmpty()),
    /** Last year's “三公”: {@link PriorYear} or {@link PriorThreePublic}. */
    PRIOR_THREE_PUBLIC(
            "priorThreePublic",
            "narrative.priorThreePublic",
            "上年“三公”经费预算",
            b -> b.priorYear().isPresent() || b.narrative().priorThreePublic().isPresent()),
    /** 政府采购预算 by 货物, 工程, 服务. */
    PROCUREMENT_TOTALS(
            "procurementTotals",
            "narrative.procurementTotals",
            "政府采购预算（货物、工程、服务）",
            b -> b.narrative().procurementTotals().isPresent()),
    /** 绩效目标设置情况: stated, or the listed projects. */
    PERFORMANCE_TARGETS(
            "performanceTargets",
            "narrative.performanceTargets",
            "绩效目标设置情况",
            b -> b.narrative().performanceTargets().isPresent()
                    || !b.narrative().projects().isEmpty()),
    /** Vehicles and large equipment held. */
    HELD_ASSETS(
            "heldAssets",
            "narrative.heldAssets",
            "国有资产占有使用情况（车辆、单价100万元以上设备）",
            b -> b.narrative().heldAssets().isPresent()),
    /** Vehicles and large equipment to buy. */
    PLANNED_ASSETS(
            "plannedAssets",
            "narrative.plannedAssets",
            "预算安排购置车辆及单价100万元以上设备",
            b -> b.narrative().plannedAssets().isPresent()),
    /** The budget units of 机构设置. */
    BUDGET_UNITS(
            "budgetUnits",
            "narrative.budgetUnits",
            "机构设置（本部及下属预算单位）",
            b -> !b.narrative().budgetUnits().isEmpty()),
    /** The internal divisions of 机构设置. */
    INTERNAL_DIVISIONS(
            "internalDivisions",
            "narrative.internalDivisions",
            "机构设置（内设机构）",
            b -> !b.narrative().internalDivisions().isEmpty()),
    /**
     * 部门主要职能 (the duties): a chapter of its own in the layouts that print it, whose heading would stand over
     * nothing; its absence is the warning {@code chapter.empty}, not an error ({@link #isChapter()}).
     */
    DUTIES("duties", "narrative.duties", "部门主要职能", b -> !b.narrative().duties().isEmpty());

    private final String key;
    private final String path;
    private final String chineseName;
    private final Predicate<Budget> stated;

    StatedFact(String key, String path, String chineseName, Predicate<Budget> stated) {
        this.key = key;
        this.path = path;
        this.chineseName = chineseName;
        this.stated = stated;
    }

    /** @return the name a profile's {@code requires:} uses, such as {@code operatingCosts}; never null */
    public String key() {
        return key;
    }

    /** @return the fact's path in the budget file and in findings, such as {@code narrative.heldAssets} */
    public String path() {
        return path;
    }

    /** @return what the fact is, in Chinese; never null */
    public String chineseName() {
        return chineseName;
    }

    /** @param budget a budget, not null @return whether it states this fact (or its absence, where modelled) */
    public boolean isStated(Budget budget) {
        return stated.test(budget);
    }

    /**
     * @return whether the fact is a chapter's whole content: absent, the layout prints the chapter's heading over
     *     nothing (a warning), rather than a sentence from a missing figure (an error)
     */
    public boolean isChapter() {
        return this == DUTIES;
    }

    /** @param key a key, such as {@code operatingCosts} @return the fact of that key, if any */
    public static Optional<StatedFact> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }
}
