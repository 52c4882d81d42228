package org.budgetdisclosure.model.finalaccounts;

import org.budgetdisclosure.model.facts.Amount;

/**
 * 政府采购 spent in the year (以合同签订为准, as contracts signed), by 货物 / 工程 / 服务, with the amounts reserved
 * for 中小企业 and 小微企业 and those awarded to them. Immutable.
 *
 * @param goods 货物采购金额, not null
 * @param works 工程采购金额, not null
 * @param services 服务采购金额, not null
 * @param smeReserved 面向中小企业预留政府采购项目预算金额, not null
 * @param smallMicroReserved 面向小微企业预留政府采购项目预算金额, not null
 * @param smeAwarded 预留给中小企业的项目中由中小企业中标或成交的采购金额, not null
 * @param smallMicroAwarded 预留给小微企业的项目中由小微企业中标或成交的采购金额, not null
 * @param smeAwardedOther 其他政府采购项目中由中小企业中标或成交的采购金额, not null
 */
public record ProcurementOutturn(
        Amount goods,
        Amount works,
        Amount services,
        Amount smeReserved,
        Amount smallMicroReserved,
        Amount smeAwarded,
        Amount smallMicroAwarded,
        Amount smeAwardedOther) {

    /** Validates the fields. */
    public ProcurementOutturn {
        Require.present(goods, "procurement.goods");
        Require.present(works, "procurement.works");
        Require.present(services, "procurement.services");
        Require.present(smeReserved, "procurement.smeReserved");
        Require.present(smallMicroReserved, "procurement.smallMicroReserved");
        Require.present(smeAwarded, "procurement.smeAwarded");
        Require.present(smallMicroAwarded, "procurement.smallMicroAwarded");
        Require.present(smeAwardedOther, "procurement.smeAwardedOther");
    }

    /** @return the 政府采购金额: goods + works + services, never null */
    public Amount total() {
        return goods.plus(works).plus(services);
    }
}
