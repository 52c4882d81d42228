package org.budgetdisclosure.render.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.OrganisationUnit;

/**
 * The template variable {@code budgetUnits}: the budget units (预算单位) a department's 机构设置 (institution list)
 * states, counted and listed as published. A unit whose budget is not separate (预算不单列，并入本部) is listed
 * with that note but counted neither among the 下属预算单位 nor by kind: its figures are the 本部's.
 *
 * <p>Keys: {@code headquarters} (the 本部's name, absent if none), {@code subordinates}, {@code administrative},
 * {@code institutions} (事业 and 参公), {@code civilServiceManaged}, {@code publicInstitutions}, each a count as
 * text; {@code names} (every unit's name, in order) and {@code list} (every unit: {@code name}, {@code merged},
 * {@code "true"} or {@code "false"}).
 */
final class InstitutionsModel {

    private InstitutionsModel() {}

    static Map<String, Object> of(List<OrganisationUnit> all) {
        List<OrganisationUnit> counted =
                all.stream().filter(OrganisationUnit::counted).toList();
        Map<String, Object> units = new LinkedHashMap<>();
        counted.stream()
                .filter(OrganisationUnit::headquarters)
                .findFirst()
                .ifPresent(h -> units.put("headquarters", h.name()));
        units.put(
                "subordinates",
                String.valueOf(counted.stream().filter(u -> !u.headquarters()).count()));
        units.put("administrative", count(counted, DepartmentKind.ADMINISTRATIVE));
        units.put(
                "institutions",
                String.valueOf(counted.stream()
                        .filter(u -> u.kind() != DepartmentKind.ADMINISTRATIVE)
                        .count()));
        // counted apart as published (行政单位1家，参公单位1家，事业单位4家) where the department has 参公 units
        units.put("civilServiceManaged", count(counted, DepartmentKind.CIVIL_SERVICE_MANAGED));
        units.put("publicInstitutions", count(counted, DepartmentKind.PUBLIC_INSTITUTION));
        units.put("names", all.stream().map(OrganisationUnit::name).toList());
        List<Map<String, String>> list = new ArrayList<>();
        all.forEach(u -> list.add(Map.of("name", u.name(), "merged", String.valueOf(u.mergedIntoHeadquarters()))));
        units.put("list", list);
        return units;
    }

    private static String count(List<OrganisationUnit> units, DepartmentKind kind) {
        return String.valueOf(units.stream().filter(u -> u.kind() == kind).count());
    }
}
