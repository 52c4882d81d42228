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
 */
public record Narrative(List<String> duties, List<String> institutionOverview, List<Institution> institutions,
        Optional<Staffing> staffing, List<String> overallGoals, List<String> specialFunds,
        List<PerformanceProject> projects, List<String> safeguards, List<ProcurementItem> procurement,
        AssetRegister assets, List<GlossaryEntry> glossary, List<String> otherNotes) {

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
    }

    /**
     * @param unit the budget's unit, not null
     * @return a narrative with no prose and no glossary of its own (the layout's is printed), never null
     */
    public static Narrative empty(MoneyUnit unit) {
        return new Narrative(List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), AssetRegister.none(unit), List.of(), List.of());
    }
}
