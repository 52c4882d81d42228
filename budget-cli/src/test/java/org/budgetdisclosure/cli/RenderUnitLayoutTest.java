package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --units} without {@code --unit-profile}: the units' layout is the one the department's profile names
 * ({@code units: {profile: shanghai-unit}} in {@code shanghai-2025-department}); {@code --unit-profile} overrides it.
 */
class RenderUnitLayoutTest {

    private static final String BASE = "shanghai-putuo-finance-bureau-2025-units";

    @TempDir
    Path dir;

    @Test
    void theDepartmentsUnitLayoutIsUsedAndItsMissingFactsAreRefusedNamingTheUnit() throws Exception {
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run(
                "render",
                RenderUnitsTest.UNITS.toString(),
                "--units",
                "--profile",
                "shanghai-2025-department",
                "--out",
                out.toString(),
                "--format",
                "html");
        // the three units state none of the facts shanghai-unit prints: refused, each unit and fact named
        assertThat(r.status()).as(r.err()).isEqualTo(UserErrors.INVALID_BUDGET);
        assertThat(r.err())
                .contains("refused")
                .contains("units[0].narrative.internalDivisions: unit 上海市普陀区财政局本部 (035001): the profile "
                        + "shanghai-unit prints 机构设置（内设机构） (internalDivisions), which the budget does not state")
                .contains("units[2].narrative.heldAssets: unit 上海市普陀区财政信息中心 (035003)");
        assertThat(Files.exists(out)).isFalse();

        // --unit-profile names the units' layout as given (the department in the default layout, hebei-2022)
        Path out2 = dir.resolve("out2");
        CommandLineTest.Run overridden = CommandLineTest.run(
                "render",
                RenderUnitsTest.UNITS.toString(),
                "--units",
                "--unit-profile",
                "hebei-2022",
                "--out",
                out2.toString(),
                "--format",
                "html");
        assertThat(overridden.status()).as(overridden.err()).isZero();
        assertThat(Jsoup.parse(out2.resolve(BASE + "-035002.html").toFile(), "UTF-8")
                        .text())
                .contains("上海市普陀区财政局国库收付中心")
                .contains("608.51");
    }
}
