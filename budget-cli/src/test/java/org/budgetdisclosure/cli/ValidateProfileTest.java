package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code budget validate} checks the facts the layout requires too: the profile given, else the one the file names. */
class ValidateProfileTest {

    private static final Path BUREAU =
            Path.of("..", "budget-examples", "budgets", "shanghai-putuo-finance-bureau-2025.json");

    @Test
    void aBudgetLackingWhatTheLayoutPrintsIsInvalidForThatLayoutOnly() {
        // the Hebei reference states no Shanghai fact: valid for its own layout, not for the Shanghai one
        assertThat(CommandLineTest.run("validate", CommandLineTest.REFERENCE.toString())
                        .status())
                .isZero();
        CommandLineTest.Run r = CommandLineTest.run(
                "validate", "--profile", "shanghai-2025-department", CommandLineTest.REFERENCE.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("ERROR profile.requires")
                .contains("narrative.procurementTotals")
                .contains("the profile shanghai-2025-department prints 政府采购预算（货物、工程、服务） (procurementTotals)");
        // the 财政局 reference states every fact its layout prints
        CommandLineTest.Run bureau =
                CommandLineTest.run("validate", "--profile", "shanghai-2025-department", BUREAU.toString());
        assertThat(bureau.status()).isZero();
        assertThat(bureau.out()).doesNotContain("profile.requires");
    }

    @Test
    void withAUnitProfileEveryUnitIsCheckedAsRenderUnitsChecksIt() {
        // render --units --unit-profile shanghai-unit refuses the units file (its units state no Shanghai fact):
        // validate says so beforehand, each finding at its unit
        CommandLineTest.Run r =
                CommandLineTest.run("validate", "--unit-profile", "shanghai-unit", RenderUnitsTest.UNITS.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("ERROR profile.requires at units[0].narrative.procurementTotals: unit "
                        + "上海市普陀区财政局本部 (035001): the profile shanghai-unit prints")
                .contains("profile.requires at units[2].narrative.internalDivisions");
        assertThat(CommandLineTest.run("validate", RenderUnitsTest.UNITS.toString())
                        .status())
                .isZero();
    }
}
