package org.budgetdisclosure.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.io.FileModel.BasicDoc;
import org.budgetdisclosure.io.FileModel.DepartmentDoc;
import org.budgetdisclosure.io.FileModel.HeldAssetsDoc;
import org.budgetdisclosure.io.FileModel.NamesDoc;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.StatedFigure;
import org.budgetdisclosure.model.finalaccounts.StatedPercentage;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;

/**
 * The final-accounts file format {@value #FORMAT}: the shape of the JSON (or YAML) document, field for field, with
 * the names of the facts ({@link org.budgetdisclosure.model.finalaccounts.FinalAccounts}), so that a validation
 * finding's location is also the place in the file. The department, the names, the basic expenditure lines and
 * the assets held have the budget file's shape.
 */
final class FinalAccountsModel {

    /** The format identifier every final-accounts file carries. */
    static final String FORMAT = "budget-disclosure-final-accounts/1";

    private FinalAccountsModel() {}

    record FinalAccountsDoc(
            @JsonProperty(required = true) String format,
            @JsonProperty(required = true) String unit,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer year,

            @JsonProperty(required = true) DepartmentDoc department,
            List<RevenueDoc> revenues,
            List<SpendingDoc> spending,
            BalancesDoc balances,
            List<FundBalanceDoc> fundBalances,
            List<BasicDoc> basicExpenditures,
            Map<String, CostClass> costClasses,
            List<ThreePublicDoc> threePublic,
            ActivityDoc threePublicActivity,
            List<LineBudgetDoc> lineBudgets,
            String openingBudgetReason,
            LastYearDoc lastYear,
            Amount operatingCosts,
            ProcurementDoc procurement,
            PerformanceDoc performance,
            HeldAssetsDoc assets,
            List<CompositionDoc> composition,
            Map<StatedFigure, Amount> statedFigures,
            Map<StatedPercentage, BigDecimal> statedPercentages,
            NamesDoc names,
            List<UnitDoc> units,
            Boolean rounded,
            List<String> duties) {}

    /** A unit of a department: its own facts; year, ledger unit and cost classes are the department's. */
    record UnitDoc(
            @JsonProperty(required = true) DepartmentDoc department,
            List<RevenueDoc> revenues,
            List<SpendingDoc> spending,
            BalancesDoc balances,
            List<FundBalanceDoc> fundBalances,
            List<BasicDoc> basicExpenditures,
            List<ThreePublicDoc> threePublic,
            ActivityDoc threePublicActivity,
            List<LineBudgetDoc> lineBudgets,
            Amount operatingCosts,
            NamesDoc names) {}

    record RevenueDoc(
            @JsonProperty(required = true) FunctionCode functionCode,
            @JsonProperty(required = true) FinalRevenueSource source,
            @JsonProperty(required = true) Amount amount) {}

    record SpendingDoc(
            @JsonProperty(required = true) FunctionCode functionCode,
            @JsonProperty(required = true) ExpenditureType type,
            @JsonProperty(required = true) Fund fund,
            @JsonProperty(required = true) Amount amount) {}

    record BalancesDoc(
            @JsonProperty(required = true) Amount opening,
            Amount nonFiscalBalanceUsed,
            Amount surplusDistribution,
            @JsonProperty(required = true) Amount closing) {}

    record FundBalanceDoc(
            @JsonProperty(required = true) Fund fund,
            FunctionCode functionCode,
            @JsonProperty(required = true) Amount opening,
            @JsonProperty(required = true) Amount closing) {}

    record ThreePublicDoc(
            @JsonProperty(required = true) ThreePublicHeading item,
            @JsonProperty(required = true) Amount budgeted,
            @JsonProperty(required = true) Amount spent) {}

    record ActivityDoc(
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer overseasGroups,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer overseasPeople,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer vehiclesBought,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer vehiclesHeld,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer domesticBatches,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer domesticPeople,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer foreignBatches,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer foreignPeople) {}

    record LineBudgetDoc(
            @JsonProperty(required = true) FunctionCode functionCode,
            @JsonProperty(required = true) Amount openingBudget,
            @JsonProperty(required = true) String usedFor,
            String reason) {}

    record LastYearDoc(Map<LastYearFigure, Amount> figures, Map<LastYearFigure, String> reasons) {}

    record ProcurementDoc(
            @JsonProperty(required = true) Amount goods,
            @JsonProperty(required = true) Amount works,
            @JsonProperty(required = true) Amount services,
            @JsonProperty(required = true) Amount smeReserved,
            @JsonProperty(required = true) Amount smallMicroReserved,
            @JsonProperty(required = true) Amount smeAwarded,
            @JsonProperty(required = true) Amount smallMicroAwarded,
            @JsonProperty(required = true) Amount smeAwardedOther) {}

    record PerformanceDoc(
            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer targetProjects,

            @JsonProperty(required = true) Amount targetAmount,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer followedProjects,

            @JsonProperty(required = true) Amount followedAmount,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer evaluatedProjects,

            @JsonProperty(required = true) Amount evaluatedAmount,
            @JsonProperty(required = true) BigDecimal averageScore,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer excellent,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer good,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer pass,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer fail,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer problemsFound,

            @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL)
            Integer problemsFixed) {}

    record CompositionDoc(@JsonProperty(required = true) String name, String note) {}
}
