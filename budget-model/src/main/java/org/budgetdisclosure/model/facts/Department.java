package org.budgetdisclosure.model.facts;

import java.util.Optional;

/**
 * The department (部门) whose budget is disclosed. How a layout heads its tables with it (such as
 * {@code 304工信局}: code and short name) is the layout's choice. Immutable.
 *
 * @param code the department code (部门编码), such as {@code 304}; empty where the department publishes none, not
 *     null
 * @param name the full name (全称), such as 乐亭县工业和信息化局, not blank
 * @param shortName the short name (简称), such as 工信局, not blank
 * @param kind administrative or public institution, not null
 */
public record Department(Optional<String> code, String name, String shortName, DepartmentKind kind) {

    /** Validates the fields. */
    public Department {
        Checks.present(code, "department.code");
        code.ifPresent(c -> Checks.nonBlank(c, "department.code"));
        Checks.nonBlank(name, "department.name");
        Checks.nonBlank(shortName, "department.shortName");
        Checks.present(kind, "department.kind");
    }

    /**
     * Obtains a department.
     *
     * @param code the department code; null or blank where none is published
     * @param name the full name, not blank
     * @param shortName the short name, not blank
     * @param kind the kind, not null
     * @return the department, never null
     */
    public static Department of(String code, String name, String shortName, DepartmentKind kind) {
        return new Department(
                code == null || code.isBlank() ? Optional.empty() : Optional.of(code), name, shortName, kind);
    }

    /**
     * The department as a table heads it where it has a code and a short name: {@code 304工信局}; its full name
     * where it publishes no code.
     *
     * @return the label, never null
     */
    public String label() {
        return code.map(c -> c + shortName).orElse(name);
    }
}
