package org.budgetdisclosure.model.facts;

/**
 * The people of the department (人员构成情况): the stated total and its parts, which validation checks add up.
 *
 * @param total 总人数 as stated, zero or more
 * @param active 在职人员, zero or more
 * @param retiredCadres 离休人员, zero or more
 * @param retired 退休人员, zero or more
 */
public record Staffing(int total, int active, int retiredCadres, int retired) {

    /** Validates the fields. */
    public Staffing {
        Checks.notNegative(total, "staffing.total");
        Checks.notNegative(active, "staffing.active");
        Checks.notNegative(retiredCadres, "staffing.retiredCadres");
        Checks.notNegative(retired, "staffing.retired");
    }

    /** @return in post + retired cadres + retired */
    public int sumOfParts() {
        return active + retiredCadres + retired;
    }
}
