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
 * {@code {unit}} (the unit the amounts are printed in, such as 万元: the table's own style, not the ledger's), and
 * {@code {self}} and {@code {body}} (the profile's {@code narrative.self} and {@code narrative.body}: 本部门 and 部门, or
 * 本单位 and 预算单位), {@code {region}}, the administrative region that opens the department's name (上海市普陀区 of 上海市普陀区财政局:
 * a province or municipality ending in 省 or 市, then a district or county ending in 区 or 县; empty when the name
 * opens with neither), so that one profile serves every district. Budget text is inserted as it is, never read as a
 * pattern. Immutable.
 */
final class Patterns {

    /** The placeholders a pattern may use. */
    static final java.util.Set<String> NAMES = java.util.Set.of(
            "department",
            "departmentShortName",
            "departmentCode",
            "departmentLabel",
            "year",
            "lastYear",
            "unit",
            "month",
            "region",
            "self",
            "body");

    /** 省/市 then 区/县 at the start of a name, each at most six characters before its suffix. */
    private static final Pattern REGION = Pattern.compile("^(?:\\p{IsHan}{1,6}?[省市])?(?:\\p{IsHan}{1,6}?[区县])?");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> values;

    /**
     * @param budget the budget
     * @param unitWord the unit the text's amounts are printed in, such as 万元
     * @param date the document's date, ISO yyyy-MM-dd
     */
    Patterns(Budget budget, String unitWord, String date) {
        this(budget.department(), budget.year(), unitWord, date);
    }

    /**
     * @param department the department (of a budget or of final accounts)
     * @param year the year
     * @param unitWord the unit the text's amounts are printed in, such as 万元
     * @param date the document's date, ISO yyyy-MM-dd
     */
    Patterns(org.budgetdisclosure.model.facts.Department department, int year, String unitWord, String date) {
        this.values = Map.of(
                "region",
                region(department.name()),
                "department",
                department.name(),
                "departmentShortName",
                department.shortName(),
                "departmentCode",
                department.code().orElse(""),
                "departmentLabel",
                department.label(),
                "year",
                String.valueOf(year),
                "lastYear",
                String.valueOf(year - 1),
                "unit",
                unitWord,
                "month",
                date.substring(0, 4) + "年" + Integer.parseInt(date.substring(5, 7)) + "月");
    }

    private Patterns(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * @param self how the document names the body it speaks for ({@code {self}}: 本部门, 本单位)
     * @param body what the tables' titles call it ({@code {body}}: 部门, 预算单位)
     * @return these patterns with the profile's names, never null
     */
    Patterns naming(String self, String body) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("self", self);
        all.put("body", body);
        return new Patterns(all);
    }

    /**
     * @param name a department's name, such as 上海市普陀区财政局
     * @return the region its name opens with, such as 上海市普陀区; empty if none
     */
    static String region(String name) {
        Matcher m = REGION.matcher(name);
        return m.lookingAt() ? m.group() : "";
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
