package org.budgetdisclosure.render.profile;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.facts.Budget;

/**
 * The placeholders a profile's texts may hold, filled from the budget: {@code {department}} (全称),
 * {@code {departmentLabel}} (code and short name, such as 304工信局, or the full name where no code is published),
 * {@code {departmentShortName}} (简称), {@code {departmentCode}} (部门编码), {@code {year}}, {@code {lastYear}}, {@code {month}} (the document date's
 * month, such as 2022年1月) and
 * {@code {unit}} (the unit the amounts are printed in, such as 万元: the table's own style, not the ledger's). Budget text is inserted as it is, never read as a
 * pattern. Immutable.
 */
final class Patterns {

    /** The placeholders a pattern may use. */
    static final java.util.Set<String> NAMES = java.util.Set.of("department", "departmentShortName",
            "departmentCode", "departmentLabel", "year", "lastYear", "unit", "month");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> values;

    /**
     * @param budget the budget
     * @param unitWord the unit the text's amounts are printed in, such as 万元
     * @param date the document's date, ISO yyyy-MM-dd
     */
    Patterns(Budget budget, String unitWord, String date) {
        this.values = Map.of("department", budget.department().name(),
                "departmentShortName", budget.department().shortName(),
                "departmentCode", budget.department().code().orElse(""),
                "departmentLabel", budget.department().label(),
                "year", String.valueOf(budget.year()),
                "lastYear", String.valueOf(budget.year() - 1),
                "unit", unitWord,
                "month", date.substring(0, 4) + "年" + Integer.parseInt(date.substring(5, 7)) + "月");
    }

    String expand(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * @param pattern a pattern
     * @return the first placeholder it uses that is not known, if any
     */
    static java.util.Optional<String> unknownPlaceholder(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!NAMES.contains(m.group(1))) {
                return java.util.Optional.of(m.group());
            }
        }
        return java.util.Optional.empty();
    }
}
