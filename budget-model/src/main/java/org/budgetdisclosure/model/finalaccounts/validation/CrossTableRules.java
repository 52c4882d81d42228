package org.budgetdisclosure.model.finalaccounts.validation;

import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatement;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.FiscalColumn;
import org.budgetdisclosure.model.finalaccounts.statements.FundColumn;
import org.budgetdisclosure.model.finalaccounts.statements.GeneralPublicColumn;
import org.budgetdisclosure.model.finalaccounts.statements.RevenueColumn;
import org.budgetdisclosure.model.finalaccounts.statements.SpendingColumn;

/**
 * The tables agree with each other: the 支出决算表's 一般公共预算 part with the 一般公共预算财政拨款支出决算表 and the
 * 财政拨款收入支出决算总表; its 基本支出 with the 基本支出决算表 (which the basic expenditure by economic 款 states
 * separately, so this one is a real check); “三公” 决算 against its economic lines of basic expenditure (a line
 * above the item is a warning: “三公” covers 项目支出 too, so the item may exceed the line but not the other way);
 * 机关运行经费 against the 公用经费 of a 行政 or 参公 unit, none for a 事业单位.
 */
final class CrossTableRules implements FinalRule {

    @Override
    public void check(FinalStatements s, FinalFindings findings) {
        FinalAccounts a = s.accounts();
        Amount generalPublic = s.generalPublicStatement().total().get(GeneralPublicColumn.TOTAL);
        Amount basic = s.generalPublicStatement().total().get(GeneralPublicColumn.BASIC);
        int lines = a.basicExpenditures().size()
                + (int) a.spending().stream()
                        .filter(l -> l.fund() == Fund.GENERAL_PUBLIC && l.type() == ExpenditureType.BASIC)
                        .count();
        findings.errorUnlessWithinRounding(
                "tables.basic",
                "basicExpenditures",
                basic,
                s.basicStatement().total(),
                Math.max(1, lines),
                a.rounded(),
                "the 基本支出决算表's 合计 (the basic expenditure by economic 款) must equal the 一般公共预算财政拨款 "
                        + "基本支出 of the 支出 lines");
        findings.errorUnlessEqual(
                "tables.general-public",
                "table 财政拨款收入支出决算总表 / 合计 / 一般公共预算财政拨款",
                generalPublic,
                s.fiscalSummary().classes().total().get(FiscalColumn.GENERAL_PUBLIC),
                "the 一般公共预算 column must equal the 一般公共预算财政拨款支出决算表's 合计");
        findings.errorUnlessEqual(
                "tables.expenditure",
                "table 收入支出决算总表 / 本年支出合计",
                s.expenditureStatement().total().get(SpendingColumn.TOTAL),
                s.summary().expenditureTotal(),
                "本年支出合计 must equal the 支出决算表's 合计");
        findings.errorUnlessEqual(
                "tables.revenue",
                "table 收入支出决算总表 / 本年收入合计",
                s.revenueStatement().total().get(RevenueColumn.TOTAL),
                s.summary().revenueTotal(),
                "本年收入合计 must equal the 收入决算表's 合计");
        for (Fund fund : new Fund[] {Fund.GOVERNMENT_FUND, Fund.STATE_CAPITAL}) {
            FinalStatement<FundColumn> table = s.fundStatement(fund);
            findings.errorUnlessEqual(
                    "tables.fund",
                    "table " + fund.chineseName() + "财政拨款收入支出决算表 / 合计 / 小计",
                    s.fiscalSummary().classes().total().get(FiscalColumn.of(fund)),
                    table.total().get(FundColumn.SUBTOTAL),
                    "the fund table's 本年支出 must equal its column of the 财政拨款收入支出决算总表");
        }
        for (ThreePublicHeading item : ThreePublicHeading.values()) {
            EconomicCode code = EconomicCode.of(item.economicCode());
            Amount line = Amount.total(
                    a.unit(),
                    a.basicExpenditures().stream()
                            .filter(b -> b.economicCode().equals(code))
                            .map(BasicExpenditure::amount)
                            .toList());
            Amount spent = s.threePublicStatement().spent().get(item);
            if (line.isGreaterThan(spent)) {
                findings.warning(
                        "three-public.economic-line",
                        "threePublic." + item.name(),
                        "at least " + line,
                        spent,
                        "“三公” " + item.chineseName() + " 决算 is less than the basic expenditure under " + code.value()
                                + " " + s.name(code) + " (" + line + "); “三公” covers the basic line");
            }
        }
        a.operatingCosts().ifPresent(costs -> {
            DepartmentKind kind = a.department().kind();
            if (!kind.hasOperatingCosts() && !costs.isZero()) {
                findings.error(
                        "operating-costs.kind",
                        "operatingCosts",
                        "none",
                        costs,
                        "a 事业单位 not managed "
                                + "under the civil service law has no 机关运行经费 (only 行政 and 参公 units have it)");
            } else if (kind.hasOperatingCosts()
                    && !costs.equals(s.basicStatement().publicUse())) {
                findings.warning(
                        "operating-costs.public-use",
                        "operatingCosts",
                        s.basicStatement().publicUse(),
                        costs,
                        "机关运行经费 differs from the 公用经费 of the " + kind.chineseName() + " unit's 一般公共预算财政拨款基本支出");
            }
        });
    }
}
