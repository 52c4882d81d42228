package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.io.FinalAccountsFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;

/**
 * The writer and the reader interpret the same declaration of the workbook ({@link WorkbookSheets}): every declared
 * sheet is written with its declared headers, widths and drop-down lists; every declared column carries a fact the
 * writer writes; and the reader needs every declared column (a workbook without one is refused at its header row).
 * The round trip itself is {@link WorkbookRoundTripProperties}.
 */
class WorkbookDeclarationProperties {

    private static final Path BUDGETS = Path.of("..", "budget-examples", "budgets");

    private static byte[] written(Budget budget) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetWorkbook.write(budget, Catalogue.forYear(budget.year()), out);
        return out.toByteArray();
    }

    @Example
    void everyDeclaredSheetIsWrittenWithItsDeclaredColumnsWidthsAndLists() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetWorkbook.template(Catalogue.forYear(2025), 2025, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> written = new java.util.ArrayList<>();
            for (int i = 1; i < wb.getNumberOfSheets() - 1; i++) {
                written.add(wb.getSheetName(i));
            }
            assertThat(written)
                    .containsExactlyElementsOf(
                            WorkbookSheets.ALL.stream().map(WorkbookSheet::name).toList());
            for (WorkbookSheet declared : WorkbookSheets.ALL) {
                XSSFSheet s = wb.getSheet(declared.name());
                XSSFRow head = s.getRow(0);
                for (int c = 0; c < declared.columns().size(); c++) {
                    WorkbookColumn column = declared.columns().get(c);
                    assertThat(head.getCell(c).getStringCellValue())
                            .as(declared.name() + " column " + c)
                            .isEqualTo(column.header());
                    assertThat(s.getColumnWidth(c))
                            .as(declared.name() + "!" + column.header())
                            .isEqualTo(column.width() * 256);
                    column.list()
                            .ifPresent(list -> assertThat(wb.getName(SheetWriter.listName(list)))
                                    .as("the list " + list + " of " + declared.name())
                                    .isNotNull());
                    boolean listed = s.getDataValidations().stream()
                            .anyMatch(v -> v.getRegions()
                                                    .getCellRangeAddresses()[0]
                                                    .getFirstColumn()
                                            == declared.index(column.header())
                                    && v.getValidationConstraint().getFormula1() != null
                                    && v.getValidationConstraint().getFormula1().startsWith("列表_"));
                    if (!declared.equals(WorkbookSheets.DEPARTMENT)) {
                        assertThat(listed)
                                .as(declared.name() + "!" + column.header() + " offers a list")
                                .isEqualTo(column.list().isPresent());
                    }
                }
                assertThat((int) head.getLastCellNum())
                        .as(declared.name())
                        .isEqualTo(declared.columns().size());
            }
        }
    }

    @Example
    void everyDeclaredColumnCarriesAFactTheWriterWrites() throws Exception {
        Set<String> filled = new HashSet<>();
        List<Budget> budgets = new java.util.ArrayList<>();
        for (String name : List.of(
                "leting-industry-bureau-2022.json",
                "shanghai-putuo-finance-bureau-2025.json",
                "shanghai-putuo-finance-bureau-2025-units.json",
                "shanghai-putuo-welfare-home-2024-unit.json")) {
            budgets.add(BudgetFiles.read(BUDGETS.resolve(name)));
        }
        budgets.add(withCatalogueNumbers(budgets.get(0)));
        var generated = new WorkbookRoundTripProperties().shanghaiBudgets().generator(100);
        Random random = new Random(21);
        for (int i = 0; i < 60; i++) {
            budgets.add(generated.next(random).value());
        }
        for (Budget budget : budgets) {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written(budget)))) {
                for (WorkbookSheet declared : WorkbookSheets.ALL) {
                    XSSFSheet s = wb.getSheet(declared.name());
                    for (int r = 1; r <= s.getLastRowNum(); r++) {
                        XSSFRow row = s.getRow(r);
                        for (int c = 0; row != null && c < declared.columns().size(); c++) {
                            XSSFCell cell = row.getCell(c);
                            if (cell != null && !cell.toString().isBlank()) {
                                filled.add(declared.name() + "!"
                                        + declared.columns().get(c).header());
                            }
                        }
                    }
                }
            }
        }
        for (WorkbookSheet declared : WorkbookSheets.ALL) {
            for (WorkbookColumn column : declared.columns()) {
                String at = declared.name() + "!" + column.header();
                if (!at.equals(WorkbookLayout.LINES + "!用途")) { // the preparer's own note, not a fact
                    assertThat(filled).as("a fact is written in " + at).contains(at);
                }
            }
        }
    }

    @Example
    void theReaderNeedsEveryDeclaredColumn() throws Exception {
        byte[] leting = written(BudgetFiles.read(BUDGETS.resolve("leting-industry-bureau-2022.json")));
        for (WorkbookSheet declared : WorkbookSheets.ALL) {
            for (String header : declared.requiredHeaders()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(leting))) {
                    wb.getSheet(declared.name())
                            .getRow(0)
                            .getCell(declared.index(header))
                            .setCellValue("改名");
                    wb.write(out);
                }
                Optional<BudgetFileException> refused = refusal(out.toByteArray());
                assertThat(refused).as(declared.name() + "!" + header).isPresent();
                assertThat(refused.get().path()).isEqualTo(declared.name() + "!1");
                assertThat(refused.get().detail()).startsWith("the column " + header + " is missing");
            }
        }
    }

    /** The budget with its procurement items given a 采购目录序号 and a 产品规格 (the generators state none). */
    private static Budget withCatalogueNumbers(Budget budget) throws Exception {
        List<ProcurementItem> items = budget.narrative().procurement().stream()
                .map(p -> new ProcurementItem(
                        p.unitName(),
                        p.functionCode(),
                        p.projectName(),
                        p.projectType(),
                        "A02010104",
                        p.itemName(),
                        "i7/16G",
                        p.measureUnit(),
                        p.unitPrice(),
                        p.quantity(),
                        p.amount(),
                        p.funding()))
                .toList();
        assertThat(items).isNotEmpty();
        RecordComponent[] components = Narrative.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals("procurement")
                    ? items
                    : components[i].getAccessor().invoke(budget.narrative());
        }
        Narrative narrative = (Narrative) Narrative.class
                .getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))
                .newInstance(values);
        return budget.toBuilder().narrative(narrative).build();
    }

    @Example
    void theFinalAccountsWorkbookIsWrittenAndReadByItsDeclarationToo() throws Exception {
        FinalAccounts reference =
                FinalAccountsFiles.read(BUDGETS.resolve("shanghai-putuo-finance-bureau-2024-final.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FinalAccountsWorkbook.write(reference, Optional.empty(), Catalogue.forYear(reference.year()), out);
        byte[] book = out.toByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
            for (int i = 0; i < FinalWorkbookSheets.ALL.size(); i++) {
                WorkbookSheet declared = FinalWorkbookSheets.ALL.get(i);
                assertThat(wb.getSheetName(i + 1)).isEqualTo(declared.name());
                XSSFSheet s = wb.getSheet(declared.name());
                for (int c = 0; c < declared.columns().size(); c++) {
                    assertThat(s.getRow(0).getCell(c).getStringCellValue())
                            .isEqualTo(declared.columns().get(c).header());
                    assertThat(s.getColumnWidth(c))
                            .isEqualTo(declared.columns().get(c).width() * 256);
                }
            }
        }
        for (WorkbookSheet declared : FinalWorkbookSheets.ALL) {
            for (String header : declared.requiredHeaders()) {
                ByteArrayOutputStream changed = new ByteArrayOutputStream();
                try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(book))) {
                    wb.getSheet(declared.name())
                            .getRow(0)
                            .getCell(declared.index(header))
                            .setCellValue("改名");
                    wb.write(changed);
                }
                try {
                    FinalAccountsWorkbook.read(changed.toByteArray(), "book.xlsx");
                    throw new AssertionError("read without its column " + declared.name() + "!" + header);
                } catch (BudgetFileException e) {
                    assertThat(e.path()).isEqualTo(declared.name() + "!1");
                    assertThat(e.detail()).startsWith("the column " + header + " is missing");
                }
            }
        }
    }

    private static Optional<BudgetFileException> refusal(byte[] content) {
        try {
            BudgetWorkbook.read(content, "book.xlsx");
            return Optional.empty();
        } catch (BudgetFileException e) {
            return Optional.of(e);
        }
    }
}
