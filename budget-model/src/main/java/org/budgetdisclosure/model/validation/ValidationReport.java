package org.budgetdisclosure.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every finding of one validation, in the order the rules ran. Immutable and thread-safe.
 *
 * @param findings the findings, never null
 */
public record ValidationReport(List<Finding> findings) {

    /** Copies the findings. */
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** @return the findings of severity error, never null */
    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /** @return the findings of severity warning, never null */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
    }

    /** @return whether any finding is an error */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** @param rule a rule id, not null @return the findings of that rule, never null */
    public List<Finding> byRule(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** @return one finding a line, or a line saying there are none */
    @Override
    public String toString() {
        return findings.isEmpty()
                ? "no findings"
                : findings.stream().map(Finding::toString).collect(Collectors.joining(System.lineSeparator()));
    }
}
