package org.budgetdisclosure.model.finalaccounts.validation;

import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.FundBalance;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.FiscalColumn;
import org.budgetdisclosure.model.finalaccounts.statements.FundColumn;
import org.budgetdisclosure.model.finalaccounts.statements.OutturnSummary;

/**
 * The balance of the year: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 = 本年支出合计 + 结余分配 + 年末结转和结余;
 * and for each 财政拨款 fund where its carry-over is stated, as a whole or by 项: 年初 + 本年收入 − 本年支出 = 年末;
 * a fund's 项 balances add up to its whole balance where both are stated.
 */
final class BalanceRules implements FinalRule {

    @Override
    public void check(FinalStatements statements, FinalFindings findings) {
        FinalAccounts a = statements.accounts();
        OutturnSummary s = statements.summary();
        if (a.balances().isPresent()) {
            findings.errorUnlessEqual(
                    "balance.total",
                    "balances.closing",
                    s.revenueGrandTotal(),
                    s.expenditureGrandTotal(),
                    "收入总计 (本年收入合计 " + s.revenueTotal() + " + 使用非财政拨款结余 "
                            + s.nonFiscalBalanceUsed() + " + 年初结转和结余 " + s.opening() + " = " + s.revenueGrandTotal()
                            + ") must equal 支出总计 (本年支出合计 " + s.expenditureTotal() + " + 结余分配 "
                            + s.surplusDistribution() + " + 年末结转和结余 " + s.closing() + " = "
                            + s.expenditureGrandTotal() + ")");
        }
        for (int i = 0; i < a.fundBalances().size(); i++) {
            FundBalance b = a.fundBalances().get(i);
            Amount revenue;
            Amount spent;
            if (b.functionCode().isEmpty()) {
                revenue = statements.fiscalSummary().revenue().get(b.fund());
                spent = statements.fiscalSummary().classes().total().get(FiscalColumn.of(b.fund()));
            } else {
                revenue = item(statements, a, b.fund(), b.functionCode().get(), true);
                spent = item(statements, a, b.fund(), b.functionCode().get(), false);
            }
            Amount expected = b.opening().plus(revenue).minus(spent);
            findings.errorUnlessEqual(
                    "balance.fund",
                    "fundBalances[" + i + "].closing",
                    expected,
                    b.closing(),
                    b.fund().chineseName() + "财政拨款"
                            + b.functionCode().map(c -> " " + c.value()).orElse("")
                            + ": 年初 " + b.opening() + " + 本年收入 " + revenue + " − 本年支出 " + spent
                            + " must equal 年末 " + b.closing());
        }
        for (Fund fund : Fund.fiscalFunds()) {
            List<FundBalance> whole = a.fundBalances().stream()
                    .filter(b -> b.fund() == fund && b.functionCode().isEmpty())
                    .toList();
            List<FundBalance> items = a.fundBalances().stream()
                    .filter(b -> b.fund() == fund && b.functionCode().isPresent())
                    .toList();
            if (whole.size() == 1 && !items.isEmpty()) {
                Amount opening = Amount.total(
                        a.unit(), items.stream().map(FundBalance::opening).toList());
                Amount closing = Amount.total(
                        a.unit(), items.stream().map(FundBalance::closing).toList());
                int at = a.fundBalances().indexOf(whole.get(0));
                findings.errorUnlessEqual(
                        "balance.fund-items",
                        "fundBalances[" + at + "].opening",
                        opening,
                        whole.get(0).opening(),
                        fund.chineseName() + "财政拨款: the 年初 of its 项 must add up " + "to its 年初结转和结余");
                findings.errorUnlessEqual(
                        "balance.fund-items",
                        "fundBalances[" + at + "].closing",
                        closing,
                        whole.get(0).closing(),
                        fund.chineseName() + "财政拨款: the 年末 of its 项 must add up " + "to its 年末结转和结余");
            }
        }
    }

    private static Amount item(
            FinalStatements statements, FinalAccounts a, Fund fund, FunctionCode code, boolean revenue) {
        if (fund == Fund.GENERAL_PUBLIC) {
            Amount sum = Amount.zero(a.unit());
            if (revenue) {
                for (var l : a.revenues()) {
                    if (l.functionCode().equals(code) && l.source().fund().equals(Optional.of(fund))) {
                        sum = sum.plus(l.amount());
                    }
                }
            } else {
                for (var l : a.spending()) {
                    if (l.functionCode().equals(code) && l.fund() == fund) {
                        sum = sum.plus(l.amount());
                    }
                }
            }
            return sum;
        }
        return statements
                .fundStatement(fund)
                .row(code.value())
                .map(r -> r.get(revenue ? FundColumn.REVENUE : FundColumn.SUBTOTAL))
                .orElse(Amount.zero(a.unit()));
    }
}
