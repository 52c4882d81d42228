package org.budgetdisclosure.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.FindingText;
import org.budgetdisclosure.render.profile.Profile;

/**
 * A finding as the command prints it: in the language of the run, and a finding at a statement's cell naming the
 * table as the layout prints it. A location keeps the statements' numbering ({@code table 6 …}, read by programs);
 * the line adds the table's place and title in the layout (Shanghai's 8th table,
 * 2025年部门一般公共预算基本支出部门预算经济分类预算表), which the officer sees on the page.
 */
final class FindingLines {

    private static final Pattern TABLE = Pattern.compile("\\btable (\\d)\\b");

    private FindingLines() {}

    /**
     * @param f the finding
     * @param layout the layout the budget is checked for or rendered in
     * @param year the budget's year
     * @return the line, never null
     */
    static String line(Finding f, Profile layout, int year) {
        String line = FindingText.line(f, Lang.current());
        Matcher m = TABLE.matcher(f.location() + " " + f.message());
        if (!m.find()) {
            return line;
        }
        Map<Integer, Map.Entry<Integer, String>> tables = layout.statementTables(year);
        Map.Entry<Integer, String> table = tables.get(Integer.parseInt(m.group(1)));
        if (table == null) {
            return line;
        }
        return line
                + Lang.text(
                        "finding.table",
                        " (table " + m.group(1) + " is the layout's table " + table.getKey() + ": " + table.getValue()
                                + ")",
                        m.group(1),
                        table.getKey(),
                        table.getValue());
    }
}
