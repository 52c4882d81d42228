package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.FinalWorkbookSheets.*;
import static org.budgetdisclosure.io.workbook.WorkbookLayout.DEPARTMENT_LABEL;
import static org.budgetdisclosure.io.workbook.WorkbookLayout.DEPARTMENT_VALUE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.Balances;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.FinalAccountsBuilder;
import org.budgetdisclosure.model.finalaccounts.PerformanceOutturn;
import org.budgetdisclosure.model.finalaccounts.ProcurementOutturn;
import org.budgetdisclosure.model.finalaccounts.StatedFigure;
import org.budgetdisclosure.model.finalaccounts.StatedPercentage;
import org.budgetdisclosure.model.finalaccounts.ThreePublicActivity;

/**
 * Reads the final-accounts workbook: each declared sheet ({@link FinalWorkbookSheets}) by its headers, every
 * problem located as sheet and cell and all reported together. One per workbook.
 */
final class FinalWorkbookReader {

    private final WorkbookProblems problems;
    private final ReadContext ctx;
    private final XSSFWorkbook wb;
    /** The steps that give the builder the facts read, run once the department, year and unit are known. */
    private final List<Consumer<FinalAccountsBuilder>> facts = new ArrayList<>();

    private Optional<String> profile = Optional.empty();

    FinalWorkbookReader(String file, XSSFWorkbook wb) {
        this.wb = wb;
        this.problems = new WorkbookProblems(file);
        this.ctx = new ReadContext(problems, new WorkbookCells(wb));
    }

    /** @return the layout 基本信息 names (公开版式), if any */
    Optional<String> profile() {
        return profile;
    }

    /** @return where each fact path was read */
    Map<String, String> cells() {
        return ctx.located();
    }

    FinalAccounts read() throws BudgetFileException {
        Map<String, XSSFSheet> sheets = new HashMap<>();
        for (WorkbookSheet declared : ALL) {
            XSSFSheet s = wb.getSheet(declared.name());
            if (s == null && !declared.optional()) {
                ctx.problem(
                        declared.name(),
                        "the sheet is missing (make a new workbook with `budget template "
                                + "--profile shanghai-2024-final-accounts`)");
            } else if (s != null) {
                sheets.put(declared.name(), s);
                for (CellRangeAddress merged : s.getMergedRegions()) {
                    ctx.problem(
                            s.getSheetName() + "!" + merged.formatAsString(),
                            "merged cells: a row holds one "
                                    + "fact and a cell one value; unmerge them and fill every cell");
                }
            }
        }
        problems.failIfAny();
        Optional<Department> department = Optional.empty();
        int[] year = {0};
        MoneyUnit unit = MoneyUnit.TEN_THOUSAND_YUAN;
        SheetRows infoRows = new SheetRows(ctx, sheets.get(INFO.name()), INFO, unit);
        Map<String, SheetRow> byLabel = new HashMap<>();
        for (SheetRow row : infoRows.rows()) {
            byLabel.putIfAbsent(row.text(DEPARTMENT_LABEL).strip(), row);
        }
        for (String label : infoLabels()) {
            if (infoRows.complete && !byLabel.containsKey(label)) {
                ctx.problem(
                        INFO.name() + "!A",
                        "the row " + label + " is missing: column A must keep the labels "
                                + String.join(", ", infoLabels().subList(0, 6)) + ", …");
            }
        }
        problems.failIfAny();
        SheetRow kindRow = byLabel.get(KIND);
        String name = byLabel.get(NAME).required(DEPARTMENT_VALUE);
        String shortName = byLabel.get(SHORT_NAME).required(DEPARTMENT_VALUE);
        DepartmentKind kind =
                kindRow.requiredWord(DEPARTMENT_VALUE, DepartmentKind.values(), DepartmentKind::chineseName);
        String code = byLabel.get(CODE).text(DEPARTMENT_VALUE).strip();
        if (!kindRow.failed && !byLabel.get(NAME).failed && !byLabel.get(SHORT_NAME).failed) {
            Department[] made = new Department[1];
            kindRow.make(() -> made[0] = Department.of(code, name, shortName, kind));
            department = Optional.ofNullable(made[0]);
        }
        SheetRow yearRow = byLabel.get(YEAR);
        Optional<Integer> y = yearRow.whole(DEPARTMENT_VALUE);
        if (y.isEmpty() && !yearRow.failed) {
            yearRow.fail(DEPARTMENT_VALUE, "(" + YEAR + ") is required, such as 2024");
        } else if (y.isPresent() && (y.get() < 1949 || y.get() > 9999)) {
            yearRow.fail(DEPARTMENT_VALUE, "(" + YEAR + ") must be a four-digit year from 1949, found " + y.get());
        }
        y.ifPresent(v -> year[0] = v);
        unit = byLabel.get(UNIT).requiredWord(DEPARTMENT_VALUE, MoneyUnit.values(), MoneyUnit::chineseName);
        MoneyUnit u = unit;
        profile =
                Optional.of(byLabel.get(PROFILE).text(DEPARTMENT_VALUE).strip()).filter(p -> !p.isEmpty());
        byLabel.get(OPERATING_COSTS).amount(DEPARTMENT_VALUE, u).ifPresent(a -> facts.add(b -> b.operatingCosts(a)));
        SheetRow roundedRow = byLabel.get(ROUNDED);
        String rounded = roundedRow.text(DEPARTMENT_VALUE).strip();
        if (rounded.equals(WorkbookLayout.YES)) {
            facts.add(b -> b.rounded(true));
        } else if (!rounded.isEmpty() && !rounded.equals(WorkbookLayout.NO)) {
            roundedRow.fail(
                    DEPARTMENT_VALUE,
                    "(" + ROUNDED + ") must be " + WorkbookLayout.YES + " or " + WorkbookLayout.NO + ", found \""
                            + rounded + "\"");
        }
        for (StatedFigure f : StatedFigure.values()) {
            byLabel.get(STATED_PREFIX + f.chineseName())
                    .amount(DEPARTMENT_VALUE, u)
                    .ifPresent(a -> facts.add(b -> b.stated(f, a)));
        }
        for (StatedPercentage share : StatedPercentage.values()) {
            byLabel.get(SHARE_PREFIX + share.chineseName())
                    .number(DEPARTMENT_VALUE)
                    .ifPresent(v -> facts.add(b -> b.stated(share, v)));
        }
        String reason = byLabel.get(OPENING_BUDGET_REASON).text(DEPARTMENT_VALUE);
        if (!reason.isBlank()) {
            facts.add(b -> b.openingBudgetReason(reason));
        }
        List<Optional<Amount>> balances = BALANCES.stream()
                .map(l -> byLabel.get(l).amount(DEPARTMENT_VALUE, u))
                .toList();
        if (allOrNone(byLabel, BALANCES, balances, "the carry-overs are stated: fill the four, or none")) {
            facts.add(b -> b.balances(new Balances(
                    balances.get(0).get(),
                    balances.get(1).get(),
                    balances.get(2).get(),
                    balances.get(3).get())));
        }
        List<Optional<?>> p = new ArrayList<>();
        for (int i = 0; i < PERFORMANCE.size(); i++) {
            SheetRow row = byLabel.get(PERFORMANCE.get(i));
            p.add(
                    i == 6
                            ? row.number(DEPARTMENT_VALUE)
                            : i == 1 || i == 3 || i == 5
                                    ? row.amount(DEPARTMENT_VALUE, u)
                                    : row.whole(DEPARTMENT_VALUE));
        }
        if (allOrNone(byLabel, PERFORMANCE, p, "预算绩效管理 is stated: fill the thirteen, or none")) {
            facts.add(b -> b.performance(new PerformanceOutturn(
                    (Integer) p.get(0).get(),
                    (Amount) p.get(1).get(),
                    (Integer) p.get(2).get(),
                    (Amount) p.get(3).get(),
                    (Integer) p.get(4).get(),
                    (Amount) p.get(5).get(),
                    (BigDecimal) p.get(6).get(),
                    (Integer) p.get(7).get(),
                    (Integer) p.get(8).get(),
                    (Integer) p.get(9).get(),
                    (Integer) p.get(10).get(),
                    (Integer) p.get(11).get(),
                    (Integer) p.get(12).get())));
        }
        List<Optional<Amount>> procurement = PROCUREMENT.stream()
                .map(l -> byLabel.get(l).amount(DEPARTMENT_VALUE, u))
                .toList();
        if (allOrNone(byLabel, PROCUREMENT, procurement, "政府采购 is stated: fill the eight, or none")) {
            facts.add(b -> b.procurement(new ProcurementOutturn(
                    procurement.get(0).get(),
                    procurement.get(1).get(),
                    procurement.get(2).get(),
                    procurement.get(3).get(),
                    procurement.get(4).get(),
                    procurement.get(5).get(),
                    procurement.get(6).get(),
                    procurement.get(7).get())));
        }
        List<Optional<Integer>> activity = ACTIVITY.stream()
                .map(l -> byLabel.get(l).whole(DEPARTMENT_VALUE))
                .toList();
        if (allOrNone(byLabel, ACTIVITY, activity, "the “三公” activity is stated: fill the eight, or none")) {
            facts.add(b -> b.threePublicActivity(new ThreePublicActivity(
                    activity.get(0).get(),
                    activity.get(1).get(),
                    activity.get(2).get(),
                    activity.get(3).get(),
                    activity.get(4).get(),
                    activity.get(5).get(),
                    activity.get(6).get(),
                    activity.get(7).get())));
        }
        List<FinalWorkbookLines.UnitDraft> drafts = FinalWorkbookLines.read(ctx, sheets, u, facts);
        problems.failIfAny();
        List<FinalAccounts> units = new ArrayList<>();
        for (FinalWorkbookLines.UnitDraft d : drafts) {
            FinalAccountsBuilder ub = FinalAccounts.builder(d.department, year[0], u);
            try {
                d.facts.forEach(f -> f.accept(ub));
                units.add(ub.build());
            } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
                ctx.problem(d.row, String.valueOf(e.getMessage()));
            }
        }
        problems.failIfAny();
        if (!units.isEmpty()) {
            facts.add(x -> x.units(units));
        }
        FinalAccountsBuilder b = FinalAccounts.builder(department.orElseThrow(), year[0], u);
        try {
            facts.forEach(f -> f.accept(b));
            return b.build();
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            throw new BudgetFileException(problems.file(), 0, 0, INFO.name(), String.valueOf(e.getMessage()));
        }
    }

    /** @return whether all of a group of labelled values are given; a group given in part is a problem */
    private static boolean allOrNone(
            Map<String, SheetRow> byLabel, List<String> labels, List<? extends Optional<?>> values, String when) {
        if (values.stream().allMatch(Optional::isEmpty)) {
            return false;
        }
        boolean all = true;
        for (int i = 0; i < labels.size(); i++) {
            SheetRow row = byLabel.get(labels.get(i));
            if (row.failed) {
                all = false;
            } else if (values.get(i).isEmpty()) {
                row.fail(DEPARTMENT_VALUE, "(" + labels.get(i) + ") is required when " + when);
                all = false;
            }
        }
        return all;
    }
}
