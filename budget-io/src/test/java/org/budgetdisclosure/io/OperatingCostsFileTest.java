package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.junit.jupiter.api.Test;

/** The budget file's {@code operatingCosts} (机关运行经费): read in the file's unit, written back, in the schema. */
class OperatingCostsFileTest {

    @Test
    void readInTheFilesUnitAndWrittenBackInJsonAndYaml() throws Exception {
        Budget b = read(BudgetFilesTest.minimal("\"operatingCosts\": \"229.43\""));
        assertThat(b.operatingCosts()).contains(Amount.wan("229.43"));
        for (Syntax syntax : Syntax.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BudgetFiles.write(b, out, syntax);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("operatingCosts");
            assertThat(BudgetFiles.read(out.toByteArray(), "back", syntax)).isEqualTo(b);
        }
    }

    @Test
    void absentStaysAbsentAndIsNotWritten() throws Exception {
        Budget b = read(BudgetFilesTest.minimal(""));
        assertThat(b.operatingCosts()).isEmpty();
        assertThat(BudgetFiles.toJson(b)).doesNotContain("operatingCosts");
    }

    @Test
    void aBadValueIsLocated() {
        assertThatThrownBy(() -> read(BudgetFilesTest.minimal("\"operatingCosts\": \"12,5\"")))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("operatingCosts");
        assertThatThrownBy(() -> read(BudgetFilesTest.minimal("\"operatingCosts\": 1e30")))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("operatingCosts");
    }

    @Test
    void theSchemaDescribesIt() {
        assertThat(BudgetFiles.schema()).contains("\"operatingCosts\"").contains("机关运行经费");
    }

    private static Budget read(String json) throws BudgetFileException {
        return BudgetFiles.read(json.getBytes(StandardCharsets.UTF_8), "budget.json", Syntax.JSON);
    }
}
