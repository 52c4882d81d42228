package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.PerformanceTargets;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.PriorThreePublic;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.ProjectPeriod;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.AssetRegister;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.Institution;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.Staffing;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * Reads the fill-in workbook into a budget. Every problem is located as sheet and cell ({@code 收支明细!E14});
 * all of them are collected and reported together. Not thread-safe: one per workbook.
 */
final class WorkbookReader {

    /** The ledger unit, as 部门信息 gives it (read first); amounts of the other sheets are in it. */
    private MoneyUnit unit = MoneyUnit.TEN_THOUSAND_YUAN;

    /** The most problems listed in one report. */
    private static final int MAX_PROBLEMS = 50;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final MathContext SHOWN_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    private record Problem(String where, String detail) {
    }

    /** The narrative's field of each chapter of 文字说明 (those not of a project). */
    private static final Map<Chapter, String> CHAPTER_FIELDS = Map.of(Chapter.DUTIES, "duties",
            Chapter.INSTITUTION_OVERVIEW, "institutionOverview", Chapter.OVERALL_GOALS, "overallGoals",
            Chapter.SPECIAL_FUNDS, "specialFunds", Chapter.SAFEGUARDS, "safeguards", Chapter.OTHER_NOTES,
            "otherNotes");

    private final String file;
    private final XSSFWorkbook wb;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> cells = new HashMap<>();
    private FormulaEvaluator evaluator;

    WorkbookReader(String file, XSSFWorkbook wb) {
        this.file = file;
        this.wb = wb;
    }

    /** @return the layout 公开事项 names (公开版式), if any */
    Optional<String> profile() {
        return profile;
    }

    /** @return where each fact path was read, for {@link WorkbookBudget} */
    Map<String, String> cells() {
        return cells;
    }

    Budget read() throws BudgetFileException {
        Map<String, XSSFSheet> sheets = sheets();
        failIfAny();
        Budget.Builder b = Budget.builder();
        department(sheets.get(DEPARTMENT), b);
        units(sheets.get(UNITS));
        lines(sheets.get(LINES), b);
        basic(sheets.get(BASIC), b);
        costClasses(sheets.get(COST_CLASSES), b);
        threePublic(sheets.get(THREE_PUBLIC), b);
        priorYear(sheets.get(PRIOR_YEAR), b);
        names(sheets.get(NAMES), b);
        Narrative narrative = narrative(sheets);
        ShanghaiFacts shanghai = new ShanghaiFacts();
        published(sheets.get(PUBLISHED), b, shanghai);
        vehicles(sheets.get(VEHICLES), shanghai);
        List<OrganisationUnit> budgetUnits = budgetUnits(sheets.get(BUDGET_UNITS));
        List<String> divisions = divisions(sheets.get(DIVISIONS));
        lineExplanations(sheets.get(LINE_EXPLANATIONS), shanghai);
        projectExplanations(sheets.get(PROJECT_EXPLANATIONS), shanghai);
        failIfAny();
        b.narrative(narrative.withPublishedFacts(budgetUnits, divisions, shanghai.procurementTotals,
                shanghai.performanceTargets, shanghai.heldAssets, shanghai.plannedAssets, priorThreePublic));
        b.explanations(new Explanations(shanghai.priorRevenue, shanghai.lines, shanghai.projects));
        for (UnitDraft u : new java.util.LinkedHashSet<>(units.values())) {
            b.unit(u.department, ub -> {
                u.appropriations.forEach(ub::appropriation);
                u.basic.forEach(ub::basicExpenditure);
                u.threePublic.forEach(ub::threePublic);
                u.operatingCosts.ifPresent(ub::operatingCosts);
                return ub;
            });
        }
        try {
            return b.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BudgetFileException(file, 0, 0, DEPARTMENT, String.valueOf(e.getMessage()));
        }
    }

    // ---- the sheets --------------------------------------------------------------------------------------

    private Map<String, XSSFSheet> sheets() {
        Map<String, XSSFSheet> found = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            names.add(name);
            boolean hidden = wb.isSheetHidden(i) || wb.isSheetVeryHidden(i);
            if (DATA_SHEETS.contains(name) || OPTIONAL_SHEETS.contains(name)) {
                found.put(name, wb.getSheetAt(i));
                if (hidden) {
                    problem(name, "the sheet is hidden; unhide it (its rows are read all the same, so they should "
                            + "be seen)");
                }
            } else if (hidden && !name.equals(LISTS)) {
                problem(name, "a hidden sheet that is not one of the workbook's: unhide it and move its rows to "
                        + "the sheet they belong to, or delete it (sheets: " + String.join(", ", DATA_SHEETS) + ")");
            }
        }
        for (String wanted : DATA_SHEETS) {
            if (!found.containsKey(wanted)) {
                List<String> unknown = names.stream().filter(n -> !DATA_SHEETS.contains(n) && !n.equals(LISTS)
                        && !n.equals(INSTRUCTIONS) && !OPTIONAL_SHEETS.contains(n)).toList();
                problem(wanted, "the sheet is missing" + (unknown.isEmpty() ? "" : "; was it renamed? sheets not "
                        + "known: " + String.join(", ", unknown)) + " (make a new workbook with `budget template`)");
            }
        }
        for (XSSFSheet sheet : found.values()) {
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                problem(sheet.getSheetName() + "!" + merged.formatAsString(), "merged cells: a row holds one fact "
                        + "and a cell one value; unmerge them and fill every cell");
            }
        }
        return found;
    }

    /** A sheet of rows under a header row, its columns found by their headers. */
    private final class Rows {
        final XSSFSheet sheet;
        final String name;
        final Map<String, Integer> columns = new HashMap<>();
        final boolean complete;

        Rows(XSSFSheet sheet, List<String> headers) {
            this.sheet = sheet;
            this.name = sheet.getSheetName();
            XSSFRow head = sheet.getRow(0);
            Map<String, Integer> present = new LinkedHashMap<>();
            if (head != null) {
                for (int c = 0; c < head.getLastCellNum(); c++) {
                    XSSFCell cell = head.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.STRING) {
                        present.putIfAbsent(cell.getStringCellValue().strip(), c);
                    }
                }
            }
            boolean all = true;
            for (String h : headers) {
                Integer c = present.get(h);
                if (c == null) {
                    all = false;
                    problem(name + "!1", "the column " + h + " is missing (columns found: "
                            + String.join(", ", present.keySet()) + "); the header row must keep the names "
                            + String.join(", ", headers));
                } else {
                    columns.put(h, c);
                }
            }
            complete = all;
            if (present.containsKey(UNIT_COLUMN) && !headers.contains(UNIT_COLUMN)) {
                columns.put(UNIT_COLUMN, present.get(UNIT_COLUMN)); // optional: the unit of a line
            }
        }

        /** @return the data rows that are not blank in every known column */
        List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            if (!complete) {
                return rows;
            }
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                boolean blank = true;
                for (int c : columns.values()) {
                    if (!(value(row.getCell(c)) instanceof Blank)) {
                        blank = false;
                        break;
                    }
                }
                if (!blank) {
                    rows.add(new Row(this, row));
                }
            }
            return rows;
        }
    }

    /** A data row; remembers whether any of its cells was wrong, so that no fact is made of it. */
    private final class Row {
        final Rows rows;
        final XSSFRow row;
        boolean failed;

        Row(Rows rows, XSSFRow row) {
            this.rows = rows;
            this.row = row;
        }

        String where(String column) {
            return rows.name + "!" + new CellReference(row.getRowNum(), rows.columns.get(column)).formatAsString(false);
        }

        /**
         * The unit the column 单位 names: empty for the department's own line (no units), failing the row where it
         * names no unit of 组成单位 or, in a workbook with units, none.
         */
        Optional<UnitDraft> unit() {
            String key = rows.columns.containsKey(UNIT_COLUMN) ? text(UNIT_COLUMN).strip() : "";
            if (key.isEmpty()) {
                if (!units.isEmpty() && !failed) {
                    fail(UNIT_COLUMN, "is required: the workbook has units (sheet " + UNITS + "), so each line names "
                            + "its unit by 单位编码 (or 单位简称)");
                }
                return Optional.empty();
            }
            UnitDraft u = units.get(key);
            if (u == null && !failed) {
                fail(UNIT_COLUMN, "must be the 单位编码 or 单位简称 of a unit of the sheet " + UNITS + ", found \"" + key
                        + "\"" + (units.isEmpty() ? " (the sheet lists none)" : ""));
            }
            return Optional.ofNullable(u);
        }

        String whereRow() {
            return rows.name + "!" + (row.getRowNum() + 1);
        }

        Value value(String column) {
            Value v = WorkbookReader.this.value(row.getCell(rows.columns.get(column)));
            if (v instanceof Failed f) {
                fail(column, f.detail());
            }
            return v;
        }

        void fail(String column, String detail) {
            failed = true;
            String label = labelOf(column);
            // the label is said once, beside the cell
            String said = label.isEmpty() ? "" : "(" + label.substring(1, label.length() - 1) + ") ";
            problem(where(column) + label, column + " " + (!said.isEmpty() && detail.startsWith(said)
                    ? detail.substring(said.length()) : detail));
        }

        /**
         * On a sheet of labelled rows (部门信息, 公开事项), the row's label after a cell of its value, so that a
         * message names the fact and not only the cell: {@code （部门简称）}; elsewhere "".
         */
        private String labelOf(String column) {
            Integer at = rows.columns.get(DEPARTMENT_LABEL);
            if (at == null || column.equals(DEPARTMENT_LABEL) || row.getCell(at) == null
                    || row.getCell(at).getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                return "";
            }
            String label = row.getCell(at).getStringCellValue().strip();
            return label.isEmpty() ? "" : "（" + label + "）";
        }

        /** @return the text of a cell, "" when blank */
        String text(String column) {
            Value v = value(column);
            if (v instanceof Text t) {
                return t.text();
            }
            if (v instanceof Number n) {
                if (n.date()) {
                    fail(column, "must be text, found a date");
                    return "";
                }
                return n.value().toPlainString();
            }
            if (v instanceof Bool b) {
                return b.value() ? "TRUE" : "FALSE";
            }
            return "";
        }

        String required(String column) {
            String t = text(column);
            if (t.isBlank() && !failed) {
                fail(column, "is required");
            }
            return t.strip();
        }

        Optional<BigDecimal> number(String column) {
            Value v = value(column);
            if (v instanceof Number n) {
                if (n.date()) {
                    fail(column, "must be a number, found a date (" + n.shown() + ")");
                    return Optional.empty();
                }
                return Optional.of(n.value());
            }
            if (v instanceof Text t) {
                String s = t.text().strip();
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                if (DECIMAL.matcher(s).matches()) {
                    return Optional.of(new BigDecimal(s));
                }
                fail(column, "must be a number, found \"" + t.text() + "\"");
                return Optional.empty();
            }
            if (v instanceof Bool b) {
                fail(column, "must be a number, found " + (b.value() ? "TRUE" : "FALSE"));
            }
            return Optional.empty();
        }

        Optional<Amount> amount(String column) {
            Optional<BigDecimal> n = number(column);
            if (n.isPresent()) {
                // an amount out of bounds (1E+308) is the cell's problem, not the budget's when it is built
                Optional<String> bad = org.budgetdisclosure.model.facts.NumberBounds.amountProblem(n.get(),
                        org.budgetdisclosure.model.facts.NumberBounds.maxDecimalsOfAnyUnit());
                if (bad.isPresent()) {
                    fail(column, bad.get());
                    return Optional.empty();
                }
            }
            return n.map(v -> Amount.of(v, unit));
        }

        Amount requiredAmount(String column) {
            Optional<Amount> a = amount(column);
            if (a.isEmpty() && !failed) {
                fail(column, "is required");
            }
            return a.orElse(Amount.zero(unit));
        }

        Optional<Integer> whole(String column) {
            Optional<BigDecimal> n = number(column);
            if (n.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(n.get().intValueExact());
            } catch (ArithmeticException e) {
                fail(column, "must be a whole number, found " + n.get().toPlainString());
                return Optional.empty();
            }
        }

        <E extends Enum<E>> Optional<E> word(String column, E[] values, Function<E, String> word) {
            String t = text(column).strip();
            if (t.isEmpty()) {
                return Optional.empty();
            }
            Optional<E> e = WorkbookLayout.parse(values, word, t);
            if (e.isEmpty()) {
                fail(column, "must be one of " + Arrays.stream(values).map(word).collect(Collectors.joining("、"))
                        + ", found \"" + t + "\"");
            }
            return e;
        }

        <E extends Enum<E>> E requiredWord(String column, E[] values, Function<E, String> word) {
            Optional<E> e = word(column, values, word);
            if (e.isEmpty() && !failed) {
                fail(column, "is required: one of " + Arrays.stream(values).map(word)
                        .collect(Collectors.joining("、")));
            }
            return e.orElse(values[0]);
        }

        Optional<FunctionCode> functionCode(String column, boolean required) {
            return code(column, required, FunctionCode::of, "a functional code of 3, 5 or 7 digits such as 2150501");
        }

        Optional<EconomicCode> economicCode(String column, boolean required) {
            return code(column, required, EconomicCode::of, "an economic code of 3 or 5 digits such as 30101");
        }

        /** A code, alone or as the drop-down lists offer it: {@code 2150501 行政运行}. */
        private <C> Optional<C> code(String column, boolean required, Function<String, C> of, String expected) {
            String t = text(column).strip();
            if (t.isEmpty()) {
                if (required && !failed) {
                    fail(column, "is required: " + expected);
                }
                return Optional.empty();
            }
            String code = t.split("[\\s\u3000]+", 2)[0];
            try {
                return Optional.of(of.apply(code));
            } catch (IllegalArgumentException e) {
                fail(column, "must be " + expected + ", found \"" + t + "\"");
                return Optional.empty();
            }
        }

        /**
         * Records where a fact and its fields stand.
         *
         * @param path the fact's path, such as {@code appropriations[3]}
         * @param fields pairs of field name and column header
         */
        void place(String path, String... fields) {
            cells.put(path, whereRow());
            for (int i = 0; i + 1 < fields.length; i += 2) {
                if (rows.columns.containsKey(fields[i + 1])) {
                    cells.put(path + "." + fields[i], where(fields[i + 1]));
                }
            }
        }

        /** Makes a fact of the row; a value the facts reject is reported at the row. */
        void make(Runnable step) {
            if (failed) {
                return;
            }
            try {
                step.run();
            } catch (IllegalArgumentException | NullPointerException e) {
                failed = true;
                problem(whereRow(), e.getMessage() == null ? "a required value is missing" : e.getMessage());
            }
        }
    }

    // ---- 部门信息 ---------------------------------------------------------------------------------------------

    private void department(XSSFSheet sheet, Budget.Builder b) {
        Rows rows = new Rows(sheet, List.of(DEPARTMENT_LABEL, DEPARTMENT_VALUE));
        Map<String, Row> byLabel = new HashMap<>();
        for (Row row : rows.rows()) {
            String label = row.text(DEPARTMENT_LABEL).strip();
            if (!label.isEmpty()) {
                byLabel.putIfAbsent(label, row);
            }
        }
        if (!rows.complete) {
            return;
        }
        for (String label : departmentLabels()) {
            if (!byLabel.containsKey(label)) {
                problem(DEPARTMENT + "!A", "the row " + label + " is missing: column A must keep the labels "
                        + String.join(", ", departmentLabels().subList(0, 6)) + ", …");
            }
        }
        if (!departmentLabels().stream().allMatch(byLabel::containsKey)) {
            return;
        }
        String[][] labelled = {{"department.code", CODE}, {"department.name", NAME},
            {"department.shortName", SHORT_NAME}, {"department.kind", KIND}, {"year", YEAR}, {"unit", UNIT},
            {"narrative.staffing.total", STAFF_TOTAL}, {"narrative.staffing.active", STAFF_ACTIVE},
            {"narrative.staffing.retiredCadres", STAFF_RETIRED_CADRES},
            {"narrative.staffing.retired", STAFF_RETIRED}, {"narrative.assets.asOf", ASSETS_AS_OF},
            {"narrative.assets.plannedAcquisitions", PLANNED_ACQUISITIONS}};
        for (String[] l : labelled) {
            cells.put(l[0], byLabel.get(l[1]).where(DEPARTMENT_VALUE));
        }
        for (DeclaredTotal t : DeclaredTotal.values()) {
            cells.put("declaredTotals." + t.name(), byLabel.get(declaredLabel(t)).where(DEPARTMENT_VALUE));
        }
        cells.put("narrative.staffing", byLabel.get(STAFF_TOTAL).where(DEPARTMENT_VALUE));
        cells.put("department", DEPARTMENT);
        Row code = byLabel.get(CODE);
        Row name = byLabel.get(NAME);
        Row shortName = byLabel.get(SHORT_NAME);
        Row kindRow = byLabel.get(KIND);
        Row yearRow = byLabel.get(YEAR);
        Row unitRow = byLabel.get(UNIT);
        String c = code.text(DEPARTMENT_VALUE); // optional: not every department publishes a code
        String n = name.required(DEPARTMENT_VALUE);
        String s = shortName.required(DEPARTMENT_VALUE);
        DepartmentKind kind = kindRow.requiredWord(DEPARTMENT_VALUE, DepartmentKind.values(),
                DepartmentKind::chineseName);
        if (!code.failed && !name.failed && !shortName.failed && !kindRow.failed) {
            code.make(() -> b.department(Department.of(c, n, s, kind)));
        }
        Optional<Integer> year = yearRow.whole(DEPARTMENT_VALUE);
        if (year.isEmpty() && !yearRow.failed) {
            yearRow.fail(DEPARTMENT_VALUE, "(预算年度) is required, such as 2022");
        }
        year.ifPresent(y -> yearRow.make(() -> {
            if (y < 1949 || y > 9999) {
                throw new IllegalArgumentException("预算年度 must be a four-digit year from 1949, found " + y);
            }
            b.year(y);
        }));
        MoneyUnit unit = unitRow.requiredWord(DEPARTMENT_VALUE, MoneyUnit.values(), MoneyUnit::chineseName);
        b.unit(unit);
        if (unit != null) {
            this.unit = unit;
        }
        staffing = staffing(byLabel);
        assetsAsOf = date(byLabel.get(ASSETS_AS_OF));
        plannedAcquisitions = byLabel.get(PLANNED_ACQUISITIONS).amount(DEPARTMENT_VALUE);
        Map<DeclaredTotal, Amount> declared = new EnumMap<>(DeclaredTotal.class);
        for (DeclaredTotal t : DeclaredTotal.values()) {
            byLabel.get(declaredLabel(t)).amount(DEPARTMENT_VALUE).ifPresent(a -> declared.put(t, a));
        }
        b.declaredTotals(declared);
    }

    private Optional<Staffing> staffing = Optional.empty();
    private Optional<PriorThreePublic> priorThreePublic = Optional.empty();
    private Optional<String> profile = Optional.empty();
    private Optional<LocalDate> assetsAsOf = Optional.empty();
    private Optional<Amount> plannedAcquisitions = Optional.empty();

    private Optional<Staffing> staffing(Map<String, Row> byLabel) {
        List<String> labels = List.of(STAFF_TOTAL, STAFF_ACTIVE, STAFF_RETIRED_CADRES, STAFF_RETIRED);
        List<Optional<Integer>> values = new ArrayList<>();
        for (String l : labels) {
            values.add(byLabel.get(l).whole(DEPARTMENT_VALUE));
        }
        if (values.stream().allMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        for (int i = 0; i < labels.size(); i++) {
            if (values.get(i).isEmpty() && !byLabel.get(labels.get(i)).failed) {
                byLabel.get(labels.get(i)).fail(DEPARTMENT_VALUE, "(" + labels.get(i) + ") is required when the "
                        + "staff are stated: fill 总人数, 在职人员, 离休人员 and 退休人员, or none");
            }
        }
        if (values.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        Staffing[] made = new Staffing[1];
        byLabel.get(STAFF_TOTAL).make(() -> made[0] = new Staffing(values.get(0).get(), values.get(1).get(),
                values.get(2).get(), values.get(3).get()));
        return Optional.ofNullable(made[0]);
    }

    private Optional<LocalDate> date(Row row) {
        return date(row, ASSETS_AS_OF);
    }

    private Optional<LocalDate> date(Row row, String label) {
        Value v = row.value(DEPARTMENT_VALUE);
        if (v instanceof Number n && n.date()) {
            return Optional.of(n.localDate());
        }
        String t = row.text(DEPARTMENT_VALUE).strip();
        if (t.isEmpty() || row.failed) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            row.fail(DEPARTMENT_VALUE, "(" + label + ") must be a date such as 2021-12-31, found \"" + t
                    + "\"");
            return Optional.empty();
        }
    }

    // ---- 收支明细, 基本支出经济分类, 经费划分, “三公”经费 ---------------------------------------------------------

    private void lines(XSSFSheet sheet, Budget.Builder b) {
        Rows rows = new Rows(sheet, LINE_COLUMNS);
        cells.put("appropriations", LINES);
        int[] n = {0};
        for (Row row : rows.rows()) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            RevenueSource source = row.requiredWord("资金来源", RevenueSource.values(), RevenueSource::chineseName);
            Optional<Fund> fund = row.word("资金性质", Fund.values(), Fund::chineseName);
            ExpenditureType type = row.requiredWord("支出类型", ExpenditureType.values(),
                    ExpenditureType::chineseName);
            Amount amount = row.requiredAmount("金额");
            Optional<EconomicCode> economic = row.economicCode("经济科目编码", false);
            if (!row.failed && fund.isEmpty() && source.isCarryover()) {
                row.fail("资金性质", "is required for a line of 上年结转结余: the fund the money was carried in");
            }
            Optional<UnitDraft> unit = row.unit();
            row.make(() -> {
                Appropriation line = new Appropriation(code.orElseThrow(), source,
                        fund.orElseGet(() -> source.fund().orElseThrow()), type, amount, economic);
                String at;
                if (unit.isPresent()) {
                    unit.get().appropriations.add(line);
                    at = unit.get().path + ".appropriations[" + (unit.get().appropriations.size() - 1) + "]";
                } else {
                    b.appropriation(line);
                    at = "appropriations[" + n[0]++ + "]";
                }
                row.place(at, "functionCode", "功能科目编码", "source", "资金来源",
                        "type", "支出类型", "amount", "金额", "fund", "资金性质", "economicCode", "经济科目编码");
            });
        }
    }

    private void basic(XSSFSheet sheet, Budget.Builder b) {
        cells.put("basicExpenditures", BASIC);
        int[] n = {0};
        for (Row row : new Rows(sheet, BASIC_COLUMNS).rows()) {
            Optional<EconomicCode> code = row.economicCode("经济科目编码", true);
            Amount amount = row.requiredAmount("金额");
            Optional<UnitDraft> unit = row.unit();
            row.make(() -> {
                BasicExpenditure line = new BasicExpenditure(code.orElseThrow(), amount);
                String at;
                if (unit.isPresent()) {
                    unit.get().basic.add(line);
                    at = unit.get().path + ".basicExpenditures[" + (unit.get().basic.size() - 1) + "]";
                } else {
                    b.basicExpenditure(line);
                    at = "basicExpenditures[" + n[0]++ + "]";
                }
                row.place(at, "economicCode", "经济科目编码", "amount", "金额");
            });
        }
    }

    private void costClasses(XSSFSheet sheet, Budget.Builder b) {
        Map<EconomicCode, CostClass> classes = new TreeMap<>();
        cells.put("costClasses", COST_CLASSES);
        for (Row row : new Rows(sheet, COST_CLASS_COLUMNS).rows()) {
            Optional<EconomicCode> code = row.economicCode("经济分类类", true);
            CostClass c = row.requiredWord("经费类型", CostClass.values(), CostClass::chineseName);
            row.make(() -> {
                if (code.orElseThrow().parent().isPresent()) {
                    throw new IllegalArgumentException("经济分类类 must be an economic 类 of 3 digits, found "
                            + code.get());
                }
                if (classes.put(code.get(), c) != null) {
                    throw new IllegalArgumentException("the 类 " + code.get() + " is assigned twice");
                }
            });
        }
        b.costClasses(new CostClassAssignment(classes));
    }

    private void threePublic(XSSFSheet sheet, Budget.Builder b) {
        cells.put("threePublic", THREE_PUBLIC);
        int[] n = {0};
        for (Row row : new Rows(sheet, THREE_PUBLIC_COLUMNS).rows()) {
            // a layout publishing 因公出国（境）费 as one item (Shanghai) offers the group's name: 其他因公出国（境）费
            ThreePublicItem item = row.text("项目").strip().equals(ThreePublicItem.Group.OVERSEAS.chineseName())
                    ? ThreePublicItem.OVERSEAS_OTHER
                    : row.requiredWord("项目", ThreePublicItem.values(), ThreePublicItem::chineseName);
            Fund fund = row.requiredWord("资金性质", Fund.values(), Fund::chineseName);
            Amount amount = row.requiredAmount("金额");
            Optional<UnitDraft> unit = row.unit();
            row.make(() -> {
                ThreePublicExpense expense = new ThreePublicExpense(item, fund, amount);
                String at;
                if (unit.isPresent()) {
                    unit.get().threePublic.add(expense);
                    at = unit.get().path + ".threePublic[" + (unit.get().threePublic.size() - 1) + "]";
                } else {
                    b.threePublic(expense);
                    at = "threePublic[" + n[0]++ + "]";
                }
                row.place(at, "item", "项目", "fund", "资金性质", "amount", "金额");
            });
        }
    }

    // ---- 上年数 -------------------------------------------------------------------------------------------------

    private void priorYear(XSSFSheet sheet, Budget.Builder b) {
        Rows rows = new Rows(sheet, PRIOR_YEAR_COLUMNS);
        Map<String, Row> byLabel = new HashMap<>();
        cells.put("priorYear", PRIOR_YEAR);
        for (Row row : rows.rows()) {
            byLabel.putIfAbsent(row.text("项目").strip(), row);
        }
        if (!rows.complete) {
            return;
        }
        Map<String, Amount> amounts = new HashMap<>();
        Map<ThreePublicItem, Amount> items = new EnumMap<>(ThreePublicItem.class);
        Map<Comparison, String> reasons = new EnumMap<>(Comparison.class);
        boolean any = false;
        Row first = null;
        // a workbook of a layout publishing 因公出国（境）费 as one item has no rows of its two items: the group's row
        // holds 其他因公出国（境）费
        boolean oneOverseasItem = PRIOR_ROWS.stream().filter(p -> p.item().map(i -> i.group()
                == ThreePublicItem.Group.OVERSEAS).orElse(false)).noneMatch(p -> byLabel.containsKey(p.label()));
        List<PriorRow> priorRows = PRIOR_ROWS.stream().map(p -> oneOverseasItem && p.reason()
                .filter(c -> c == Comparison.OVERSEAS).isPresent() ? new PriorRow(p.label(), p.amount(),
                Optional.of(ThreePublicItem.OVERSEAS_OTHER), p.reason()) : p).toList();
        for (PriorRow p : priorRows) {
            Row row = byLabel.get(p.label());
            if (row == null) {
                continue;
            }
            first = first == null ? row : first;
            p.amount().ifPresent(a -> cells.put("priorYear." + a, row.where("上年数")));
            p.item().ifPresent(i -> cells.put("priorYear.threePublic." + i.name(), row.where("上年数")));
            p.reason().ifPresent(c -> cells.put("priorYear.reasons." + c.name(), row.where("增减原因")));
            Optional<Amount> amount = row.amount("上年数");
            String reason = row.text("增减原因");
            if (amount.isPresent()) {
                any = true;
                if (p.amount().isPresent()) {
                    amounts.put(p.amount().get(), amount.get());
                } else if (p.item().isPresent()) {
                    items.put(p.item().get(), amount.get());
                } else {
                    row.fail("上年数", "is computed for this row (" + p.label() + "): leave it blank and fill its items");
                }
            }
            if (!reason.isEmpty()) {
                any = true;
                if (p.reason().isPresent()) {
                    reasons.put(p.reason().get(), reason);
                } else {
                    row.fail("增减原因", "is not taken for this row (" + p.label() + "): state it on the row of its "
                            + "group");
                }
            }
        }
        if (!any) {
            return;
        }
        boolean threePublicOnly = amounts.isEmpty() && reasons.keySet().stream()
                .allMatch(c -> c.ordinal() >= Comparison.THREE_PUBLIC.ordinal());
        if (threePublicOnly && first != null) {
            // last year's “三公” alone (Shanghai publishes no 人员经费/公用经费/项目支出 of last year)
            cells.put("narrative.priorThreePublic", PRIOR_YEAR);
            for (PriorRow p : priorRows) {
                Row row = byLabel.get(p.label());
                if (row != null) {
                    p.item().ifPresent(i -> cells.put("narrative.priorThreePublic.amounts." + i.name(),
                            row.where("上年数")));
                    p.reason().ifPresent(c -> cells.put("narrative.priorThreePublic.reasons." + c.name(),
                            row.where("增减原因")));
                }
            }
            first.make(() -> priorThreePublic = Optional.of(new PriorThreePublic(items, reasons)));
            return;
        }
        for (PriorRow p : PRIOR_ROWS) {
            if (p.amount().isPresent() && !amounts.containsKey(p.amount().get())) {
                Row row = byLabel.get(p.label());
                if (row == null) {
                    problem(PRIOR_YEAR + "!A", "the row " + p.label() + " is missing: last year's figures need it");
                } else if (!row.failed) {
                    row.fail("上年数", "(" + p.label() + ") is required when last year's figures are given");
                }
            }
        }
        if (amounts.size() == 4 && first != null) {
            first.make(() -> b.priorYear(new PriorYear(amounts.get(PRIOR_TOTAL), amounts.get(PRIOR_PERSONNEL),
                    amounts.get(PRIOR_PUBLIC_USE), amounts.get(PRIOR_PROJECT), items, reasons)));
        }
    }

    // ---- 科目名称 ---------------------------------------------------------------------------------------------

    private void names(XSSFSheet sheet, Budget.Builder b) {
        for (Row row : new Rows(sheet, NAME_COLUMNS).rows()) {
            String kind = row.required("分类");
            String name = row.required("名称");
            if (!row.failed && !kind.equals(FUNCTIONAL) && !kind.equals(ECONOMIC)) {
                row.fail("分类", "must be " + FUNCTIONAL + " or " + ECONOMIC + ", found \"" + kind + "\"");
            }
            if (row.failed) {
                continue;
            }
            if (kind.equals(FUNCTIONAL)) {
                Optional<FunctionCode> code = row.functionCode("科目编码", true);
                row.make(() -> b.functionName(code.orElseThrow().value(), name));
                code.ifPresent(c -> cells.put("names." + c.value(), row.where("名称")));
            } else {
                Optional<EconomicCode> code = row.economicCode("科目编码", true);
                row.make(() -> b.economicName(code.orElseThrow().value(), name));
                code.ifPresent(c -> cells.put("names." + c.value(), row.where("名称")));
            }
        }
    }

    // ---- the narrative -----------------------------------------------------------------------------------

    private Narrative narrative(Map<String, XSSFSheet> sheets) {
        // 绩效项目, then their indicators and paragraphs by 项目序号
        record ProjectRow(int number, String name, Amount amount, Row row) {
        }
        List<ProjectRow> projectRows = new ArrayList<>();
        Map<Integer, Integer> byNumber = new HashMap<>();
        for (Row row : new Rows(sheets.get(PROJECTS), PROJECT_COLUMNS).rows()) {
            Optional<Integer> number = row.whole("项目序号");
            String name = row.required("项目名称");
            Amount amount = row.requiredAmount("项目金额");
            if (number.isEmpty() && !row.failed) {
                row.fail("项目序号", "is required: the number the indicators and the text refer to");
            }
            if (row.failed) {
                continue;
            }
            if (byNumber.putIfAbsent(number.get(), projectRows.size()) != null) {
                row.fail("项目序号", "repeats the number " + number.get() + " of another project");
                continue;
            }
            projectRows.add(new ProjectRow(number.get(), name, amount, row));
        }
        List<List<Indicator>> indicators = new ArrayList<>();
        List<List<String>> descriptions = new ArrayList<>();
        List<List<String>> goals = new ArrayList<>();
        for (int i = 0; i < projectRows.size(); i++) {
            indicators.add(new ArrayList<>());
            descriptions.add(new ArrayList<>());
            goals.add(new ArrayList<>());
        }
        for (Row row : new Rows(sheets.get(INDICATORS), INDICATOR_COLUMNS).rows()) {
            Optional<Integer> project = project(row, byNumber, true);
            String l1 = row.text("一级指标");
            String l2 = row.text("二级指标");
            String l3 = row.text("三级指标");
            String description = row.text("指标描述");
            String value = row.text("指标值");
            String basis = row.text("指标值确定依据");
            row.make(() -> {
                List<Indicator> of = indicators.get(project.orElseThrow());
                of.add(new Indicator(l1, l2, l3, description, value, basis));
                row.place("narrative.projects[" + project.get() + "].indicators[" + (of.size() - 1) + "]",
                        "level1", "一级指标", "level2", "二级指标", "level3", "三级指标", "description", "指标描述",
                        "value", "指标值", "basis", "指标值确定依据");
            });
        }
        Map<Chapter, List<String>> chapters = new EnumMap<>(Chapter.class);
        for (Chapter c : Chapter.values()) {
            chapters.put(c, new ArrayList<>());
        }
        for (Row row : new Rows(sheets.get(TEXT), TEXT_COLUMNS).rows()) {
            // the duties under the names the layouts print them (上海: 部门主要职能, 单位主要职能)
            Chapter chapter = List.of("部门主要职能", "单位主要职能").contains(row.text("章节").strip())
                    ? Chapter.DUTIES : row.requiredWord("章节", Chapter.values(), c -> c.label);
            String text = row.text("内容");
            if (row.failed) {
                continue;
            }
            if (chapter.ofProject()) {
                Optional<Integer> project = project(row, byNumber, true);
                row.make(() -> {
                    List<String> of = (chapter == Chapter.PROJECT_DESCRIPTION ? descriptions : goals)
                            .get(project.orElseThrow());
                    of.add(text);
                    cells.put("narrative.projects[" + project.get() + "]."
                            + (chapter == Chapter.PROJECT_DESCRIPTION ? "description" : "goals") + "["
                            + (of.size() - 1) + "]", row.where("内容"));
                });
            } else {
                if (!row.text("项目序号").isBlank()) {
                    row.fail("项目序号", "is only for the chapters " + Chapter.PROJECT_DESCRIPTION.label + " and "
                            + Chapter.PROJECT_GOALS.label);
                }
                row.make(() -> {
                    chapters.get(chapter).add(text);
                    cells.put("narrative." + CHAPTER_FIELDS.get(chapter) + "[" + (chapters.get(chapter).size() - 1)
                            + "]", row.where("内容"));
                });
            }
        }
        List<PerformanceProject> projects = new ArrayList<>();
        for (int i = 0; i < projectRows.size(); i++) {
            ProjectRow p = projectRows.get(i);
            int at = i;
            p.row().place("narrative.projects[" + i + "]", "name", "项目名称", "amount", "项目金额");
            p.row().make(() -> projects.add(new PerformanceProject(p.name(), p.amount(), descriptions.get(at),
                    goals.get(at), indicators.get(at))));
        }
        List<Institution> institutions = new ArrayList<>();
        for (Row row : new Rows(sheets.get(INSTITUTIONS), INSTITUTION_COLUMNS).rows()) {
            String name = row.required("单位名称");
            String kind = row.text("单位性质");
            String rank = row.text("单位规格");
            String form = row.text("经费保障形式");
            row.make(() -> {
                institutions.add(new Institution(name, kind, rank, form));
                row.place("narrative.institutions[" + (institutions.size() - 1) + "]", "name", "单位名称", "kind",
                        "单位性质", "rank", "单位规格", "fundingForm", "经费保障形式");
            });
        }
        List<ProcurementItem> procurement = procurement(sheets.get(PROCUREMENT));
        List<AssetCategory> categories = new ArrayList<>();
        Row firstAsset = null;
        for (Row row : new Rows(sheets.get(ASSETS), ASSET_COLUMNS).rows()) {
            firstAsset = firstAsset == null ? row : firstAsset;
            String name = row.required("资产类别");
            Optional<BigDecimal> quantity = row.number("数量");
            Amount value = row.requiredAmount("价值");
            row.make(() -> {
                categories.add(new AssetCategory(name, quantity, value));
                row.place("narrative.assets.categories[" + (categories.size() - 1) + "]", "name", "资产类别",
                        "quantity", "数量", "value", "价值");
            });
        }
        AssetRegister assets = AssetRegister.none(unit);
        if (assetsAsOf.isPresent()) {
            assets = new AssetRegister(assetsAsOf.get(), categories, plannedAcquisitions.orElse(Amount.zero(unit)));
        } else if (!categories.isEmpty() || plannedAcquisitions.isPresent()) {
            problem(DEPARTMENT + "!B", ASSETS_AS_OF + " is required when assets are stated (the date of the "
                    + "figures, such as 2021-12-31)");
        }
        List<GlossaryEntry> glossary = new ArrayList<>();
        for (Row row : new Rows(sheets.get(GLOSSARY), GLOSSARY_COLUMNS).rows()) {
            String term = row.required("名词");
            String definition = row.required("解释");
            row.make(() -> {
                glossary.add(new GlossaryEntry(term, definition));
                row.place("narrative.glossary[" + (glossary.size() - 1) + "]", "term", "名词", "definition", "解释");
            });
        }
        return new Narrative(chapters.get(Chapter.DUTIES), chapters.get(Chapter.INSTITUTION_OVERVIEW), institutions,
                staffing, chapters.get(Chapter.OVERALL_GOALS), chapters.get(Chapter.SPECIAL_FUNDS), projects,
                chapters.get(Chapter.SAFEGUARDS), procurement, assets, glossary, chapters.get(Chapter.OTHER_NOTES));
    }

    private Optional<Integer> project(Row row, Map<Integer, Integer> byNumber, boolean required) {
        Optional<Integer> number = row.whole("项目序号");
        if (number.isEmpty()) {
            if (required && !row.failed) {
                row.fail("项目序号", "is required: the number of a project of the sheet " + PROJECTS);
            }
            return Optional.empty();
        }
        Integer at = byNumber.get(number.get());
        if (at == null) {
            row.fail("项目序号", "is " + number.get() + ", which no project of the sheet " + PROJECTS + " has");
        }
        return Optional.ofNullable(at);
    }

    private List<ProcurementItem> procurement(XSSFSheet sheet) {
        List<ProcurementItem> items = new ArrayList<>();
        List<Fund> funds = List.of(Fund.values());
        for (Row row : new Rows(sheet, PROCUREMENT_COLUMNS).rows()) {
            String unitName = row.required("单位名称");
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            String projectName = row.text("项目名称");
            String projectType = row.text("项目类型");
            String catalogueNumber = row.text("采购目录序号");
            String itemName = row.required("采购物品名称");
            String specification = row.text("产品规格");
            String measureUnit = row.text("计量单位");
            Amount unitPrice = row.requiredAmount("单价");
            Optional<BigDecimal> quantity = row.number("数量");
            if (quantity.isEmpty() && !row.failed) {
                row.fail("数量", "is required");
            }
            Amount amount = row.requiredAmount("金额");
            Map<Fund, Amount> funding = new EnumMap<>(Fund.class);
            for (int i = 0; i < funds.size(); i++) {
                Fund f = funds.get(i);
                row.amount(PROCUREMENT_COLUMNS.get(11 + i)).ifPresent(a -> funding.put(f, a));
            }
            row.make(() -> {
                items.add(new ProcurementItem(unitName, code.orElseThrow(), projectName, projectType,
                        catalogueNumber, itemName, specification, measureUnit, unitPrice, quantity.orElseThrow(),
                        amount, funding));
                String at = "narrative.procurement[" + (items.size() - 1) + "]";
                row.place(at, "unitName", "单位名称", "functionCode", "功能科目编码", "projectName", "项目名称",
                        "projectType", "项目类型", "catalogueNumber", "采购目录序号", "itemName", "采购物品名称",
                        "specification", "产品规格", "measureUnit", "计量单位", "unitPrice", "单价", "quantity", "数量",
                        "amount", "金额");
                for (int k = 0; k < funds.size(); k++) {
                    cells.put(at + ".funding." + funds.get(k).name(), row.where(PROCUREMENT_COLUMNS.get(11 + k)));
                }
                cells.put(at + ".funding", row.where("金额"));
            });
        }
        return items;
    }

    // ---- 组成单位 ----------------------------------------------------------------------------------------------

    /** A unit of 组成单位 and the lines that name it. */
    private static final class UnitDraft {
        final Department department;
        final String path;
        final Optional<Amount> operatingCosts;
        final List<Appropriation> appropriations = new ArrayList<>();
        final List<BasicExpenditure> basic = new ArrayList<>();
        final List<ThreePublicExpense> threePublic = new ArrayList<>();

        UnitDraft(Department department, String path, Optional<Amount> operatingCosts) {
            this.department = department;
            this.path = path;
            this.operatingCosts = operatingCosts;
        }
    }

    /** The units by 单位编码 and by 单位简称, in the order of the sheet. */
    private final Map<String, UnitDraft> units = new LinkedHashMap<>();

    private void units(XSSFSheet sheet) {
        if (sheet == null) {
            return;
        }
        int[] n = {0};
        for (Row row : new Rows(sheet, UNIT_COLUMNS).rows()) {
            String code = row.text("单位编码").strip();
            String name = row.required("单位全称");
            String shortName = row.required("单位简称");
            DepartmentKind kind = row.requiredWord("单位性质", DepartmentKind.values(), DepartmentKind::chineseName);
            Optional<Amount> operating = row.amount("机关运行经费");
            for (String key : List.of(code, shortName)) {
                if (!key.isEmpty() && units.containsKey(key) && !row.failed) {
                    row.fail(key.equals(code) ? "单位编码" : "单位简称", "repeats \"" + key + "\" of another unit");
                }
            }
            row.make(() -> {
                String path = "units[" + n[0]++ + "]";
                UnitDraft u = new UnitDraft(Department.of(code, name, shortName, kind), path, operating);
                if (!code.isEmpty()) {
                    units.put(code, u);
                }
                units.put(shortName, u);
                row.place(path, "operatingCosts", "机关运行经费");
                row.place(path + ".department", "code", "单位编码", "name", "单位全称", "shortName", "单位简称",
                        "kind", "单位性质");
            });
        }
    }

    // ---- the facts of the Shanghai layouts (optional sheets) -----------------------------------------------

    /** What the optional sheets state, gathered before the budget is built. */
    private static final class ShanghaiFacts {
        Optional<ProcurementTotals> procurementTotals = Optional.empty();
        Optional<PerformanceTargets> performanceTargets = Optional.empty();
        Optional<AssetHoldings> heldAssets = Optional.empty();
        Optional<AssetPurchases> plannedAssets = Optional.empty();
        Optional<LocalDate> heldAsOf = Optional.empty();
        Row heldAsOfRow;
        Optional<PriorRevenue> priorRevenue = Optional.empty();
        List<LineExplanation> lines = new ArrayList<>();
        List<ProjectExplanation> projects = new ArrayList<>();
    }

    /** 公开事项: labelled rows; a missing sheet or row, or a blank value, states nothing. */
    private void published(XSSFSheet sheet, Budget.Builder b, ShanghaiFacts facts) {
        if (sheet == null) {
            return;
        }
        Rows rows = new Rows(sheet, List.of(DEPARTMENT_LABEL, DEPARTMENT_VALUE));
        Map<String, Row> byLabel = new HashMap<>();
        for (Row row : rows.rows()) {
            String label = row.text(DEPARTMENT_LABEL).strip();
            if (publishedLabels().contains(label)) {
                byLabel.putIfAbsent(label, row);
            } else if (!label.isEmpty() || !row.text(DEPARTMENT_VALUE).isBlank()) {
                row.fail(DEPARTMENT_LABEL, "must be one of the labels " + String.join(", ", publishedLabels())
                        + ", found \"" + label + "\"");
            }
        }
        Function<String, Optional<Amount>> amount = l -> Optional.ofNullable(byLabel.get(l))
                .flatMap(r -> r.amount(DEPARTMENT_VALUE));
        Function<String, String> at = l -> Optional.ofNullable(byLabel.get(l)).map(r -> r.where(DEPARTMENT_VALUE))
                .orElse(PUBLISHED);
        Optional<Amount> operating = amount.apply(OPERATING_COSTS);
        cells.put("operatingCosts", at.apply(OPERATING_COSTS));
        operating.ifPresent(b::operatingCosts);
        // 政府采购预算: 货物, 工程 and 服务 together, the set-asides optional
        List<String> procurementLabels = List.of(PROCUREMENT_GOODS, PROCUREMENT_WORKS, PROCUREMENT_SERVICES,
                RESERVED_SMES, RESERVED_SMALL_MICRO);
        List<String> fields = List.of("goods", "works", "services", "reservedForSmes", "reservedForSmallAndMicro");
        List<Optional<Amount>> procurement = new ArrayList<>();
        for (int i = 0; i < procurementLabels.size(); i++) {
            procurement.add(amount.apply(procurementLabels.get(i)));
            cells.put("narrative.procurementTotals." + fields.get(i), at.apply(procurementLabels.get(i)));
        }
        if (procurement.stream().anyMatch(Optional::isPresent)) {
            cells.put("narrative.procurementTotals", at.apply(PROCUREMENT_GOODS));
            if (required(byLabel, procurement.subList(0, 3), procurementLabels.subList(0, 3),
                    "政府采购预算 is stated: fill 货物, 工程 and 服务 (0 for none), or leave all blank")) {
                facts.procurementTotals = Optional.of(new ProcurementTotals(procurement.get(0).get(),
                        procurement.get(1).get(), procurement.get(2).get(), procurement.get(3), procurement.get(4)));
            }
        }
        Optional<Integer> targetProjects = Optional.ofNullable(byLabel.get(TARGET_PROJECTS))
                .flatMap(r -> r.whole(DEPARTMENT_VALUE));
        Optional<Amount> targetAmount = amount.apply(TARGET_AMOUNT);
        cells.put("narrative.performanceTargets.projects", at.apply(TARGET_PROJECTS));
        cells.put("narrative.performanceTargets.amount", at.apply(TARGET_AMOUNT));
        if (targetProjects.isPresent() || targetAmount.isPresent()) {
            cells.put("narrative.performanceTargets", at.apply(TARGET_PROJECTS));
            if (required(byLabel, List.of(targetProjects, targetAmount), List.of(TARGET_PROJECTS, TARGET_AMOUNT),
                    "绩效目标 are stated: fill the number of projects and their amount, or neither")) {
                byLabel.get(TARGET_PROJECTS).make(() -> facts.performanceTargets = Optional.of(
                        new PerformanceTargets(targetProjects.get(), targetAmount.get())));
            }
        }
        facts.heldAsOfRow = byLabel.get(HELD_AS_OF);
        cells.put("narrative.heldAssets", at.apply(HELD_AS_OF));
        cells.put("narrative.heldAssets.asOf", at.apply(HELD_AS_OF));
        if (facts.heldAsOfRow != null) {
            facts.heldAsOf = date(facts.heldAsOfRow, HELD_AS_OF);
        }
        // last year's revenue: the three 财政拨款 sources together, the others and the reason optional
        Map<RevenueSource, Amount> bySource = new EnumMap<>(RevenueSource.class);
        for (RevenueSource source : priorRevenueSources()) {
            String label = PRIOR_REVENUE_PREFIX + source.chineseName();
            amount.apply(label).ifPresent(a -> bySource.put(source, a));
            cells.put("explanations.priorRevenue.bySource." + source.name(), at.apply(label));
        }
        String reason = Optional.ofNullable(byLabel.get(PRIOR_FISCAL_REASON)).map(r -> r.text(DEPARTMENT_VALUE))
                .orElse("");
        cells.put("explanations.priorRevenue.fiscalReason", at.apply(PRIOR_FISCAL_REASON));
        profile = Optional.ofNullable(byLabel.get(PROFILE)).map(r -> r.text(DEPARTMENT_VALUE).strip())
                .filter(p -> !p.isEmpty());
        cells.put("profile", at.apply(PROFILE));
        if (!bySource.isEmpty() || !reason.isBlank()) {
            cells.put("explanations.priorRevenue", at.apply(PRIOR_REVENUE_PREFIX
                    + RevenueSource.GENERAL_PUBLIC_BUDGET.chineseName()));
            List<RevenueSource> fiscal = PriorRevenue.fiscalSources();
            if (required(byLabel, fiscal.stream().map(f -> Optional.ofNullable(bySource.get(f))).toList(),
                    fiscal.stream().map(f -> PRIOR_REVENUE_PREFIX + f.chineseName()).toList(),
                    "last year's revenue is stated: fill the three 财政拨款 (0 for a fund without money)")) {
                Row row = byLabel.get(PRIOR_REVENUE_PREFIX + RevenueSource.GENERAL_PUBLIC_BUDGET.chineseName());
                row.make(() -> facts.priorRevenue = Optional.of(new PriorRevenue(bySource,
                        reason.isBlank() ? Optional.empty() : Optional.of(reason))));
            }
        }
    }

    /**
     * Reports each of the labelled values missing when some of a group is given.
     *
     * @return whether all are present (and none of their rows failed)
     */
    private boolean required(Map<String, Row> byLabel, List<? extends Optional<?>> values, List<String> labels,
            String when) {
        boolean all = true;
        for (int i = 0; i < labels.size(); i++) {
            Row row = byLabel.get(labels.get(i));
            if (row == null) {
                problem(PUBLISHED + "!A", "the row " + labels.get(i) + " is missing: it is required when " + when);
                all = false;
            } else if (row.failed) {
                all = false;
            } else if (values.get(i).isEmpty()) {
                row.fail(DEPARTMENT_VALUE, "(" + labels.get(i) + ") is required when " + when);
                all = false;
            }
        }
        return all;
    }

    /** 车辆及设备: a count left blank is not stated; a column all blank states no vehicles. */
    private void vehicles(XSSFSheet sheet, ShanghaiFacts facts) {
        List<String> columns = List.of("现有数量", "拟购置数量");
        List<String> paths = List.of("narrative.heldAssets", "narrative.plannedAssets");
        List<Map<VehicleCategory, Integer>> counts = List.of(new EnumMap<>(VehicleCategory.class),
                new EnumMap<>(VehicleCategory.class));
        List<Optional<Integer>> totals = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
        List<Optional<Integer>> equipment = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
        Row[] totalRow = new Row[1];
        Row[] equipmentRow = new Row[1];
        boolean failed = false;
        if (sheet != null) {
            for (Row row : new Rows(sheet, VEHICLE_COLUMNS).rows()) {
                String label = row.text("项目").strip();
                Optional<VehicleCategory> category = WorkbookLayout.parse(VehicleCategory.values(),
                        VehicleCategory::chineseName, label);
                List<Optional<Integer>> values = List.of(row.whole(columns.get(0)), row.whole(columns.get(1)));
                for (int k = 0; k < 2; k++) {
                    if (values.get(k).isPresent() && values.get(k).get() < 0) {
                        row.fail(columns.get(k), "must not be negative, found " + values.get(k).get());
                    }
                }
                if (category.isPresent()) {
                    for (int k = 0; k < 2; k++) {
                        int at = k;
                        values.get(k).ifPresent(n -> counts.get(at).put(category.get(), n));
                        cells.put(paths.get(k) + ".vehicles." + category.get().name(), row.where(columns.get(k)));
                    }
                } else if (label.equals(VEHICLE_TOTAL)) {
                    totalRow[0] = row;
                    totals.set(0, values.get(0));
                    totals.set(1, values.get(1));
                    cells.put(paths.get(0) + ".vehicles", row.where(columns.get(0)));
                    cells.put(paths.get(1) + ".vehicles", row.where(columns.get(1)));
                } else if (label.equals(AssetHoldings.LARGE_EQUIPMENT)) {
                    equipmentRow[0] = row;
                    equipment.set(0, values.get(0));
                    equipment.set(1, values.get(1));
                    cells.put(paths.get(0) + ".largeEquipment", row.where(columns.get(0)));
                    cells.put(paths.get(1) + ".largeEquipment", row.where(columns.get(1)));
                } else {
                    row.fail("项目", "must be a vehicle category (" + Arrays.stream(VehicleCategory.values())
                            .map(VehicleCategory::chineseName).collect(Collectors.joining("、")) + "), "
                            + VEHICLE_TOTAL + " or " + AssetHoldings.LARGE_EQUIPMENT + ", found \"" + label + "\"");
                }
                failed |= row.failed;
            }
        }
        List<Optional<VehicleCounts>> vehicles = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            if (counts.get(k).isEmpty() && totals.get(k).isEmpty()) {
                vehicles.add(Optional.empty());
                continue;
            }
            VehicleCounts v = new VehicleCounts(counts.get(k));
            if (totals.get(k).isPresent() && totals.get(k).get() != v.total() && !totalRow[0].failed) {
                totalRow[0].fail(columns.get(k), "is " + totals.get(k).get() + " but the categories above add up to "
                        + v.total() + "; correct a count or the total (or leave the total blank)");
            }
            vehicles.add(Optional.of(v));
        }
        if (failed || (totalRow[0] != null && totalRow[0].failed)) {
            return;
        }
        OptionalInt heldEquipment = equipment.get(0).map(OptionalInt::of).orElse(OptionalInt.empty());
        OptionalInt plannedEquipment = equipment.get(1).map(OptionalInt::of).orElse(OptionalInt.empty());
        boolean held = vehicles.get(0).isPresent() || heldEquipment.isPresent();
        if (facts.heldAsOf.isPresent() || held) {
            if (facts.heldAsOf.isEmpty()) {
                if (facts.heldAsOfRow == null) {
                    problem(PUBLISHED + "!A", "the row " + HELD_AS_OF + " is required when vehicles or equipment "
                            + "held are stated (sheet " + VEHICLES + ")");
                } else if (!facts.heldAsOfRow.failed) {
                    facts.heldAsOfRow.fail(DEPARTMENT_VALUE, "(" + HELD_AS_OF + ") is required when vehicles or "
                            + "equipment held are stated (sheet " + VEHICLES + "): the date of the counts, such as "
                            + "2024-08-31");
                }
            } else if (!held) {
                facts.heldAsOfRow.fail(DEPARTMENT_VALUE, "(" + HELD_AS_OF + ") is given but no vehicles or "
                        + "equipment held are: fill the column 现有数量 of the sheet " + VEHICLES + ", or clear the date");
            } else {
                facts.heldAssets = Optional.of(new AssetHoldings(facts.heldAsOf.get(), vehicles.get(0),
                        heldEquipment));
            }
        }
        if (vehicles.get(1).isPresent() || plannedEquipment.isPresent()) {
            facts.plannedAssets = Optional.of(new AssetPurchases(vehicles.get(1), plannedEquipment));
        }
    }

    private List<OrganisationUnit> budgetUnits(XSSFSheet sheet) {
        List<OrganisationUnit> units = new ArrayList<>();
        if (sheet == null) {
            return units;
        }
        for (Row row : new Rows(sheet, BUDGET_UNIT_COLUMNS).rows()) {
            String name = row.required("单位名称");
            DepartmentKind kind = row.requiredWord("单位性质", DepartmentKind.values(), DepartmentKind::chineseName);
            String hq = row.text("是否本部").strip();
            if (!hq.isEmpty() && !hq.equals(YES) && !hq.equals(NO)) {
                row.fail("是否本部", "must be " + YES + " or " + NO + ", found \"" + hq + "\"");
            }
            row.make(() -> {
                units.add(new OrganisationUnit(name, kind, hq.equals(YES)));
                row.place("narrative.budgetUnits[" + (units.size() - 1) + "]", "name", "单位名称", "kind", "单位性质",
                        "headquarters", "是否本部");
            });
        }
        return units;
    }

    private List<String> divisions(XSSFSheet sheet) {
        List<String> divisions = new ArrayList<>();
        if (sheet == null) {
            return divisions;
        }
        for (Row row : new Rows(sheet, DIVISION_COLUMNS).rows()) {
            String name = row.required("内设机构名称");
            row.make(() -> {
                divisions.add(name);
                cells.put("narrative.internalDivisions[" + (divisions.size() - 1) + "]", row.where("内设机构名称"));
            });
        }
        return divisions;
    }

    private void lineExplanations(XSSFSheet sheet, ShanghaiFacts facts) {
        if (sheet == null) {
            return;
        }
        for (Row row : new Rows(sheet, LINE_EXPLANATION_COLUMNS).rows()) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            String purpose = row.required("主要用于");
            Optional<Amount> lastYear = row.amount("上年数");
            Optional<LineLastYear.Kind> kind = row.word("上年数口径", LineLastYear.Kind.values(),
                    LineLastYear.Kind::chineseName);
            String reason = row.text("增减原因");
            if (!row.failed && (lastYear.isPresent() || kind.isPresent() || !reason.isBlank())) {
                if (lastYear.isEmpty()) {
                    row.fail("上年数", "is required when 上年数口径 or 增减原因 is given");
                } else if (kind.isEmpty()) {
                    row.fail("上年数口径", "is required with 上年数: one of " + Arrays.stream(LineLastYear.Kind.values())
                            .map(LineLastYear.Kind::chineseName).collect(Collectors.joining("、")));
                }
            }
            row.make(() -> {
                Optional<LineLastYear> last = lastYear.map(a -> new LineLastYear(a, kind.orElseThrow(),
                        reason.isBlank() ? Optional.empty() : Optional.of(reason)));
                facts.lines.add(new LineExplanation(code.orElseThrow(), purpose, last));
                row.place("explanations.lines[" + (facts.lines.size() - 1) + "]", "functionCode", "功能科目编码",
                        "purpose", "主要用于");
                String at = "explanations.lines[" + (facts.lines.size() - 1) + "].lastYear";
                cells.put(at, row.where("上年数"));
                cells.put(at + ".amount", row.where("上年数"));
                cells.put(at + ".kind", row.where("上年数口径"));
                cells.put(at + ".reason", row.where("增减原因"));
            });
        }
    }

    /** 项目经费情况说明: rows by 项目序号, the projects in the order of their numbers. */
    private void projectExplanations(XSSFSheet sheet, ShanghaiFacts facts) {
        if (sheet == null) {
            return;
        }
        final class Draft {
            final Row first;
            Optional<String> name = Optional.empty();
            Optional<ProjectPeriod> period = Optional.empty();
            final Map<ProjectItem, List<String>> paragraphs = new EnumMap<>(ProjectItem.class);
            final List<ProjectAllocation> allocations = new ArrayList<>();
            boolean failed;

            Draft(Row first) {
                this.first = first;
            }
        }
        TreeMap<Integer, Draft> drafts = new TreeMap<>();
        for (Row row : new Rows(sheet, PROJECT_EXPLANATION_COLUMNS).rows()) {
            Optional<Integer> number = row.whole("项目序号");
            ProjectItem item = row.requiredWord("事项", ProjectItem.values(), i -> i.label);
            String text = row.text("内容");
            Optional<Amount> amount = row.amount("金额");
            if (number.isEmpty() && !row.failed) {
                row.fail("项目序号", "is required: the number of the project the row explains (1, 2, …)");
            }
            if (row.failed) {
                continue;
            }
            Draft d = drafts.computeIfAbsent(number.get(), n -> new Draft(row));
            if (text.isBlank()) {
                row.fail("内容", "is required");
            } else if (amount.isPresent() && item != ProjectItem.ALLOCATION) {
                row.fail("金额", "is only for the rows of " + ProjectItem.ALLOCATION.label);
            } else if (item == ProjectItem.ALLOCATION && amount.isEmpty()) {
                row.fail("金额", "is required for a row of " + ProjectItem.ALLOCATION.label);
            } else if ((item == ProjectItem.NAME && d.name.isPresent())
                    || (item == ProjectItem.PERIOD && d.period.isPresent())) {
                row.fail("事项", "repeats the " + item.label + " of the project " + number.get());
            } else if (item == ProjectItem.NAME) {
                d.name = Optional.of(text);
            } else if (item == ProjectItem.PERIOD) {
                String[] days = text.strip().split(PERIOD_SEPARATOR, -1);
                try {
                    if (days.length != 2) {
                        throw new DateTimeParseException("", text, 0);
                    }
                    LocalDate start = LocalDate.parse(days[0].strip());
                    LocalDate end = LocalDate.parse(days[1].strip());
                    row.make(() -> d.period = Optional.of(new ProjectPeriod(start, end)));
                } catch (DateTimeParseException e) {
                    row.fail("内容", "(" + item.label + ") must be the first and last day such as 2025-01-01"
                            + PERIOD_SEPARATOR + "2025-12-31, found \"" + text + "\"");
                }
            } else if (item == ProjectItem.ALLOCATION) {
                row.make(() -> d.allocations.add(new ProjectAllocation(text, amount.get())));
            } else {
                d.paragraphs.computeIfAbsent(item, i -> new ArrayList<>()).add(text);
            }
            d.failed |= row.failed;
        }
        for (Draft d : drafts.values()) {
            if (d.failed) {
                continue;
            }
            Function<ProjectItem, List<String>> p = i -> d.paragraphs.getOrDefault(i, List.of());
            d.first.make(() -> {
                facts.projects.add(new ProjectExplanation(d.name, p.apply(ProjectItem.OVERVIEW),
                        p.apply(ProjectItem.BASIS), p.apply(ProjectItem.IMPLEMENTERS), p.apply(ProjectItem.PLAN),
                        d.period, d.allocations, p.apply(ProjectItem.GOALS)));
                cells.put("explanations.projects[" + (facts.projects.size() - 1) + "]", d.first.whereRow());
            });
        }
    }

    // ---- cell values -------------------------------------------------------------------------------------

    private sealed interface Value permits Blank, Text, Number, Bool, Failed {
    }

    private record Blank() implements Value {
    }

    private record Text(String text) implements Value {
    }

    /** A number; {@code shown} is the date text when the cell is formatted as a date. */
    private record Number(BigDecimal value, boolean date, String shown, LocalDate localDate) implements Value {
    }

    private record Bool(boolean value) implements Value {
    }

    private record Failed(String detail) implements Value {
    }

    private static final Blank BLANK = new Blank();

    /** The value of a cell; a formula gives its stored value, or its value evaluated when none is stored. */
    private Value value(XSSFCell cell) {
        if (cell == null) {
            return BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell.getRawValue() == null && cell.getCachedFormulaResultType() != CellType.STRING) {
                return evaluated(cell);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case BLANK, _NONE -> BLANK;
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s.isEmpty() ? BLANK : new Text(s);
            }
            case NUMERIC -> {
                double v;
                try {
                    v = cell.getNumericCellValue();
                } catch (RuntimeException e) {
                    // a number cell whose value is no number ("-INF" written into the XML by hand)
                    yield new Failed("must be a number, found \"" + cell.getRawValue() + "\"");
                }
                yield number(cell, cell.getRawValue(), v);
            }
            case BOOLEAN -> new Bool(cell.getBooleanCellValue());
            case ERROR -> new Failed("holds the error value " + cell.getErrorCellString() + "; correct the formula "
                    + "or the value");
            default -> BLANK;
        };
    }

    private Value evaluated(XSSFCell cell) {
        if (evaluator == null) {
            evaluator = wb.getCreationHelper().createFormulaEvaluator();
        }
        CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
            // a chain of formulas deeper than the stack (20,000 cells each adding to the one before) overflows
            // POI's recursive evaluator: the evaluator is dropped (its state is undefined) and the cell explained
            evaluator = null;
            return new Failed("holds the formula =" + cell.getCellFormula() + ", which has no stored value and cannot "
                    + "be evaluated here (" + (e instanceof StackOverflowError ? "its chain of formulas is too deep"
                            : e.getClass().getSimpleName()) + "); open and save the workbook in Excel "
                    + "or WPS so that its values are stored");
        }
        if (v == null) {
            return BLANK;
        }
        return switch (v.getCellType()) {
            case NUMERIC -> number(cell, null, v.getNumberValue());
            case STRING -> v.getStringValue().isEmpty() ? BLANK : new Text(v.getStringValue());
            case BOOLEAN -> new Bool(v.getBooleanValue());
            case ERROR -> new Failed("holds the error value " + FormulaError.forInt(v.getErrorValue()).getString()
                    + "; correct the formula");
            default -> BLANK;
        };
    }

    /**
     * A number as the workbook stores it (its shortest text), rounded to the 15 significant digits a spreadsheet
     * shows, so that a formula's {@code 0.30000000000000004} reads as the {@code 0.3} it shows.
     */
    private static Value number(XSSFCell cell, String raw, double value) {
        BigDecimal exact;
        try {
            exact = raw == null || raw.isBlank() ? new BigDecimal(Double.toString(value)) : new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            if (!Double.isFinite(value)) {
                // NaN or an infinity written into the file by hand: no spreadsheet number
                return new Failed("must be a number, found " + (raw == null ? String.valueOf(value) : "\""
                        + raw.strip() + "\""));
            }
            exact = new BigDecimal(Double.toString(value));
        }
        BigDecimal n = exact.signum() == 0 ? BigDecimal.ZERO : exact.round(SHOWN_DIGITS).stripTrailingZeros();
        if (n.scale() < 0) {
            n = n.setScale(0);
        }
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
            return new Number(n, true, date.toString(), date);
        }
        return new Number(n, false, n.toPlainString(), null);
    }

    // ---- problems ----------------------------------------------------------------------------------------

    private void problem(String where, String detail) {
        problems.add(new Problem(where, detail));
    }

    private void failIfAny() throws BudgetFileException {
        if (problems.isEmpty()) {
            return;
        }
        Problem first = problems.get(0);
        StringBuilder detail = new StringBuilder(first.detail());
        for (int i = 1; i < Math.min(problems.size(), MAX_PROBLEMS); i++) {
            detail.append(System.lineSeparator()).append("  ").append(file).append(": at ")
                    .append(problems.get(i).where()).append(": ").append(problems.get(i).detail());
        }
        if (problems.size() > MAX_PROBLEMS) {
            detail.append(System.lineSeparator()).append("  … and ").append(problems.size() - MAX_PROBLEMS)
                    .append(" more");
        }
        throw new BudgetFileException(file, 0, 0, first.where(), detail.toString());
    }
}
