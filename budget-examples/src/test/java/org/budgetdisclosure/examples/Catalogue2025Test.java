package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.junit.jupiter.api.Test;

/**
 * The bundled 2025 catalogue names every code of the three references (with its parents): the functional codes of
 * all three, the economic codes of those booked on the national catalogue (the Hebei and 普陀区财政局 budgets; the
 * welfare home's economic 款 are its own sequential numbering and are named by its file).
 */
class Catalogue2025Test {

    @Test
    void everyCodeOfTheReferencesIsInThe2025Catalogue() throws Exception {
        Catalogue catalogue = Catalogue.forYear(2025);
        for (String file : List.of(
                "leting-industry-bureau-2022.json",
                "shanghai-putuo-finance-bureau-2025.json",
                "shanghai-putuo-welfare-home-2024-unit.json")) {
            Budget budget = BudgetFiles.read(Path.of("budgets", file));
            List<Code> codes = new ArrayList<>();
            budget.appropriations().stream().map(Appropriation::functionCode).forEach(c -> withParents(c, codes));
            if (!file.contains("welfare-home")) {
                budget.basicExpenditures().stream()
                        .map(BasicExpenditure::economicCode)
                        .forEach(c -> withParents(c, codes));
            }
            assertThat(codes)
                    .as(file)
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(catalogue.contains(c))
                            .as("%s: %s", file, c.value())
                            .isTrue());
        }
    }

    @Test
    void theWelfareHomeStatesItsOwnEconomicNamesAndNoFunctionalOneThe2025CatalogueLacks() throws Exception {
        Budget welfare = BudgetFiles.read(Path.of("budgets", "shanghai-putuo-welfare-home-2024-unit.json"));
        welfare.names().forEach((code, name) -> {
            if (code.classification() == Code.Classification.FUNCTIONAL) {
                assertThat(Catalogue.forYear(2025).name(code)).contains(name);
            }
        });
        assertThat(welfare.statedName(org.budgetdisclosure.model.classification.EconomicCode.of("30202")))
                .contains("咨询费");
    }

    private static void withParents(Code code, List<Code> codes) {
        for (Optional<? extends Code> c = Optional.of(code);
                c.isPresent();
                c = c.get().parent()) {
            codes.add(c.get());
        }
    }
}
