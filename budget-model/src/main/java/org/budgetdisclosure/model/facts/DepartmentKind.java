package org.budgetdisclosure.model.facts;

/**
 * The kind of a department or unit (单位性质).
 */
public enum DepartmentKind {
    /** 行政: an administrative organ. */
    ADMINISTRATIVE("行政"),
    /** 事业: a public institution. */
    PUBLIC_INSTITUTION("事业"),
    /** 参公: a public institution managed under the civil servant law (参照公务员法管理的事业单位). */
    CIVIL_SERVICE_MANAGED("参公");

    private final String chineseName;

    DepartmentKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
