package org.budgetdisclosure.model.facts;

/**
 * A figure the narrative compares with last year's (比上年增减), for which a reason may be stated.
 */
public enum Comparison {
    /** The total of the budget (预算安排总额). */
    TOTAL,
    /** 人员经费. */
    PERSONNEL,
    /** 公用经费. */
    PUBLIC_USE,
    /** 项目支出. */
    PROJECT,
    /** The “三公”经费 as a whole. */
    THREE_PUBLIC,
    /** 因公出国（境）费. */
    OVERSEAS,
    /** 公务用车购置及运维费. */
    VEHICLES,
    /** 公务用车购置费. */
    VEHICLE_PURCHASE,
    /** 公务用车运行维护费. */
    VEHICLE_OPERATION,
    /** 公务接待费. */
    RECEPTION
}
