package org.budgetdisclosure.model.finalaccounts;

/**
 * The items of the 财政拨款“三公”经费支出决算表 (final accounts of the three public expenses), in its column order:
 * 因公出国（境）费, then 公务用车购置及运行费 as 购置费 and 运行费, then 公务接待费.
 */
public enum ThreePublicHeading {
    /** 因公出国（境）费. */
    OVERSEAS("因公出国（境）费", "30212"),
    /** 公务用车购置费. */
    VEHICLE_PURCHASE("公务用车购置费", "31013"),
    /** 公务用车运行费 (运行维护费). */
    VEHICLE_OPERATION("公务用车运行费", "30231"),
    /** 公务接待费. */
    RECEPTION("公务接待费", "30217");

    private final String chineseName;
    private final String economicCode;

    ThreePublicHeading(String chineseName, String economicCode) {
        this.chineseName = chineseName;
        this.economicCode = economicCode;
    }

    /** @return the official name as the table heads it, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @return the economic 款 of basic expenditure that books this item, such as {@code 30212}, never null */
    public String economicCode() {
        return economicCode;
    }

    /** @return whether the item is one of 公务用车购置及运行费 */
    public boolean isVehicle() {
        return this == VEHICLE_PURCHASE || this == VEHICLE_OPERATION;
    }
}
