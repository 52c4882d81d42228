package org.budgetdisclosure.model.validation;

import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.statements.BasicColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.FundColumn;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.model.statements.ThreePublicLine;
import org.budgetdisclosure.model.statements.Statements;

/**
 * A “三公” item of the 一般公共预算 above the matching basic expenditure line of table 6
 * ({@code three-public.above-basic}). Not an error: “三公” covers project spending too (the reference: 公务用车运行维护费
 * 10.67 in table 9, 5.67 under 30231 in table 6).
 */
final class ThreePublicRules implements Rule {

    static final String ABOVE_BASIC = "three-public.above-basic";

    private static final Map<ThreePublicItem, String> ECONOMIC_LINE = Map.of(
            ThreePublicItem.VEHICLE_OPERATION, "30231",
            ThreePublicItem.RECEPTION, "30217",
            ThreePublicItem.VEHICLE_PURCHASE, "31013");

    @Override
    public void check(Statements statements, Findings findings) {
        for (ThreePublicItem item : ThreePublicItem.values()) {
            String code = ECONOMIC_LINE.get(item);
            if (code == null) {
                continue;
            }
            ThreePublicLine line = ThreePublicLine.of(item).orElse(ThreePublicLine.of(item.group()));
            Amount threePublic = statements.threePublicRow(line).get(FundColumn.GENERAL_PUBLIC);
            Amount basic = statements.generalPublicBasicExpenditure().row(code).map(r -> r.get(BasicColumn.TOTAL))
                    .orElse(Amount.zero(statements.budget().unit()));
            if (threePublic.isGreaterThan(basic)) {
                String name = statements.generalPublicBasicExpenditure().row(code).map(Row::name)
                        .orElse(item.chineseName());
                findings.warning(ABOVE_BASIC, Locations.cell(StatementId.THREE_PUBLIC, item.chineseName(),
                        "一般公共预算财政拨款"), "at most " + basic + " (table 6, " + code + " " + name + ")",
                        threePublic, "the “三公” item exceeds its basic expenditure line; the rest must be project "
                                + "spending");
            }
        }
    }
}
