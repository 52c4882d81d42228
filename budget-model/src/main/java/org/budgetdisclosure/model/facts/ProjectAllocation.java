package org.budgetdisclosure.model.facts;

/**
 * One line of a project's 年度预算安排: a part of the project and its budget for the year ("信息化系统日常维护费
 * 166.66万元").
 *
 * @param name the part's name, not blank
 * @param amount its budget, in the budget's unit, not null
 */
public record ProjectAllocation(String name, Amount amount) {

    /** Validates the fields. */
    public ProjectAllocation {
        Checks.nonBlank(name, "allocation.name");
        Checks.present(amount, "allocation.amount");
    }

    private static final java.util.regex.Pattern TRAILING_FIGURE =
            java.util.regex.Pattern.compile("(?s).*?([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(万元|元)?[。，,；;\\s]*");

    /**
     * Whether the name already ends with this amount (信息化系统日常维护费166.66万元, or 1,666,600.00元 as the tables
     * print it: typed so by an officer who copied the published sentence), in 元 or 万元, a figure without a unit
     * in either: a document prints it as written rather than with the amount a second time.
     *
     * @return whether the name ends with the amount
     */
    public boolean statesAmount() {
        java.util.regex.Matcher m = TRAILING_FIGURE.matcher(name);
        if (!m.matches()) {
            return false;
        }
        java.math.BigDecimal figure = new java.math.BigDecimal(m.group(1).replace(",", ""));
        boolean yuan = amount.inUnit(MoneyUnit.YUAN).value().compareTo(figure) == 0;
        boolean wan = amount.inUnit(MoneyUnit.TEN_THOUSAND_YUAN).value().compareTo(figure) == 0;
        return m.group(2) == null ? yuan || wan : m.group(2).equals("元") ? yuan : wan;
    }
}
