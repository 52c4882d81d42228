package org.budgetdisclosure.model.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.PerformanceTargets;
import org.junit.jupiter.api.Test;

/**
 * The model reports a fact it refuses by its field, as a {@link FactException} of the one family: never a bare
 * {@link NullPointerException} or {@link IllegalArgumentException} for a value a file can hold.
 */
class FactExceptionTest {

    @Test
    void aMissingOrBlankFactIsNamedByItsField() {
        assertThatThrownBy(() -> Department.of("304", " ", "工信局", DepartmentKind.ADMINISTRATIVE))
                .isInstanceOfSatisfying(FactException.class, e -> {
                    assertThat(e.field()).isEqualTo("department.name");
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("department.name");
                        assertThat(p.message()).contains("must not be blank");
                    });
                });
        assertThatThrownBy(() -> Department.of("304", "乐亭县工业和信息化局", "工信局", null))
                .isInstanceOf(BudgetException.class)
                .isNotInstanceOf(NullPointerException.class)
                .hasMessage("department.kind must not be null");
    }

    @Property(tries = 50)
    void aCountOutOfRangeIsRefusedAtItsField(@ForAll @IntRange(min = Integer.MIN_VALUE, max = -1) int negative) {
        assertThatThrownBy(() -> new PerformanceTargets(negative, Amount.wan("1.00")))
                .isInstanceOfSatisfying(
                        FactException.class, e -> assertThat(e.field()).isEqualTo("performanceTargets.projects"));
    }

    @Test
    void aBudgetExceptionCarriesAtLeastOneProblem() {
        Problem p = Problem.of("b.json", 3, 7, "$.year", "expected a year");
        assertThat(p).hasToString("b.json:3:7: $.year: expected a year");
        assertThat(Problem.at("", "whole")).hasToString("whole");
    }
}
