package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.testing.BudgetArbitraries;

/** Model → file → model is equal, in JSON and in YAML, for any budget, valid or not. */
class RoundTripProperties {

    @Provide
    Arbitrary<Budget> budgets() {
        return net.jqwik.api.Arbitraries.oneOf(BudgetArbitraries.budgets(), BudgetArbitraries.wildBudgets());
    }

    @Property(tries = 300)
    void jsonRoundTrips(@ForAll("budgets") Budget budget) throws Exception {
        assertThat(roundTrip(budget, Syntax.JSON)).isEqualTo(budget);
    }

    @Property(tries = 100)
    void yamlRoundTrips(@ForAll("budgets") Budget budget) throws Exception {
        assertThat(roundTrip(budget, Syntax.YAML)).isEqualTo(budget);
    }

    private static Budget roundTrip(Budget budget, Syntax syntax) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetFiles.write(budget, out, syntax);
        return BudgetFiles.read(out.toByteArray(), "generated", syntax);
    }
}
