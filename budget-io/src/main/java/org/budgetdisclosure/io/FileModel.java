package org.budgetdisclosure.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.facts.VehicleCategory;

/**
 * The budget file format {@value #FORMAT}: the shape of the JSON (or YAML) document, field for field. The field
 * names are those of the facts, so a validation finding's location ({@code appropriations[3].amount}) is also
 * the place in the file. Amounts are decimal text or numbers, read without loss; the file's {@code unit} is the
 * unit of every one of them (the model holds each as read, and the mapping gives it the file's unit). The
 * optional {@code rounded} declares the figures rounded to the unit's second decimal.
 */
final class FileModel {

    /** The format identifier every file carries. */
    static final String FORMAT = "budget-disclosure/1";

    private FileModel() {}

    @JsonPropertyOrder({
        "format",
        "profile",
        "unit",
        "year",
        "department",
        "appropriations",
        "basicExpenditures",
        "costClasses",
        "threePublic",
        "priorYear",
        "names",
        "declaredTotals",
        "rounded",
        "operatingCosts",
        "narrative",
        "explanations",
        "units"
    })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BudgetDoc(
            @JsonProperty(required = true) String format,
            String profile,
            @JsonProperty(required = true) String unit,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer year,

            @JsonProperty(required = true) DepartmentDoc department,
            List<AppropriationDoc> appropriations,
            List<BasicDoc> basicExpenditures,
            Map<String, CostClass> costClasses,
            List<ThreePublicDoc> threePublic,
            PriorYearDoc priorYear,
            NamesDoc names,
            Map<DeclaredTotal, Amount> declaredTotals,
            Boolean rounded,
            Amount operatingCosts,
            NarrativeDoc narrative,
            ExplanationsDoc explanations,
            List<UnitDoc> units) {}

    /**
     * A unit (预算单位) of a department: a budget's own facts, its year, unit of amounts, rounding and cost classes
     * being the department's. Where a department has units, its lines, basic expenditure, “三公”, procurement and
     * assets are theirs, summed.
     */
    @JsonPropertyOrder({
        "department",
        "appropriations",
        "basicExpenditures",
        "threePublic",
        "priorYear",
        "names",
        "declaredTotals",
        "operatingCosts",
        "narrative",
        "explanations"
    })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UnitDoc(
            @JsonProperty(required = true) DepartmentDoc department,
            List<AppropriationDoc> appropriations,
            List<BasicDoc> basicExpenditures,
            List<ThreePublicDoc> threePublic,
            PriorYearDoc priorYear,
            NamesDoc names,
            Map<DeclaredTotal, Amount> declaredTotals,
            Amount operatingCosts,
            NarrativeDoc narrative,
            ExplanationsDoc explanations) {}

    record DepartmentDoc(
            String code,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String shortName,
            @JsonProperty(required = true) DepartmentKind kind) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AppropriationDoc(
            @JsonProperty(required = true) FunctionCode functionCode,
            @JsonProperty(required = true) RevenueSource source,
            Fund fund,
            @JsonProperty(required = true) ExpenditureType type,
            @JsonProperty(required = true) Amount amount,
            EconomicCode economicCode) {}

    record BasicDoc(
            @JsonProperty(required = true) EconomicCode economicCode,
            @JsonProperty(required = true) Amount amount) {}

    record ThreePublicDoc(
            @JsonProperty(required = true) ThreePublicItem item,
            @JsonProperty(required = true) Fund fund,
            @JsonProperty(required = true) Amount amount) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PriorYearDoc(
            @JsonProperty(required = true) Amount total,
            @JsonProperty(required = true) Amount personnel,
            @JsonProperty(required = true) Amount publicUse,
            @JsonProperty(required = true) Amount project,
            Map<ThreePublicItem, Amount> threePublic,
            Map<Comparison, String> reasons) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NamesDoc(Map<String, String> functional, Map<String, String> economic) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NarrativeDoc(
            List<String> duties,
            List<String> institutionOverview,
            List<InstitutionDoc> institutions,
            StaffingDoc staffing,
            List<String> overallGoals,
            List<String> specialFunds,
            List<ProjectDoc> projects,
            List<String> safeguards,
            List<ProcurementDoc> procurement,
            AssetsDoc assets,
            List<GlossaryDoc> glossary,
            List<String> otherNotes,
            List<BudgetUnitDoc> budgetUnits,
            List<String> internalDivisions,
            ProcurementTotalsDoc procurementTotals,
            PerformanceTargetsDoc performanceTargets,
            HeldAssetsDoc heldAssets,
            PlannedAssetsDoc plannedAssets,
            PriorThreePublicDoc priorThreePublic) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BudgetUnitDoc(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) DepartmentKind kind,
            Boolean headquarters,
            Boolean mergedIntoHeadquarters) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProcurementTotalsDoc(
            @JsonProperty(required = true) Amount goods,
            @JsonProperty(required = true) Amount works,
            @JsonProperty(required = true) Amount services,
            Amount reservedForSmes,
            Amount reservedForSmallAndMicro) {}

    record PerformanceTargetsDoc(
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer projects,

            @JsonProperty(required = true) Amount amount) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HeldAssetsDoc(
            @JsonProperty(required = true) LocalDate asOf,
            Map<VehicleCategory, Integer> vehicles,
            Integer largeEquipment) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PlannedAssetsDoc(Map<VehicleCategory, Integer> vehicles, Integer largeEquipment) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record PriorThreePublicDoc(Map<ThreePublicItem, Amount> amounts, Map<Comparison, String> reasons) {}

    record InstitutionDoc(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) String kind,
            @JsonProperty(required = true) String rank,
            @JsonProperty(required = true) String fundingForm) {}

    record StaffingDoc(
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer total,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer active,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer retiredCadres,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer retired) {}

    record ProjectDoc(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) Amount amount,
            List<String> description,
            List<String> goals,
            List<IndicatorDoc> indicators) {}

    record IndicatorDoc(
            @JsonProperty(required = true) String level1,
            @JsonProperty(required = true) String level2,
            @JsonProperty(required = true) String level3,
            @JsonProperty(required = true) String description,
            @JsonProperty(required = true) String value,
            @JsonProperty(required = true) String basis) {}

    record ProcurementDoc(
            @JsonProperty(required = true) String unitName,
            @JsonProperty(required = true) FunctionCode functionCode,
            String projectName,
            String projectType,
            String catalogueNumber,
            @JsonProperty(required = true) String itemName,
            String specification,
            String measureUnit,
            @JsonProperty(required = true) Amount unitPrice,
            @JsonProperty(required = true) BigDecimal quantity,
            @JsonProperty(required = true) Amount amount,
            @JsonProperty(required = true) Map<Fund, Amount> funding) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AssetsDoc(
            @JsonProperty(required = true) LocalDate asOf,
            List<AssetCategoryDoc> categories,
            Amount plannedAcquisitions) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AssetCategoryDoc(
            @JsonProperty(required = true) String name,
            BigDecimal quantity,
            @JsonProperty(required = true) Amount value) {}

    /** The stated facts of the 编制说明 and 项目经费情况说明 ({@code Explanations}). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ExplanationsDoc(
            PriorRevenueDoc priorRevenue, List<LineExplanationDoc> lines, List<ProjectExplanationDoc> projects) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PriorRevenueDoc(@JsonProperty(required = true) Map<RevenueSource, Amount> bySource, String fiscalReason) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineExplanationDoc(
            @JsonProperty(required = true) FunctionCode functionCode,
            @JsonProperty(required = true) String purpose,
            LineLastYearDoc lastYear) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LineLastYearDoc(
            @JsonProperty(required = true) Amount amount,
            @JsonProperty(required = true) LineLastYear.Kind kind,
            String reason) {}

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ProjectExplanationDoc(
            String name,
            List<String> overview,
            List<String> basis,
            List<String> implementers,
            List<String> plan,
            PeriodDoc period,
            List<AllocationDoc> allocations,
            List<String> goals) {}

    record PeriodDoc(
            @JsonProperty(required = true) LocalDate start,
            @JsonProperty(required = true) LocalDate end) {}

    record AllocationDoc(
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) Amount amount) {}

    record GlossaryDoc(
            @JsonProperty(required = true) String term,
            @JsonProperty(required = true) String definition) {}
}
