package org.budgetdisclosure.model.facts;

import java.math.BigDecimal;

/**
 * The unit (单位) in which a budget states its amounts, with its scale in yuan and the decimals it allows.
 */
public enum MoneyUnit {
    /** 万元: ten thousand yuan, two decimals (the unit of the Hebei tables). */
    TEN_THOUSAND_YUAN("万元", new BigDecimal("10000"), 2),
    /** 元: one yuan, two decimals (fen). */
    YUAN("元", BigDecimal.ONE, 2);

    private final String chineseName;
    private final BigDecimal yuan;
    private final int decimals;

    MoneyUnit(String chineseName, BigDecimal yuan, int decimals) {
        this.chineseName = chineseName;
        this.yuan = yuan;
        this.decimals = decimals;
    }

    /** @return the official name, such as 万元 */
    public String chineseName() {
        return chineseName;
    }

    /** @return how many yuan one unit is */
    public BigDecimal yuan() {
        return yuan;
    }

    /** @return the decimals an amount in this unit may have and tables print */
    public int decimals() {
        return decimals;
    }
}
