package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.budgetdisclosure.model.classification.FunctionCode;

/**
 * The prose and published facts of {@link Budget.Builder}: the {@link Narrative} (部门职责, 机构设置, 绩效目标, 政府采购,
 * 资产, 名词解释, …) and the {@link Explanations}. Its public methods are {@link Budget.Builder}'s; it is apart only to
 * keep {@code Budget.java} short.
 *
 * <p>Amounts given as decimal text are checked now in the unit the builder has, and take the budget's unit when
 * the budget is built.
 *
 * @param <B> the builder type, {@link Budget.Builder}
 */
abstract class NarrativeBuilder<B extends NarrativeBuilder<B>> {
    private final List<String> duties = new ArrayList<>();
    private final List<String> institutionOverview = new ArrayList<>();
    private final List<Institution> institutions = new ArrayList<>();
    private Staffing staffing;
    private final List<String> overallGoals = new ArrayList<>();
    private final List<String> specialFunds = new ArrayList<>();
    private final List<PerformanceProject> projects = new ArrayList<>();
    private final List<String> safeguards = new ArrayList<>();
    private final List<Function<MoneyUnit, ProcurementItem>> procurement = new ArrayList<>();
    private Function<MoneyUnit, AssetRegister> assets = AssetRegister::none;
    private List<GlossaryEntry> glossary = List.of();
    private final List<String> otherNotes = new ArrayList<>();
    private final List<OrganisationUnit> budgetUnits = new ArrayList<>();
    private final List<String> internalDivisions = new ArrayList<>();
    private Function<MoneyUnit, ProcurementTotals> procurementTotals;
    private Function<MoneyUnit, PerformanceTargets> performanceTargets;
    private AssetHoldings heldAssets;
    private AssetPurchases plannedAssets;
    private PriorThreePublic priorThreePublic;
    private Explanations explanations = Explanations.none();

    NarrativeBuilder() {}

    /** @return this builder as its own type */
    abstract B self();

    /** @return the unit amounts given as decimal text are checked in now (the budget's, as set so far) */
    abstract MoneyUnit ledgerUnit();

    /** @param paragraphs 部门职责 @return this builder */
    public B duties(String... paragraphs) {
        duties.addAll(Arrays.asList(paragraphs));
        return self();
    }

    /** @param paragraphs 机构及组成单位情况 @return this builder */
    public B institutionOverview(String... paragraphs) {
        institutionOverview.addAll(Arrays.asList(paragraphs));
        return self();
    }

    /**
     * @param name 单位名称
     * @param kind 单位性质
     * @param rank 单位规格
     * @param fundingForm 经费保障形式
     * @return this builder
     */
    public B institution(String name, String kind, String rank, String fundingForm) {
        institutions.add(new Institution(name, kind, rank, fundingForm));
        return self();
    }

    /**
     * @param total 总人数
     * @param active 在职
     * @param retiredCadres 离休
     * @param retired 退休
     * @return this builder
     */
    public B staffing(int total, int active, int retiredCadres, int retired) {
        this.staffing = new Staffing(total, active, retiredCadres, retired);
        return self();
    }

    /** @param paragraphs 总体绩效目标 @return this builder */
    public B overallGoals(String... paragraphs) {
        overallGoals.addAll(Arrays.asList(paragraphs));
        return self();
    }

    /** @param paragraphs 专项资金绩效目标; none for the standard sentence @return this builder */
    public B specialFunds(String... paragraphs) {
        specialFunds.addAll(Arrays.asList(paragraphs));
        return self();
    }

    /** @param project a project with goals and indicators, not null @return this builder */
    public B project(PerformanceProject project) {
        projects.add(Checks.present(project, "project"));
        return self();
    }

    /** @param items 工作保障措施 @return this builder */
    public B safeguards(String... items) {
        safeguards.addAll(Arrays.asList(items));
        return self();
    }

    /** @param item a procurement row, not null @return this builder */
    public B procurement(ProcurementItem item) {
        Checks.present(item, "procurement");
        procurement.add(u -> item);
        return self();
    }

    /**
     * A procurement row paid wholly from one fund.
     *
     * @param unitName 单位名称
     * @param functionCode 功能分类科目编码
     * @param projectName 项目名称
     * @param projectType 项目类型
     * @param itemName 采购物品名称
     * @param measureUnit 单位
     * @param unitPrice 单价 as decimal text
     * @param quantity 数量
     * @param amount 金额 as decimal text
     * @param fund 资金来源
     * @return this builder
     */
    public B procurement(
            String unitName,
            String functionCode,
            String projectName,
            String projectType,
            String itemName,
            String measureUnit,
            String unitPrice,
            String quantity,
            String amount,
            Fund fund) {
        Function<MoneyUnit, ProcurementItem> item = u -> new ProcurementItem(
                unitName,
                FunctionCode.of(functionCode),
                projectName,
                projectType,
                "",
                itemName,
                "",
                measureUnit,
                Amount.parse(unitPrice, u),
                new BigDecimal(quantity),
                Amount.parse(amount, u),
                Map.of(fund, Amount.parse(amount, u)));
        item.apply(ledgerUnit());
        procurement.add(item);
        return self();
    }

    /**
     * @param asOf 截止时间
     * @param plannedAcquisitions 拟购置固定资产总额 as decimal text
     * @param categories the categories, their values in the budget's unit
     * @return this builder
     */
    public B assets(LocalDate asOf, String plannedAcquisitions, AssetCategory... categories) {
        Amount.parse(plannedAcquisitions, ledgerUnit());
        List<AssetCategory> list = List.of(categories);
        this.assets = u -> new AssetRegister(asOf, list, Amount.parse(plannedAcquisitions, u));
        return self();
    }

    /** @param register the assets, not null @return this builder */
    public B assets(AssetRegister register) {
        Checks.present(register, "assets");
        this.assets = u -> register;
        return self();
    }

    /** @param entries 名词解释; the standard glossary unless set @return this builder */
    public B glossary(List<GlossaryEntry> entries) {
        this.glossary = List.copyOf(entries);
        return self();
    }

    /** @param paragraphs 其他需要说明的事项 @return this builder */
    public B otherNotes(String... paragraphs) {
        otherNotes.addAll(Arrays.asList(paragraphs));
        return self();
    }

    /**
     * Lists a budget unit (预算单位) in 机构设置.
     *
     * @param name the name as listed, such as 财政局本部
     * @param kind 行政, 事业 or 参公
     * @param headquarters whether it is the department's 本部
     * @return this builder
     */
    public B budgetUnit(String name, DepartmentKind kind, boolean headquarters) {
        budgetUnits.add(new OrganisationUnit(name, kind, headquarters));
        return self();
    }

    /**
     * Lists in 机构设置 a unit whose budget is not separate but part of the 本部's (预算不单列，并入本部): printed
     * with that note, not counted among the 下属预算单位.
     *
     * @param name the name as listed
     * @param kind 行政, 事业 or 参公
     * @return this builder
     */
    public B mergedBudgetUnit(String name, DepartmentKind kind) {
        budgetUnits.add(new OrganisationUnit(name, kind, false, true));
        return self();
    }

    /** @param names the internal divisions (内设机构) 机构设置 lists @return this builder */
    public B internalDivisions(String... names) {
        internalDivisions.addAll(Arrays.asList(names));
        return self();
    }

    /**
     * States 政府采购预算 as totals by category (no 中小企业 set-aside).
     *
     * @param goods 货物 as decimal text
     * @param works 工程 as decimal text
     * @param services 服务 as decimal text
     * @return this builder
     */
    public B procurementTotals(String goods, String works, String services) {
        Function<MoneyUnit, ProcurementTotals> f =
                u -> ProcurementTotals.of(Amount.parse(goods, u), Amount.parse(works, u), Amount.parse(services, u));
        f.apply(ledgerUnit());
        this.procurementTotals = f;
        return self();
    }

    /** @param totals 政府采购预算 by category, or null for none stated @return this builder */
    public B procurementTotals(ProcurementTotals totals) {
        this.procurementTotals = totals == null ? null : u -> totals;
        return self();
    }

    /**
     * States 绩效目标设置情况.
     *
     * @param projects the number of projects that report performance targets
     * @param amount their budget as decimal text
     * @return this builder
     */
    public B performanceTargets(int projects, String amount) {
        Function<MoneyUnit, PerformanceTargets> f = u -> new PerformanceTargets(projects, Amount.parse(amount, u));
        f.apply(ledgerUnit());
        this.performanceTargets = f;
        return self();
    }

    /** @param targets 绩效目标设置情况, or null for none stated @return this builder */
    public B performanceTargets(PerformanceTargets targets) {
        this.performanceTargets = targets == null ? null : u -> targets;
        return self();
    }

    /** @param held vehicles and large equipment held, or null for none stated @return this builder */
    public B heldAssets(AssetHoldings held) {
        this.heldAssets = held;
        return self();
    }

    /** @param planned vehicles and large equipment to buy, or null for none stated @return this builder */
    public B plannedAssets(AssetPurchases planned) {
        this.plannedAssets = planned;
        return self();
    }

    /** @param prior last year's “三公” and the reasons, or null for none stated @return this builder */
    public B priorThreePublic(PriorThreePublic prior) {
        this.priorThreePublic = prior;
        return self();
    }

    /** @param narrative prose facts replacing all set so far, not null @return this builder */
    public B narrative(Narrative narrative) {
        duties.clear();
        duties.addAll(narrative.duties());
        institutionOverview.clear();
        institutionOverview.addAll(narrative.institutionOverview());
        institutions.clear();
        institutions.addAll(narrative.institutions());
        staffing = narrative.staffing().orElse(null);
        overallGoals.clear();
        overallGoals.addAll(narrative.overallGoals());
        specialFunds.clear();
        specialFunds.addAll(narrative.specialFunds());
        projects.clear();
        projects.addAll(narrative.projects());
        safeguards.clear();
        safeguards.addAll(narrative.safeguards());
        procurement.clear();
        narrative.procurement().forEach(this::procurement);
        assets(narrative.assets());
        glossary = narrative.glossary();
        otherNotes.clear();
        otherNotes.addAll(narrative.otherNotes());
        budgetUnits.clear();
        budgetUnits.addAll(narrative.budgetUnits());
        internalDivisions.clear();
        internalDivisions.addAll(narrative.internalDivisions());
        procurementTotals(narrative.procurementTotals().orElse(null));
        performanceTargets(narrative.performanceTargets().orElse(null));
        heldAssets = narrative.heldAssets().orElse(null);
        plannedAssets = narrative.plannedAssets().orElse(null);
        priorThreePublic = narrative.priorThreePublic().orElse(null);
        return self();
    }

    /**
     * @param explanations the stated facts of the 编制说明 and 项目经费情况说明, replacing any set so far, not null
     * @return this builder
     */
    public B explanations(Explanations explanations) {
        this.explanations = Checks.present(explanations, "explanations");
        return self();
    }

    /**
     * @param priorRevenue last year's revenue by source and the reason of the change of 财政拨款, not null
     * @return this builder
     */
    public B priorRevenue(PriorRevenue priorRevenue) {
        Checks.present(priorRevenue, "priorRevenue");
        explanations = new Explanations(Optional.of(priorRevenue), explanations.lines(), explanations.projects());
        return self();
    }

    /** @param line the explanation of a 项 (财政拨款支出主要内容), not null @return this builder */
    public B lineExplanation(LineExplanation line) {
        Checks.present(line, "lineExplanation");
        List<LineExplanation> lines = new ArrayList<>(explanations.lines());
        lines.add(line);
        explanations = new Explanations(explanations.priorRevenue(), lines, explanations.projects());
        return self();
    }

    /** @param project the 项目经费情况说明 of a project, not null @return this builder */
    public B projectExplanation(ProjectExplanation project) {
        Checks.present(project, "projectExplanation");
        List<ProjectExplanation> projects = new ArrayList<>(explanations.projects());
        projects.add(project);
        explanations = new Explanations(explanations.priorRevenue(), explanations.lines(), projects);
        return self();
    }

    /**
     * @param u the budget's unit, not null
     * @return the narrative of the facts given, its amounts in {@code u}
     */
    Narrative buildNarrative(MoneyUnit u) {
        return new Narrative(
                        duties,
                        institutionOverview,
                        institutions,
                        Optional.ofNullable(staffing),
                        overallGoals,
                        specialFunds,
                        projects,
                        safeguards,
                        procurement.stream().map(f -> f.apply(u)).toList(),
                        assets.apply(u),
                        glossary,
                        otherNotes)
                .withPublishedFacts(
                        budgetUnits,
                        internalDivisions,
                        Optional.ofNullable(procurementTotals).map(f -> f.apply(u)),
                        Optional.ofNullable(performanceTargets).map(f -> f.apply(u)),
                        Optional.ofNullable(heldAssets),
                        Optional.ofNullable(plannedAssets),
                        Optional.ofNullable(priorThreePublic));
    }

    /** @return the explanations given, never null */
    Explanations statedExplanations() {
        return explanations;
    }
}
