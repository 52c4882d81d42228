package org.budgetdisclosure.model.facts;

/**
 * A budget unit (预算单位) of the department as its 机构设置 lists it: the department's own office (本部) or a unit
 * under it (下属预算单位), with its kind, from which 机构设置 counts 行政单位 and 事业单位 (参公 units are 事业单位).
 * Immutable.
 *
 * @param name the name as listed, such as 财政局本部, not blank
 * @param kind 行政, 事业 or 参公, not null
 * @param headquarters whether it is the department's 本部
 */
public record OrganisationUnit(String name, DepartmentKind kind, boolean headquarters) {

    /** Validates the fields. */
    public OrganisationUnit {
        Checks.nonBlank(name, "budgetUnits.name");
        Checks.present(kind, "budgetUnits.kind");
    }
}
