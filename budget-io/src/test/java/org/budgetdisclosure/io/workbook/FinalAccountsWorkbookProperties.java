package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.ProcurementOutturn;
import org.budgetdisclosure.model.finalaccounts.ThreePublicActivity;
import org.budgetdisclosure.model.testing.FinalAccountsArbitraries;

/** Final accounts → final-accounts workbook → final accounts is equal; problems are located at their cells. */
class FinalAccountsWorkbookProperties {

    private static final Path REFERENCE =
            Path.of("..", "budget-examples", "budgets", "shanghai-putuo-finance-bureau-2024-final.json");
    private static final Path UNITS =
            Path.of("..", "budget-examples", "budgets", "shanghai-demo-bureau-2024-final-units.json");

    @Provide
    Arbitrary<FinalAccounts> accounts() {
        return Combinators.combine(
                        Arbitraries.oneOf(
                                        FinalAccountsArbitraries.finalAccounts(),
                                        FinalAccountsArbitraries.finalAccounts(MoneyUnit.YUAN),
                                        FinalAccountsArbitraries.departmentsWithUnits(MoneyUnit.TEN_THOUSAND_YUAN),
                                        FinalAccountsArbitraries.departmentsWithUnits(MoneyUnit.YUAN)),
                                Arbitraries.longs()
                                        .between(0, 99_999_999_999L)
                                        .list()
                                        .ofSize(8),
                        Arbitraries.integers().between(0, 500).list().ofSize(8),
                                Arbitraries.integers().between(0, 15))
                .as((accounts, cents, counts, stated) -> {
                    // the facts the generators leave out: 政府采购 and the “三公” activity, each stated or not
                    var b = accounts.toBuilder();
                    if ((stated & 1) != 0) {
                        List<Amount> a = cents.stream()
                                .map(c -> Amount.of(BigDecimal.valueOf(c, 2), accounts.unit()))
                                .toList();
                        b.procurement(new ProcurementOutturn(
                                a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5), a.get(6), a.get(7)));
                    }
                    if ((stated & 2) != 0) {
                        b.threePublicActivity(new ThreePublicActivity(
                                counts.get(0),
                                counts.get(1),
                                counts.get(2),
                                counts.get(3),
                                counts.get(4),
                                counts.get(5),
                                counts.get(6),
                                counts.get(7)));
                    }
                    if ((stated & 4) != 0) {
                        // 资产: vehicles of some categories, the large equipment where the fifth bit says
                        java.util.Map<VehicleCategory, Integer> vehicles =
                                new java.util.EnumMap<>(VehicleCategory.class);
                        for (int i = 0; i < VehicleCategory.values().length; i++) {
                            if (counts.get(i % 8) % 3 != 0) {
                                vehicles.put(VehicleCategory.values()[i], counts.get(i % 8) % 50);
                            }
                        }
                        b.assets(new AssetHoldings(
                                java.time.LocalDate.of(accounts.year(), 12, 31),
                                (stated & 8) == 0 || !vehicles.isEmpty()
                                        ? Optional.of(new VehicleCounts(vehicles))
                                        : Optional.empty(),
                                (stated & 8) != 0 ? OptionalInt.of(counts.get(7)) : OptionalInt.empty()));
                    }
                    return b.build();
                });
    }

    private static byte[] written(FinalAccounts accounts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FinalAccountsWorkbook.write(
                accounts, Optional.of("shanghai-2024-final-accounts"), Catalogue.forYear(accounts.year()), out);
        return out.toByteArray();
    }

    @Property(tries = 80)
    void anyFinalAccountsRoundTrip(@ForAll("accounts") FinalAccounts accounts) throws Exception {
        net.jqwik.api.statistics.Statistics.label("units")
                .collect(accounts.hasUnits() ? "with units" : "without units");
        byte[] book = written(accounts);
        assertThat(FinalAccountsWorkbook.isFinalAccountsWorkbook(book)).isTrue();
        FinalAccountsWorkbook.Read back = FinalAccountsWorkbook.read(book, "book.xlsx");
        assertThat(back.accounts()).isEqualTo(accounts);
        assertThat(back.profile()).contains("shanghai-2024-final-accounts");
        assertThat(FinalAccountsWorkbook.leftOut(accounts, Catalogue.forYear(accounts.year())))
                .isEmpty();
    }

    @Example
    void theReferenceReadsBackItsCarriedFactsAndNamesTheOthers() throws Exception {
        FinalAccounts reference = FinalAccountsFiles.read(REFERENCE);
        List<String> left = FinalAccountsWorkbook.leftOut(reference, Catalogue.forYear(reference.year()));
        FinalAccounts back =
                FinalAccountsWorkbook.read(written(reference), "book.xlsx").accounts();
        assertThat(back.revenues()).isEqualTo(reference.revenues());
        assertThat(back.spending()).isEqualTo(reference.spending());
        assertThat(back.basicExpenditures()).isEqualTo(reference.basicExpenditures());
        assertThat(back.threePublic()).isEqualTo(reference.threePublic());
        assertThat(back.lineBudgets()).isEqualTo(reference.lineBudgets());
        assertThat(back.lastYear()).isEqualTo(reference.lastYear());
        assertThat(left)
                .doesNotContain(
                        "revenues",
                        "spending",
                        "basicExpenditures",
                        "threePublic",
                        "lineBudgets",
                        "lastYear",
                        "balances",
                        "fundBalances",
                        "department",
                        "year",
                        "unit",
                        "costClasses",
                        "duties",
                        "composition",
                        "names",
                        "rounded",
                        "statedFigures",
                        "statedPercentages",
                        "performance",
                        "operatingCosts",
                        "openingBudgetReason");
        assertThat(back.duties()).isEqualTo(reference.duties()).isNotEmpty();
        assertThat(back.composition()).isEqualTo(reference.composition());
        assertThat(back.names()).isEqualTo(reference.names());
        assertThat(back.statedFigures()).isEqualTo(reference.statedFigures());
        assertThat(back.procurement()).isEqualTo(reference.procurement());
        assertThat(left)
                .as("what the workbook does not carry of the 财政局 2024 决算")
                .isEmpty();
        assertThat(back).isEqualTo(reference);
    }

    @Example
    void aDepartmentWithUnitsReadsBackEqual() throws Exception {
        FinalAccounts units = FinalAccountsFiles.read(UNITS);
        assertThat(units.hasUnits()).isTrue();
        assertThat(FinalAccountsWorkbook.leftOut(units, Catalogue.forYear(units.year())))
                .isEmpty();
        FinalAccountsWorkbook.Read back = FinalAccountsWorkbook.read(written(units), "book.xlsx");
        assertThat(back.accounts()).isEqualTo(units);
        assertThat(back.cells()).containsEntry("assets.largeEquipment", "资产!B12");
        assertThat(back.cells())
                .containsEntry("units[1].spending[0].amount", "支出决算!D" + (2 + spendingBefore(units, 1)));
    }

    private static int spendingBefore(FinalAccounts accounts, int unit) {
        return accounts.units().subList(0, unit).stream()
                .mapToInt(u -> u.spending().size())
                .sum();
    }

    @Example
    void aLineNamingNoUnitIsRefusedAtItsCell() throws Exception {
        FinalAccounts units = FinalAccountsFiles.read(UNITS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(units)))) {
            wb.getSheet("收入决算").getRow(1).getCell(3).setCellValue("999");
            wb.getSheet("支出决算").getRow(1).getCell(4).setCellValue("");
            wb.write(out);
        }
        assertThatThrownBy(() -> FinalAccountsWorkbook.read(out.toByteArray(), "book.xlsx"))
                .isInstanceOfSatisfying(BudgetFileException.class, e -> {
                    assertThat(e.path()).isEqualTo("收入决算!D2");
                    assertThat(e.getMessage()).contains("found \"999\"").contains("支出决算!E2");
                });
    }

    @Example
    void aWorkbookWithoutTheSheetsOfUnitsAndAssetsReadsAsBefore() throws Exception {
        FinalAccounts reference = FinalAccountsFiles.read(REFERENCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(reference)))) {
            wb.removeSheetAt(wb.getSheetIndex("组成单位"));
            wb.removeSheetAt(wb.getSheetIndex("资产"));
            wb.write(out);
        }
        assertThat(FinalAccountsWorkbook.read(out.toByteArray(), "book.xlsx").accounts())
                .isEqualTo(withoutAssets(reference));
    }

    private static FinalAccounts withoutAssets(FinalAccounts a) {
        return new FinalAccounts(
                a.department(),
                a.year(),
                a.unit(),
                a.revenues(),
                a.spending(),
                a.balances(),
                a.fundBalances(),
                a.basicExpenditures(),
                a.costClasses(),
                a.threePublic(),
                a.threePublicActivity(),
                a.lineBudgets(),
                a.openingBudgetReason(),
                a.lastYear(),
                a.operatingCosts(),
                a.procurement(),
                a.performance(),
                Optional.empty(),
                a.composition(),
                a.statedFigures(),
                a.statedPercentages(),
                a.names(),
                a.units(),
                a.rounded(),
                a.duties());
    }

    @Example
    void assetsWithoutTheirDateOrATotalOffAreRefusedAtTheirCells() throws Exception {
        FinalAccounts reference = FinalAccountsFiles.read(REFERENCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(reference)))) {
            var s = wb.getSheet("资产");
            s.getRow(1).removeCell(s.getRow(1).getCell(1));
            s.getRow(10).createCell(1).setCellValue(999);
            wb.write(out);
        }
        assertThatThrownBy(() -> FinalAccountsWorkbook.read(out.toByteArray(), "book.xlsx"))
                .isInstanceOfSatisfying(
                        BudgetFileException.class, e -> assertThat(e.path()).isEqualTo("资产!B11（车辆合计）"));
    }

    @Example
    void theTemplateIsAFinalAccountsWorkbookRefusedUntilFilled() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FinalAccountsWorkbook.template(
                Catalogue.forYear(2024), 2024, MoneyUnit.TEN_THOUSAND_YUAN, "shanghai-2024-final-accounts", out);
        assertThat(FinalAccountsWorkbook.isFinalAccountsWorkbook(out.toByteArray()))
                .isTrue();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (WorkbookSheet declared : FinalWorkbookSheets.ALL) {
                assertThat(wb.getSheet(declared.name()).getRow(0).getCell(0).getStringCellValue())
                        .isEqualTo(declared.columns().get(0).header());
            }
        }
        assertThatThrownBy(() -> FinalAccountsWorkbook.read(out.toByteArray(), "book.xlsx"))
                .isInstanceOfSatisfying(BudgetFileException.class, e -> {
                    assertThat(e.path()).isEqualTo("基本信息!B3（部门全称）");
                    assertThat(e.detail()).startsWith("内容 is required");
                });
    }

    @Example
    void aBadAmountIsRefusedAtItsCell() throws Exception {
        FinalAccounts reference = FinalAccountsFiles.read(REFERENCE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(reference)))) {
            wb.getSheet("收入决算").getRow(1).getCell(2).setCellValue("12,3");
            wb.write(out);
        }
        assertThatThrownBy(() -> FinalAccountsWorkbook.read(out.toByteArray(), "book.xlsx"))
                .isInstanceOfSatisfying(BudgetFileException.class, e -> {
                    assertThat(e.path()).isEqualTo("收入决算!C2");
                    assertThat(e.detail()).isEqualTo("金额 must be a number, found \"12,3\"");
                });
        assertThat(FinalAccountsWorkbook.isFinalAccountsWorkbook(out.toByteArray()))
                .isTrue();
        ByteArrayOutputStream budget = new ByteArrayOutputStream();
        BudgetWorkbook.template(Catalogue.forYear(2025), 2025, budget);
        assertThat(FinalAccountsWorkbook.isFinalAccountsWorkbook(budget.toByteArray()))
                .isFalse();
    }
}
