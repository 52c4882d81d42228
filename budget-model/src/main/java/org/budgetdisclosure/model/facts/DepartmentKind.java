package org.budgetdisclosure.model.facts;

/**
 * The kind of a department or unit (单位性质).
 */
public enum DepartmentKind {
    /** 行政: an administrative organ. */
    ADMINISTRATIVE("行政"),
    /** 事业: a public institution. */
    PUBLIC_INSTITUTION("事业");

    private final String chineseName;

    DepartmentKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
