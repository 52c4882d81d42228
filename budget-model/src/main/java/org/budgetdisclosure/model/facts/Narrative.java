package org.budgetdisclosure.model.facts;

import java.util.List;
import java.util.Optional;

/**
 * The prose facts of the explanatory narrative (情况说明): what cannot be computed from the figures.
 *
 * <p>Every figure the narrative prints comes from the statements; these are the words around them, and the
 * tables of the narrative (institutions, indicators, procurement, assets). Immutable.
 *
 * @param duties 部门职责, one paragraph each, not null
 * @param institutionOverview 机构及组成单位情况 paragraphs, not null
 * @param institutions the rows of 部门机构设置情况, not null
 * @param staffing 人员构成情况 where stated
 * @param overallGoals 总体绩效目标 paragraphs, not null
 * @param specialFunds 专项资金绩效目标 paragraphs; empty for the standard “无专项资金” sentence, not null
 * @param projects the projects with their goals and indicator tables, not null
 * @param safeguards 工作保障措施, one item each, not null
 * @param procurement the rows of the procurement budget, not null
 * @param assets the fixed assets, not null
 * @param glossary 名词解释 as the department states it, not null; empty for the layout's own glossary
 * @param otherNotes 其他需要说明的事项 paragraphs; empty for “无其他需要说明的事项”, not null
 * @param budgetUnits the budget units (预算单位) 机构设置 lists, 本部 first, from which it counts 行政 and 事业 units;
 *     empty where not stated, not null
 * @param internalDivisions the internal divisions (内设机构) 机构设置 lists, such as 院长室; empty where not stated,
 *     not null
 * @param procurementTotals 政府采购预算 by 货物, 工程, 服务, where stated, not null
 * @param performanceTargets 绩效目标设置情况 (the number of projects with targets and their budget), where stated,
 *     not null; without it and with {@code projects}, the projects are those with targets
 * @param heldAssets 国有资产占有使用情况: vehicles by category at a date and large equipment, where stated, not null
 * @param plannedAssets the vehicles and large equipment the budget plans to buy, where stated, not null
 * @param priorThreePublic last year's “三公” budget and the reasons of the changes where the budget states no
 *     {@link PriorYear}, not null
 */
public record Narrative(
        List<String> duties,
        List<String> institutionOverview,
        List<Institution> institutions,
        Optional<Staffing> staffing,
        List<String> overallGoals,
        List<String> specialFunds,
        List<PerformanceProject> projects,
        List<String> safeguards,
        List<ProcurementItem> procurement,
        AssetRegister assets,
        List<GlossaryEntry> glossary,
        List<String> otherNotes,
        List<OrganisationUnit> budgetUnits,
        List<String> internalDivisions,
        Optional<ProcurementTotals> procurementTotals,
        Optional<PerformanceTargets> performanceTargets,
        Optional<AssetHoldings> heldAssets,
        Optional<AssetPurchases> plannedAssets,
        Optional<PriorThreePublic> priorThreePublic) {

    /** Validates and copies the fields. */
    public Narrative {
        duties = Checks.list(duties, "narrative.duties");
        institutionOverview = Checks.list(institutionOverview, "narrative.institutionOverview");
        institutions = Checks.list(institutions, "narrative.institutions");
        Checks.present(staffing, "narrative.staffing");
        overallGoals = Checks.list(overallGoals, "narrative.overallGoals");
        specialFunds = Checks.list(specialFunds, "narrative.specialFunds");
        projects = Checks.list(projects, "narrative.projects");
        safeguards = Checks.list(safeguards, "narrative.safeguards");
        procurement = Checks.list(procurement, "narrative.procurement");
        Checks.present(assets, "narrative.assets");
        glossary = Checks.list(glossary, "narrative.glossary");
        otherNotes = Checks.list(otherNotes, "narrative.otherNotes");
        budgetUnits = Checks.list(budgetUnits, "narrative.budgetUnits");
        internalDivisions = Checks.list(internalDivisions, "narrative.internalDivisions");
        internalDivisions.forEach(d -> Checks.nonBlank(d, "narrative.internalDivisions"));
        Checks.present(procurementTotals, "narrative.procurementTotals");
        Checks.present(performanceTargets, "narrative.performanceTargets");
        Checks.present(heldAssets, "narrative.heldAssets");
        Checks.present(plannedAssets, "narrative.plannedAssets");
        Checks.present(priorThreePublic, "narrative.priorThreePublic");
    }

    /**
     * The prose facts without the facts added for the Shanghai layouts (none of them stated).
     *
     * @param duties 部门职责, not null
     * @param institutionOverview 机构及组成单位情况, not null
     * @param institutions the rows of 部门机构设置情况, not null
     * @param staffing 人员构成情况, not null
     * @param overallGoals 总体绩效目标, not null
     * @param specialFunds 专项资金绩效目标, not null
     * @param projects the projects, not null
     * @param safeguards 工作保障措施, not null
     * @param procurement the procurement rows, not null
     * @param assets the fixed assets, not null
     * @param glossary 名词解释, not null
     * @param otherNotes 其他需要说明的事项, not null
     */
    public Narrative(
            List<String> duties,
            List<String> institutionOverview,
            List<Institution> institutions,
            Optional<Staffing> staffing,
            List<String> overallGoals,
            List<String> specialFunds,
            List<PerformanceProject> projects,
            List<String> safeguards,
            List<ProcurementItem> procurement,
            AssetRegister assets,
            List<GlossaryEntry> glossary,
            List<String> otherNotes) {
        this(
                duties,
                institutionOverview,
                institutions,
                staffing,
                overallGoals,
                specialFunds,
                projects,
                safeguards,
                procurement,
                assets,
                glossary,
                otherNotes,
                List.of(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    /**
     * @param budgetUnits the budget units 机构设置 lists, not null
     * @param internalDivisions the internal divisions 机构设置 lists, not null
     * @param procurementTotals 政府采购预算 by category, not null
     * @param performanceTargets 绩效目标设置情况, not null
     * @param heldAssets vehicles and large equipment held, not null
     * @param plannedAssets vehicles and large equipment to buy, not null
     * @param priorThreePublic last year's “三公”, not null
     * @return these prose facts with the given Shanghai facts, never null
     */
    public Narrative withPublishedFacts(
            List<OrganisationUnit> budgetUnits,
            List<String> internalDivisions,
            Optional<ProcurementTotals> procurementTotals,
            Optional<PerformanceTargets> performanceTargets,
            Optional<AssetHoldings> heldAssets,
            Optional<AssetPurchases> plannedAssets,
            Optional<PriorThreePublic> priorThreePublic) {
        return new Narrative(
                duties,
                institutionOverview,
                institutions,
                staffing,
                overallGoals,
                specialFunds,
                projects,
                safeguards,
                procurement,
                assets,
                glossary,
                otherNotes,
                budgetUnits,
                internalDivisions,
                procurementTotals,
                performanceTargets,
                heldAssets,
                plannedAssets,
                priorThreePublic);
    }

    /**
     * @param unit the budget's unit, not null
     * @return a narrative with no prose and no glossary of its own (the layout's is printed), never null
     */
    public static Narrative empty(MoneyUnit unit) {
        return new Narrative(
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                AssetRegister.none(unit),
                List.of(),
                List.of());
    }
}
