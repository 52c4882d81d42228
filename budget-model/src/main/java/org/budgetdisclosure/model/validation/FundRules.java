package org.budgetdisclosure.model.validation;

import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.statements.Statements;

/**
 * Funds and types of the lines: a line of this year's revenue is paid from its source's fund
 * ({@code line.fund-mismatch}); fiscal lines are 基本 or 项目 spending, the only columns of tables 5, 7 and 8
 * ({@code line.fiscal-type}); table 9 is of fiscal appropriations only ({@code three-public.non-fiscal}).
 */
final class FundRules implements Rule {

    static final String FUND_MISMATCH = "line.fund-mismatch";
    static final String FISCAL_TYPE = "line.fiscal-type";
    static final String THREE_PUBLIC_NON_FISCAL = "three-public.non-fiscal";

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        for (int i = 0; i < budget.appropriations().size(); i++) {
            Appropriation line = budget.appropriations().get(i);
            String at = "appropriations[" + i + "]";
            line.source().fund().ifPresent(fund -> {
                if (fund != line.fund()) {
                    findings.error(
                            FUND_MISMATCH,
                            at + ".fund",
                            fund,
                            line.fund(),
                            "a line of " + line.source().chineseName() + " is paid from " + fund.chineseName());
                }
            });
            if (line.isFiscal() && line.type() != ExpenditureType.BASIC && line.type() != ExpenditureType.PROJECT) {
                findings.error(
                        FISCAL_TYPE,
                        at + ".type",
                        "基本支出 or 项目支出",
                        line.type().chineseName(),
                        "a fiscal appropriation line must be 基本支出 or 项目支出 to appear in tables 5, 7 and 8");
            }
        }
        for (int i = 0; i < budget.threePublic().size(); i++) {
            ThreePublicExpense e = budget.threePublic().get(i);
            if (!e.fund().isFiscal()) {
                findings.error(
                        THREE_PUBLIC_NON_FISCAL,
                        "threePublic[" + i + "].fund",
                        "a fiscal fund",
                        e.fund(),
                        "table 9 shows “三公” spending of fiscal appropriations only");
            }
        }
    }
}
