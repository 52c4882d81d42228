package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A required number written as {@code null} (a year, a count of staff, of “三公” trips, of evaluated projects) is
 * refused at its field like any other wrong value, not left to fail as a bug when the facts are built.
 */
class RequiredNumbersTest {

    private static final Path BUDGETS = Path.of("..", "budget-examples", "budgets");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path withNull(String example, String object, String field) throws Exception {
        JsonNode root = JSON.readTree(BUDGETS.resolve(example).toFile());
        ObjectNode holder = (ObjectNode) (object.isEmpty() ? root : root.at(object));
        holder.putNull(field);
        Path file = dir.resolve(example);
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }

    @Test
    void aBudgetsYearOrStaffCountWrittenAsNullIsRefusedAtItsField() throws Exception {
        Path year = withNull("leting-industry-bureau-2022.json", "", "year");
        assertThatThrownBy(() -> BudgetFiles.read(year))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("$.year: expected a whole number, found null");
        Path staff = withNull("leting-industry-bureau-2022.json", "/narrative/staffing", "retired");
        assertThatThrownBy(() -> BudgetFiles.read(staff))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("$.narrative.staffing.retired: expected a whole number, found null");
    }

    @Test
    void aFinalAccountsCountWrittenAsNullIsRefusedAtItsField() throws Exception {
        Path good = withNull("shanghai-demo-bureau-2024-final-units.json", "/performance", "good");
        assertThatThrownBy(() -> FinalAccountsFiles.read(good))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("$.performance.good: expected a whole number, found null");
    }
}
