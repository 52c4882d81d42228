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

    /**
     * Whether the kind has 机关运行经费 (the 公用经费 of 行政 units and of 参公 units): a 事业单位 not managed under
     * the civil servant law has none.
     *
     * @return true for 行政 and 参公
     */
    public boolean hasOperatingCosts() {
        return this != PUBLIC_INSTITUTION;
    }

    /** @return the official name, never null */
    public String chineseName() {
        return chineseName;
    }
}
