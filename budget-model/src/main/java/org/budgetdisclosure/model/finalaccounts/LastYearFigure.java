package org.budgetdisclosure.model.finalaccounts;

/**
 * The figures of last year's final accounts (上年决算) the narrative compares this year's with, each with its
 * reason.
 */
public enum LastYearFigure {
    /** 收入支出总计. */
    GRAND_TOTAL("收入支出总计"),
    /** 财政拨款收入支出总计. */
    FISCAL_GRAND_TOTAL("财政拨款收入支出总计"),
    /** 一般公共预算财政拨款支出. */
    GENERAL_PUBLIC_EXPENDITURE("一般公共预算财政拨款支出"),
    /** “三公”经费 因公出国（境）费. */
    THREE_PUBLIC_OVERSEAS("因公出国（境）费"),
    /** “三公”经费 公务用车购置费. */
    THREE_PUBLIC_VEHICLE_PURCHASE("公务用车购置费"),
    /** “三公”经费 公务用车运行费. */
    THREE_PUBLIC_VEHICLE_OPERATION("公务用车运行费"),
    /** “三公”经费 公务接待费. */
    THREE_PUBLIC_RECEPTION("公务接待费"),
    /** 机关运行经费. */
    OPERATING_COSTS("机关运行经费");

    private final String chineseName;

    LastYearFigure(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }

    /** @param item a “三公” item, not null @return last year's figure of it, never null */
    public static LastYearFigure of(ThreePublicHeading item) {
        return switch (item) {
            case OVERSEAS -> THREE_PUBLIC_OVERSEAS;
            case VEHICLE_PURCHASE -> THREE_PUBLIC_VEHICLE_PURCHASE;
            case VEHICLE_OPERATION -> THREE_PUBLIC_VEHICLE_OPERATION;
            case RECEPTION -> THREE_PUBLIC_RECEPTION;
        };
    }
}
