package org.budgetdisclosure.model.finalaccounts.validation;

import java.util.HashSet;
import java.util.Set;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.Level;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.FundBalance;
import org.budgetdisclosure.model.finalaccounts.LineBudget;
import org.budgetdisclosure.model.finalaccounts.RevenueLine;
import org.budgetdisclosure.model.finalaccounts.SpendingLine;
import org.budgetdisclosure.model.finalaccounts.ThreePublicOutturn;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;

/**
 * The rules of single facts: amounts (decimals of the unit, not negative), codes (a 功能 项 where a 项 is booked,
 * an economic 款 of an assigned 类, known to the catalogue), 财政拨款 paid as 基本 or 项目 only, a fund's balance
 * stated once, and the carry-overs stated.
 */
final class FactRules implements FinalRule {

    @Override
    public void check(FinalStatements statements, FinalFindings findings) {
        FinalAccounts a = statements.accounts();
        MoneyUnit unit = a.unit();
        Catalogue catalogue = statements.catalogue();
        for (int i = 0; i < a.revenues().size(); i++) {
            RevenueLine l = a.revenues().get(i);
            amount(findings, unit, "revenues[" + i + "].amount", l.amount());
            item(findings, a, catalogue, "revenues[" + i + "].functionCode", l.functionCode());
        }
        for (int i = 0; i < a.spending().size(); i++) {
            SpendingLine l = a.spending().get(i);
            String at = "spending[" + i + "]";
            amount(findings, unit, at + ".amount", l.amount());
            item(findings, a, catalogue, at + ".functionCode", l.functionCode());
            if (l.fund().isFiscal() && l.type() != ExpenditureType.BASIC && l.type() != ExpenditureType.PROJECT) {
                findings.error(
                        "spending.fiscal-type",
                        at + ".type",
                        "基本支出 or 项目支出",
                        l.type().chineseName(),
                        l.fund().chineseName() + "财政拨款 pays 基本支出 or 项目支出 only; "
                                + l.type().chineseName() + " is paid from the unit's other money (fund NON_FISCAL)");
            }
        }
        a.balances()
                .ifPresentOrElse(
                        b -> {
                            amount(findings, unit, "balances.opening", b.opening());
                            amount(findings, unit, "balances.nonFiscalBalanceUsed", b.nonFiscalBalanceUsed());
                            amount(findings, unit, "balances.surplusDistribution", b.surplusDistribution());
                            amount(findings, unit, "balances.closing", b.closing());
                        },
                        () -> findings.error(
                                "balances.missing",
                                "balances",
                                "年初结转和结余 and 年末结转和结余",
                                "nothing",
                                "the carry-overs of the year are not stated; state them (zero where there are none)"));
        Set<String> fundKeys = new HashSet<>();
        for (int i = 0; i < a.fundBalances().size(); i++) {
            FundBalance b = a.fundBalances().get(i);
            String at = "fundBalances[" + i + "]";
            amount(findings, unit, at + ".opening", b.opening());
            amount(findings, unit, at + ".closing", b.closing());
            b.functionCode().ifPresent(c -> item(findings, a, catalogue, at + ".functionCode", c));
            String key = b.fund() + "/" + b.functionCode().map(Code::value).orElse("");
            if (!fundKeys.add(key)) {
                findings.error(
                        "fund-balance.duplicate",
                        at,
                        "one balance",
                        "another",
                        "the carry-over of " + b.fund().chineseName()
                                + b.functionCode().map(c -> " " + c.value()).orElse("") + " is stated twice");
            }
        }
        for (int i = 0; i < a.basicExpenditures().size(); i++) {
            BasicExpenditure l = a.basicExpenditures().get(i);
            String at = "basicExpenditures[" + i + "]";
            amount(findings, unit, at + ".amount", l.amount());
            EconomicCode code = l.economicCode();
            if (code.level() != Level.SECTION) {
                findings.error(
                        "code.level",
                        at + ".economicCode",
                        "an economic 款 (5 digits)",
                        code.value(),
                        "basic expenditure is stated by economic 款");
            } else if (a.costClasses().classOf(code).isEmpty()) {
                findings.error(
                        "basic.cost-class",
                        at + ".economicCode",
                        "a 类 of 人员经费 or 公用经费",
                        code.classCode().value(),
                        "the economic 类 " + code.classCode().value() + " is neither 人员经费 "
                                + "nor 公用经费; assign it in costClasses");
            } else if (!catalogue.contains(code) && a.statedName(code).isEmpty()) {
                findings.warning(
                        "code.unknown",
                        at + ".economicCode",
                        "a code of the catalogue",
                        code.value(),
                        "the code is not in the catalogue of the year; name it in names");
            }
        }
        for (int i = 0; i < a.threePublic().size(); i++) {
            ThreePublicOutturn t = a.threePublic().get(i);
            amount(findings, unit, "threePublic[" + i + "].budgeted", t.budgeted());
            amount(findings, unit, "threePublic[" + i + "].spent", t.spent());
        }
        for (int i = 0; i < a.lineBudgets().size(); i++) {
            LineBudget l = a.lineBudgets().get(i);
            amount(findings, unit, "lineBudgets[" + i + "].openingBudget", l.openingBudget());
            item(findings, a, catalogue, "lineBudgets[" + i + "].functionCode", l.functionCode());
        }
        a.operatingCosts().ifPresent(o -> amount(findings, unit, "operatingCosts", o));
    }

    static void amount(FinalFindings findings, MoneyUnit unit, String at, Amount amount) {
        if (amount.decimals() > unit.decimals()) {
            findings.error(
                    "amount.precision",
                    at,
                    "at most " + unit.decimals() + " decimals",
                    amount,
                    "an amount in " + unit.chineseName() + " has at most " + unit.decimals() + " decimals");
        }
        if (amount.isNegative()) {
            findings.error("amount.negative", at, "zero or more", amount, "an amount must not be negative");
        }
    }

    private static void item(FinalFindings findings, FinalAccounts a, Catalogue catalogue, String at, Code code) {
        if (code.level() != Level.ITEM) {
            findings.error(
                    "code.level",
                    at,
                    "a 功能 项 (7 digits)",
                    code.value(),
                    "money is booked on a 功能 项; its 款 and 类 are computed");
        } else if (!catalogue.contains(code) && a.statedName(code).isEmpty()) {
            findings.warning(
                    "code.unknown",
                    at,
                    "a code of the catalogue",
                    code.value(),
                    "the code is not in the catalogue of the year; name it in names");
        }
    }
}
