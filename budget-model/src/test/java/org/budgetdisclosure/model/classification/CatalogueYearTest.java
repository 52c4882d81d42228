package org.budgetdisclosure.model.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The bundled catalogues per year: the year's own, else the nearest earlier one; 2025 names as of 2025. */
class CatalogueYearTest {

    @Test
    void eachBudgetYearGetsItsOwnOrTheNearestEarlierBundledCatalogue() {
        assertThat(Catalogue.bundledYears()).containsExactly(2022, 2025);
        assertThat(Catalogue.forYear(2022).year()).hasValue(2022);
        assertThat(Catalogue.forYear(2024)).isSameAs(Catalogue.forYear(2022));
        assertThat(Catalogue.forYear(2025).year()).hasValue(2025);
        assertThat(Catalogue.forYear(2031)).isSameAs(Catalogue.forYear(2025));
        assertThat(Catalogue.forYear(2019))
                .as("before the first bundled year: the first")
                .isSameAs(Catalogue.forYear(2022));
        assertThat(Catalogue.bundled()).isSameAs(Catalogue.forYear(2022));
    }

    @Test
    void the2025CatalogueHasTheThirtyClassesAndTheNamesOf2025() {
        Catalogue c = Catalogue.forYear(2025);
        assertThat(c.functionClasses()).hasSize(30);
        assertThat(c.functionClasses())
                .extracting(Code::value)
                .startsWith("201", "202")
                .endsWith("233", "234");
        assertThat(c.name(FunctionCode.of("210"))).contains("卫生健康支出");
        assertThat(c.name(FunctionCode.of("2010608"))).contains("财政委托业务支出");
        assertThat(c.name(FunctionCode.of("2081005"))).contains("社会福利事业单位");
        assertThat(c.name(EconomicCode.of("30110"))).contains("职工基本医疗保险缴费");
        assertThat(Catalogue.forYear(2022).name(EconomicCode.of("30110"))).contains("城镇职工基本医疗保险缴费");
        assertThat(Catalogue.forYear(2022).name(FunctionCode.of("2081005"))).isEmpty();
    }

    @Test
    void aLoadedCatalogueHasNoYearUntilGivenOneAndAnOverlayTakesTheOverlaidYear() {
        Catalogue mine = Catalogue.fromCsv(new StringReader("functional,2150599,其他\n"), "mine.csv");
        assertThat(mine.year()).isEmpty();
        assertThat(mine.withYear(2023).year()).hasValue(2023);
        assertThat(Catalogue.forYear(2025).overlay(mine).year()).isEmpty();
        assertThat(mine.overlay(Catalogue.forYear(2025)).year()).hasValue(2025);
    }

    @Test
    void theBundledProviderServesTheCatalogueOfTheYear() {
        assertThat(CatalogueProvider.bundled().catalogue(2025)).isSameAs(Catalogue.forYear(2025));
        assertThat(CatalogueProvider.bundled().catalogue()).isSameAs(Catalogue.bundled());
        CatalogueProvider plain = Catalogue::empty;
        assertThat(plain.catalogue(2025).functionalCodes()).isEmpty();
    }
}
