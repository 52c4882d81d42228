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
 * @param glossary 名词解释, not null; {@link #standardGlossary()} is the usual one
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
     * @return a narrative with no prose and the standard glossary, never null
     */
    public static Narrative empty(MoneyUnit unit) {
        return new Narrative(List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), List.of(), AssetRegister.none(unit), standardGlossary(), List.of());
    }

    /** @return the standard glossary (名词解释) of the Hebei disclosures, never null */
    public static List<GlossaryEntry> standardGlossary() {
        return List.of(
                new GlossaryEntry("一般公共预算拨款收入", "指本级财政当年拨付的资金。"),
                new GlossaryEntry("事业收入", "指事业单位开展专业业务活动及辅助活动所取得的收入。"),
                new GlossaryEntry("其他收入", "指除“一般公共预算拨款收入”、“事业收入”等以外的收入。主要是按规定动用的租房收入、存款利息收入等。"),
                new GlossaryEntry("基本支出", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"),
                new GlossaryEntry("项目支出", "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
                new GlossaryEntry("上缴上级支出", "指下级单位上缴上级的支出。"),
                new GlossaryEntry("“三公”经费", "纳入本级财政预算管理的“三公”经费，是指本级部门用财政拨款安排的因公出国（境）费、"
                        + "公务用车购置及运维费和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的住宿费、旅费、伙食补助费、"
                        + "杂费、培训费等支出；公务用车购置及运维费反映单位公务用车购置费及租用费、燃料费、维修费、过路过桥费、保险费、"
                        + "安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。"),
                new GlossaryEntry("机关运行费", "是指各部门的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、"
                        + "专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。"),
                new GlossaryEntry("上年结转", "指以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金。"),
                new GlossaryEntry("事业单位经营支出", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。"));
    }
}
