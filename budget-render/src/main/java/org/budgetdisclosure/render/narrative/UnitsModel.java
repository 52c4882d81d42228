package org.budgetdisclosure.render.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Consolidation;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.statements.Statements;

/**
 * The template variable {@code units}: the units (预算单位) a department's budget consists of, counted and listed
 * for a 机构设置 sentence such as 部门预算包括…本部以及下属N家预算单位 / 行政单位a家，事业单位b家, without wording of
 * its own (the layout's template writes the sentence). A department without units counts as its one unit.
 *
 * <p>{@code units}: {@code count}, {@code administrative} (行政), {@code publicInstitution} (事业),
 * {@code civilServiceManaged} (参公), each a number as text, and {@code list}, in the order the department's
 * document lists them (by code, then name): {@code name}, {@code shortName}, {@code code} (empty if none),
 * {@code kind} (行政, 事业 or 参公).
 */
final class UnitsModel {

    private UnitsModel() {}

    static Map<String, Object> of(Statements s) {
        List<Department> units = s.units().isEmpty()
                ? List.of(s.budget().department())
                : Consolidation.ordered(s.units()).stream()
                        .map(Budget::department)
                        .toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", String.valueOf(units.size()));
        m.put("administrative", count(units, DepartmentKind.ADMINISTRATIVE));
        m.put("publicInstitution", count(units, DepartmentKind.PUBLIC_INSTITUTION));
        m.put("civilServiceManaged", count(units, DepartmentKind.CIVIL_SERVICE_MANAGED));
        List<Map<String, String>> list = new ArrayList<>();
        for (Department d : units) {
            list.add(Map.of(
                    "name",
                    d.name(),
                    "shortName",
                    d.shortName(),
                    "code",
                    d.code().orElse(""),
                    "kind",
                    d.kind().chineseName()));
        }
        m.put("list", list);
        return m;
    }

    private static String count(List<Department> units, DepartmentKind kind) {
        return String.valueOf(units.stream().filter(d -> d.kind() == kind).count());
    }
}
