package org.budgetdisclosure.model.facts;

/**
 * A unit of the department, a row of the table 部门机构设置情况.
 *
 * @param name 单位名称, not blank
 * @param kind 单位性质, such as 行政, not null
 * @param rank 单位规格, such as 正科级, not null
 * @param fundingForm 经费保障形式, such as 财政拨款, not null
 */
public record Institution(String name, String kind, String rank, String fundingForm) {

    /** Validates the fields. */
    public Institution {
        Checks.nonBlank(name, "institution.name");
        Checks.text(kind, "institution.kind");
        Checks.text(rank, "institution.rank");
        Checks.text(fundingForm, "institution.fundingForm");
    }
}
