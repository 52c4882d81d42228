package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.budgetdisclosure.model.classification.FunctionCode;

/**
 * A row of the government procurement budget (部门政府采购预算支出一览表).
 *
 * @param unitName 单位名称, not blank
 * @param functionCode 功能分类科目编码 of the project, not null
 * @param projectName 项目名称, such as 公用经费, not null
 * @param projectType 项目类型, such as 正常公用, not null
 * @param catalogueNumber 政府采购目录序号, not null (may be empty)
 * @param itemName 采购物品名称, not blank
 * @param specification 产品规格, not null (may be empty)
 * @param measureUnit 单位 of the quantity, such as 台, not null
 * @param unitPrice 单价, not null
 * @param quantity 数量, not null
 * @param amount 政府采购金额 总计, not null
 * @param funding the amount by 资金来源, not null; {@link Fund#NON_FISCAL} is 其他来源收入安排
 */
public record ProcurementItem(
        String unitName,
        FunctionCode functionCode,
        String projectName,
        String projectType,
        String catalogueNumber,
        String itemName,
        String specification,
        String measureUnit,
        Amount unitPrice,
        BigDecimal quantity,
        Amount amount,
        Map<Fund, Amount> funding) {

    /** Validates and copies the fields. */
    public ProcurementItem {
        Checks.nonBlank(unitName, "procurement.unitName");
        Checks.present(functionCode, "procurement.functionCode");
        Checks.text(projectName, "procurement.projectName");
        Checks.text(projectType, "procurement.projectType");
        Checks.text(catalogueNumber, "procurement.catalogueNumber");
        Checks.nonBlank(itemName, "procurement.itemName");
        Checks.text(specification, "procurement.specification");
        Checks.text(measureUnit, "procurement.measureUnit");
        Checks.present(unitPrice, "procurement.unitPrice");
        Checks.present(quantity, "procurement.quantity");
        Checks.present(amount, "procurement.amount");
        EnumMap<Fund, Amount> copy = new EnumMap<>(Fund.class);
        copy.putAll(Checks.map(funding, "procurement.funding"));
        funding = Collections.unmodifiableMap(copy);
    }

    /** @param fund a fund, not null @return the amount from it, zero if none; never null */
    public Amount funding(Fund fund) {
        return funding.getOrDefault(fund, Amount.zero(amount.unit()));
    }
}
