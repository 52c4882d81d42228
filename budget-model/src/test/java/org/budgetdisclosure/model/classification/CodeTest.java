package org.budgetdisclosure.model.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CodeTest {

    @Test
    void functionalCodesKnowTheirLevelAndParent() {
        FunctionCode item = FunctionCode.of("2150501");
        assertThat(item.level()).isEqualTo(Level.ITEM);
        assertThat(item.parent()).contains(FunctionCode.of("21505"));
        assertThat(item.parent().orElseThrow().parent()).contains(FunctionCode.of("215"));
        assertThat(FunctionCode.of("215").parent()).isEmpty();
        assertThat(item.classCode()).isEqualTo(FunctionCode.of("215"));
        assertThat(item.isWithin(FunctionCode.of("21505"))).isTrue();
    }

    @Test
    void economicCodesHaveTwoLevels() {
        assertThat(EconomicCode.of("30101").parent()).contains(EconomicCode.of("301"));
        assertThatThrownBy(() -> EconomicCode.of("3010101"))
                .hasMessageContaining("'3010101'")
                .hasMessageContaining("3 or 5 digits");
    }

    @Test
    void malformedCodesAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> FunctionCode.of("21505a1")).hasMessageContaining("'21505a1'");
        assertThatThrownBy(() -> FunctionCode.of("2150")).hasMessageContaining("3, 5 or 7 digits");
    }

    @Test
    void bundledCatalogueHasTheThirtyClassesAndEveryReferenceCode() {
        Catalogue catalogue = Catalogue.bundled();
        assertThat(catalogue.functionClasses()).hasSize(30);
        assertThat(catalogue.functionClasses().get(0).value()).isEqualTo("201");
        assertThat(catalogue.name(FunctionCode.of("2150517"))).contains("产业发展");
        assertThat(catalogue.name(EconomicCode.of("30231"))).contains("公务用车运行维护费");
        assertThat(catalogue.name(FunctionCode.of("2999999"))).isEmpty();
    }

    @Test
    void usersLoadTheirCatalogueFromCsvAndOverlayIt() {
        Catalogue mine = Catalogue.fromCsv(new StringReader("""
                # my year
                functional,2150599,其他工业和信息产业监管支出（新）
                economic,39999,其他支出
                """), "mine.csv");
        Catalogue combined = Catalogue.bundled().overlay(mine);
        assertThat(combined.name(FunctionCode.of("2150599"))).contains("其他工业和信息产业监管支出（新）");
        assertThat(combined.name(FunctionCode.of("206"))).contains("科学技术支出");
    }

    @Test
    void aMalformedCsvLineIsReportedWithFileAndLine() {
        assertThatThrownBy(() ->
                        Catalogue.fromCsv(new StringReader("functional,206,科学技术支出\nfunctional;207\n"), "mine.csv"))
                .isInstanceOf(CatalogueFormatException.class)
                .hasMessageStartingWith("mine.csv:2:")
                .hasMessageContaining("classification,code,name");
        assertThatThrownBy(() -> Catalogue.fromCsv(new StringReader("function,206,科学技术支出\n"), "c.csv"))
                .hasMessageStartingWith("c.csv:1:")
                .hasMessageContaining("'function'");
        assertThatThrownBy(() -> Catalogue.fromCsv(new StringReader("economic,30x01,办公费\n"), "c.csv"))
                .hasMessageStartingWith("c.csv:1:")
                .hasMessageContaining("'30x01'");
    }
}
