package org.budgetdisclosure.model.facts;

/**
 * A budget unit (预算单位) of the department as its 机构设置 lists it: the department's own office (本部) or a unit
 * under it (下属预算单位), with its kind, from which 机构设置 counts 行政单位 and 事业单位 (参公 units are 事业单位).
 * A unit whose budget is not separate (预算不单列，并入本部: its figures are the 本部's) is listed with that note as
 * published, and counted neither among the 下属预算单位 nor by kind. Immutable.
 *
 * @param name the name as listed, such as 财政局本部, not blank
 * @param kind 行政, 事业 or 参公, not null
 * @param headquarters whether it is the department's 本部
 * @param mergedIntoHeadquarters whether its budget is not separate but part of the 本部's (预算不单列，并入本部);
 *     never true of the 本部 itself
 */
public record OrganisationUnit(String name, DepartmentKind kind, boolean headquarters, boolean mergedIntoHeadquarters) {

    /** Validates the fields. */
    public OrganisationUnit {
        Checks.nonBlank(name, "budgetUnits.name");
        Checks.present(kind, "budgetUnits.kind");
        if (headquarters && mergedIntoHeadquarters) {
            throw new IllegalArgumentException(
                    "budgetUnits.mergedIntoHeadquarters: the 本部 (headquarters) cannot " + "be merged into itself");
        }
    }

    /**
     * A unit with a budget of its own (预算单列).
     *
     * @param name the name as listed, not blank
     * @param kind 行政, 事业 or 参公, not null
     * @param headquarters whether it is the department's 本部
     */
    public OrganisationUnit(String name, DepartmentKind kind, boolean headquarters) {
        this(name, kind, headquarters, false);
    }

    /** @return whether the unit has a budget of its own and is counted by 机构设置 */
    public boolean counted() {
        return !mergedIntoHeadquarters;
    }
}
