package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.AssetRegister;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.validation.Validator;

/**
 * Numbers written to hurt (huge exponents, thousands of digits, tiny scales) are refused with a located error,
 * in amounts and quantities, in JSON and YAML files and through the API, before any arithmetic. Every try runs
 * under a {@link Watchdog}: a hang fails the property instead of stalling the build.
 */
class ExtremeNumberProperties {

    private static final Duration HANG = Duration.ofSeconds(60);

    /** Where a number goes in a file: the field, and the JSON path reported for it. */
    enum Slot {
        AMOUNT("$.appropriations[0].amount"),
        UNIT_PRICE("$.narrative.procurement[0].unitPrice"),
        PROCUREMENT_QUANTITY("$.narrative.procurement[0].quantity"),
        ASSET_QUANTITY("$.narrative.assets.categories[0].quantity"),
        ASSET_VALUE("$.narrative.assets.categories[0].value");

        final String path;

        Slot(String path) {
            this.path = path;
        }
    }

    @Provide
    Arbitrary<String> extremeNumbers() {
        Arbitrary<String> exponents = Arbitraries.longs()
                .between(16, Long.MAX_VALUE / 2)
                .flatMap(e -> Arbitraries.of("1e" + e, "1e-" + e, "9.99E+" + e, "1.5e-" + e, "-1e" + e));
        Arbitrary<String> bigExponents = Arbitraries.of(
                "1e10000000",
                "1e400000000",
                "1e999999999",
                "1e-99999999",
                "1e99999999",
                "1e2147483647",
                "1e-2147483648",
                "1e2147483648",
                "1e-9999999999999");
        Arbitrary<String> longNumbers =
                Arbitraries.integers().between(16, 20_000).map(n -> "9".repeat(n));
        Arbitrary<String> longDecimals =
                Arbitraries.integers().between(7, 20_000).map(n -> "0." + "0".repeat(n - 1) + "1");
        Arbitrary<String> longFractions =
                Arbitraries.integers().between(101, 20_000).map(n -> "1." + "0".repeat(n) + "1");
        return Arbitraries.oneOf(exponents, bigExponents, longNumbers, longDecimals, longFractions);
    }

    @Property(tries = 200)
    void aFileWithAnExtremeNumberIsALocatedError(
            @ForAll("extremeNumbers") String number, @ForAll Slot slot, @ForAll boolean quoted, @ForAll Syntax syntax)
            throws Exception {
        String literal = quoted ? "\"" + number + "\"" : number;
        String file = syntax == Syntax.JSON ? json(slot, literal) : yaml(slot, literal);
        Throwable thrown = Watchdog.within(
                HANG,
                () -> catchThrowable(() -> Validator.validate(
                        BudgetFiles.read(file.getBytes(StandardCharsets.UTF_8), "extreme." + syntax, syntax))));
        assertThat(thrown).as(number).isInstanceOf(BudgetFileException.class);
        BudgetFileException e = (BudgetFileException) thrown;
        assertThat(e.line()).as(e.getMessage()).isPositive();
        assertThat(e.column()).as(e.getMessage()).isPositive();
        assertThat(e.getMessage()).hasSizeLessThan(600);
        if (number.length() <= 1000) {
            // longer numbers may be stopped by the parser's own limit, before the field is known
            assertThat(e.path()).as(e.getMessage()).isEqualTo(slot.path);
        }
    }

    @Property(tries = 200)
    void anExtremeNumberThroughTheApiIsRefusedNamingItsField(@ForAll("extremeNumbers") String number, @ForAll Slot slot)
            throws Exception {
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return; // not a BigDecimal at all: nothing reaches the API
        }
        Throwable thrown = Watchdog.within(HANG, () -> catchThrowable(() -> Validator.validate(budget(slot, value))));
        assertThat(thrown).as(number).isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage())
                .startsWith(slot.path.substring(2) + ": expected a number of at most")
                .hasSizeLessThan(300);
    }

    @Example
    void numbersAtTheBoundsAreRead() throws Exception {
        Budget b = BudgetFiles.read(
                json(Slot.AMOUNT, "\"999999999999999.999999\"").getBytes(StandardCharsets.UTF_8),
                "b.json",
                Syntax.JSON);
        assertThat(b.appropriations().get(0).amount().value()).isEqualByComparingTo("999999999999999.999999");
        assertThat(Validator.validate(b).errors()).extracting(f -> f.rule()).contains("amount.precision");
        b = BudgetFiles.read(
                json(Slot.PROCUREMENT_QUANTITY, "999999999.9999").getBytes(StandardCharsets.UTF_8),
                "b.json",
                Syntax.JSON);
        assertThat(b.narrative().procurement().get(0).quantity()).isEqualByComparingTo("999999999.9999");
        b = BudgetFiles.read(
                json(Slot.AMOUNT, "1.500000000000000000000").getBytes(StandardCharsets.UTF_8), "b.json", Syntax.JSON);
        assertThat(b.appropriations().get(0).amount().value()).isEqualByComparingTo("1.5");
    }

    private static String value(Slot slot, Slot here, String number, String otherwise) {
        return slot == here ? number : otherwise;
    }

    static String json(Slot slot, String number) {
        return BudgetFilesTest.minimal("""
                "appropriations": [{"functionCode": "2150501", "source": "GENERAL_PUBLIC_BUDGET", "type": "BASIC",
                  "amount": %s}],
                "narrative": {
                  "procurement": [{"unitName": "测试局", "functionCode": "2150501", "itemName": "台式计算机",
                    "unitPrice": %s, "quantity": %s, "amount": "1.00", "funding": {"GENERAL_PUBLIC": "1.00"}}],
                  "assets": {"asOf": "2021-12-31", "categories": [{"name": "车辆", "quantity": %s, "value": %s}]}
                }""".formatted(
                        value(slot, Slot.AMOUNT, number, "\"1.00\""),
                        value(slot, Slot.UNIT_PRICE, number, "\"1.00\""),
                        value(slot, Slot.PROCUREMENT_QUANTITY, number, "1"),
                        value(slot, Slot.ASSET_QUANTITY, number, "2"),
                        value(slot, Slot.ASSET_VALUE, number, "\"3.00\"")));
    }

    static String yaml(Slot slot, String number) {
        return """
                format: budget-disclosure/1
                unit: 万元
                year: 2022
                department: {code: "901", name: 某县测试局, shortName: 测试局, kind: ADMINISTRATIVE}
                appropriations:
                - functionCode: "2150501"
                  source: GENERAL_PUBLIC_BUDGET
                  type: BASIC
                  amount: %s
                narrative:
                  procurement:
                  - unitName: 测试局
                    functionCode: "2150501"
                    itemName: 台式计算机
                    unitPrice: %s
                    quantity: %s
                    amount: "1.00"
                    funding: {GENERAL_PUBLIC: "1.00"}
                  assets:
                    asOf: "2021-12-31"
                    categories:
                    - name: 车辆
                      quantity: %s
                      value: %s
                """.formatted(
                        value(slot, Slot.AMOUNT, number, "\"1.00\""),
                        value(slot, Slot.UNIT_PRICE, number, "\"1.00\""),
                        value(slot, Slot.PROCUREMENT_QUANTITY, number, "1"),
                        value(slot, Slot.ASSET_QUANTITY, number, "2"),
                        value(slot, Slot.ASSET_VALUE, number, "\"3.00\""));
    }

    private static Budget budget(Slot slot, BigDecimal number) {
        Amount one = Amount.wan("1.00");
        Amount any = slot == Slot.AMOUNT || slot == Slot.UNIT_PRICE || slot == Slot.ASSET_VALUE
                ? Amount.of(number, org.budgetdisclosure.model.facts.MoneyUnit.TEN_THOUSAND_YUAN)
                : one;
        BigDecimal quantity = slot == Slot.PROCUREMENT_QUANTITY ? number : BigDecimal.ONE;
        BigDecimal assetQuantity = slot == Slot.ASSET_QUANTITY ? number : BigDecimal.valueOf(2);
        var b = Budget.builder()
                .department("901", "某县测试局", "测试局", DepartmentKind.ADMINISTRATIVE)
                .year(2022)
                .appropriation(new Appropriation(
                        FunctionCode.of("2150501"),
                        RevenueSource.GENERAL_PUBLIC_BUDGET,
                        Fund.GENERAL_PUBLIC,
                        ExpenditureType.BASIC,
                        slot == Slot.AMOUNT ? any : one,
                        Optional.empty()));
        b.procurement(new ProcurementItem(
                "测试局",
                FunctionCode.of("2150501"),
                "",
                "",
                "",
                "台式计算机",
                "",
                "台",
                slot == Slot.UNIT_PRICE ? any : one,
                quantity,
                one,
                Map.of(Fund.GENERAL_PUBLIC, one)));
        b.assets(new AssetRegister(
                LocalDate.of(2021, 12, 31),
                List.of(new AssetCategory(
                        "车辆", Optional.of(assetQuantity), slot == Slot.ASSET_VALUE ? any : Amount.wan("3.00"))),
                one));
        return b.build();
    }
}
