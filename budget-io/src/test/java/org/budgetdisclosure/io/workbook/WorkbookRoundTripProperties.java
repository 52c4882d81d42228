package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.testing.BudgetArbitraries;

/** Budget → workbook → budget is equal: for any generated budget, valid or not, and for the reference budgets. */
class WorkbookRoundTripProperties {

    @Provide
    Arbitrary<Budget> budgets() {
        return Arbitraries.oneOf(BudgetArbitraries.budgets(), BudgetArbitraries.wildBudgets());
    }

    @Property(tries = 60)
    void anyBudgetRoundTrips(@ForAll("budgets") Budget budget) throws Exception {
        assertThat(roundTrip(budget)).isEqualTo(budget);
    }

    @Example
    void theReferenceBudgetsRoundTrip() throws Exception {
        int files = 0;
        try (DirectoryStream<Path> budgets = Files.newDirectoryStream(Path.of("..", "budget-examples", "budgets"),
                "*.json")) {
            for (Path file : budgets) {
                Budget budget = BudgetFiles.read(file);
                // a workbook holds a budget without units: a department with units as a workbook per unit
                for (Budget one : budget.hasUnits() ? budget.units() : java.util.List.of(budget)) {
                    assertThat(roundTrip(one)).as(file.toString()).isEqualTo(one);
                }
                files++;
            }
        }
        assertThat(files).isPositive();
    }

    @Example
    void sameBudgetSameBytes() throws Exception {
        Budget budget = BudgetFiles.read(Path.of("..", "budget-examples", "budgets",
                "leting-industry-bureau-2022.json"));
        assertThat(bytes(budget)).isEqualTo(bytes(budget));
    }

    static byte[] bytes(Budget budget) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetWorkbook.write(budget, Catalogue.bundled(), out);
        return out.toByteArray();
    }

    static Budget roundTrip(Budget budget) throws Exception {
        return BudgetWorkbook.read(bytes(budget), "generated.xlsx");
    }
}
