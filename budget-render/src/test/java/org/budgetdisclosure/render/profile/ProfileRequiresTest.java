package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.budgetdisclosure.model.facts.StatedFact;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A descriptor's {@code requires:}: the optional facts its layout prints. Known keys load; an unknown one is refused
 * at load with its line and the known keys; a budget lacking a required fact is refused naming the profile and the
 * fact's field; the bundled profiles declare theirs.
 */
class ProfileRequiresTest {

    @TempDir
    Path dir;

    /** A copy of the bundled hebei-2022 profile with {@code from} replaced by {@code to} in its descriptor. */
    private Path copy(String name, String from, String to) throws IOException {
        ProfileAbuseTest copier = new ProfileAbuseTest();
        copier.dir = dir;
        return copier.copy(name, from, to);
    }

    @Test
    void requiredFactsLoadAndAreCheckedAtRender() throws IOException {
        Path folder = copy(
                "requiring",
                "minimumTableFontSize: 7",
                "minimumTableFontSize: 7\nrequires: [heldAssets, " + "operatingCosts]");
        Profile p = Profile.load(folder);
        assertThat(p.requires()).containsExactly(StatedFact.HELD_ASSETS, StatedFact.OPERATING_COSTS);
        assertThatThrownBy(() -> Disclosure.of(
                        ProfileTest.budget(), RenderOptions.defaults().withProfile(p)))
                .isInstanceOfSatisfying(
                        BudgetValidationException.class,
                        e -> assertThat(e.report().byRule("profile.requires"))
                                .extracting(Finding::location, Finding::message)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "narrative.heldAssets",
                                                "the profile hebei-2022 "
                                                        + "prints 国有资产占有使用情况（车辆、单价100万元以上设备） (heldAssets), which the budget "
                                                        + "does not state"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "operatingCosts",
                                                "the profile hebei-2022 prints "
                                                        + "机关运行经费 (operatingCosts), which the budget does not state; a 事业单位 not "
                                                        + "managed under the civil servant law states its kind (PUBLIC_INSTITUTION) "
                                                        + "instead, as it has none")));
        // stating them renders
        Disclosure.of(
                ProfileTest.budget().toBuilder()
                        .operatingCosts("1.00")
                        .heldAssets(new org.budgetdisclosure.model.facts.AssetHoldings(
                                java.time.LocalDate.of(2022, 1, 1),
                                java.util.Optional.empty(),
                                java.util.OptionalInt.of(0)))
                        .build(),
                RenderOptions.defaults().withProfile(p));
    }

    @Test
    void anUnknownFactIsRefusedAtLoadWithItsLineAndTheKnownKeys() throws IOException {
        Path folder = copy("unknown-fact", "minimumTableFontSize: 7", "minimumTableFontSize: 7\nrequires: [vehicles]");
        assertThatThrownBy(() -> Profile.load(folder))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("profile.yaml:")
                .hasMessageContaining("requires[0]")
                .hasMessageContaining("unknown fact 'vehicles'")
                .hasMessageContaining("heldAssets");
    }

    @Test
    void theBundledProfilesDeclareWhatTheirChaptersPrint() {
        assertThat(Profile.of("hebei-2022").requires()).isEmpty();
        assertThat(Profile.of("shanghai-2025-department").requires())
                .contains(
                        StatedFact.BUDGET_UNITS,
                        StatedFact.OPERATING_COSTS,
                        StatedFact.PROCUREMENT_TOTALS,
                        StatedFact.HELD_ASSETS);
        assertThat(Profile.of("shanghai-unit").requires())
                .contains(StatedFact.INTERNAL_DIVISIONS, StatedFact.OPERATING_COSTS)
                .doesNotContain(StatedFact.BUDGET_UNITS);
        assertThat(Profile.schema()).contains("\"requires\"");
    }
}
