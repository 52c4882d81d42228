package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetRegister;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DeclaredTotal;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Staffing;

/**
 * 部门信息, written and read: labelled rows (项目, 内容) of the department (部门), the year, the ledger unit (金额单位),
 * the staff (人员构成), the date and planned acquisitions of the asset register, and the declared totals (核对数).
 */
final class DepartmentSheet {

    private DepartmentSheet() {}

    private static final WorkbookSheet DECLARED = WorkbookSheets.DEPARTMENT;

    /**
     * What 部门信息 states beside the department, the year and the declared totals (which go to the builder).
     *
     * @param unit the ledger unit the amounts of the other sheets are in
     * @param staffing the staff, if stated
     * @param assetsAsOf the date of the asset register, if stated
     * @param plannedAcquisitions the planned acquisitions of fixed assets, if stated
     */
    record Facts(
            MoneyUnit unit,
            Optional<Staffing> staffing,
            Optional<LocalDate> assetsAsOf,
            Optional<Amount> plannedAcquisitions) {}

    static void write(SheetWriter w, Optional<Budget> budget, int year, MoneyUnit unit) {
        XSSFSheet s = w.sheet(DECLARED);
        Map<String, Object> values = new TreeMap<>();
        values.put(YEAR, year);
        values.put(UNIT, unit.chineseName());
        budget.ifPresent(b -> {
            values.put(CODE, b.department().code().orElse(""));
            values.put(NAME, b.department().name());
            values.put(SHORT_NAME, b.department().shortName());
            values.put(KIND, b.department().kind().chineseName());
            values.put(UNIT, b.unit().chineseName());
            b.narrative().staffing().ifPresent(st -> {
                values.put(STAFF_TOTAL, st.total());
                values.put(STAFF_ACTIVE, st.active());
                values.put(STAFF_RETIRED_CADRES, st.retiredCadres());
                values.put(STAFF_RETIRED, st.retired());
            });
            AssetRegister assets = b.narrative().assets();
            if (!assets.equals(AssetRegister.none(b.unit()))) {
                values.put(ASSETS_AS_OF, assets.asOf().toString());
                values.put(PLANNED_ACQUISITIONS, assets.plannedAcquisitions());
            }
            b.declaredTotals().forEach((t, a) -> values.put(declaredLabel(t), a));
        });
        List<String> labels = departmentLabels();
        for (int i = 0; i < labels.size(); i++) {
            w.row(s, DECLARED, i + 1)
                    .label(DEPARTMENT_LABEL, labels.get(i))
                    .set(DEPARTMENT_VALUE, values.get(labels.get(i)));
        }
        int value = DECLARED.index(DEPARTMENT_VALUE);
        w.list(s, 1 + labels.indexOf(KIND), 1 + labels.indexOf(KIND), value, "单位性质");
        w.list(s, 1 + labels.indexOf(UNIT), 1 + labels.indexOf(UNIT), value, "金额单位");
    }

    static Facts read(ReadContext ctx, XSSFSheet sheet, Budget.Builder b) {
        Facts none = new Facts(MoneyUnit.TEN_THOUSAND_YUAN, Optional.empty(), Optional.empty(), Optional.empty());
        SheetRows rows = new SheetRows(ctx, sheet, DECLARED, MoneyUnit.TEN_THOUSAND_YUAN);
        Map<String, SheetRow> byLabel = new HashMap<>();
        for (SheetRow row : rows.rows()) {
            String label = row.text(DEPARTMENT_LABEL).strip();
            if (!label.isEmpty()) {
                byLabel.putIfAbsent(label, row);
            }
        }
        if (!rows.complete) {
            return none;
        }
        for (String label : departmentLabels()) {
            if (!byLabel.containsKey(label)) {
                ctx.problem(
                        DEPARTMENT + "!A",
                        "the row " + label + " is missing: column A must keep the labels "
                                + String.join(", ", departmentLabels().subList(0, 6)) + ", …");
            }
        }
        if (!departmentLabels().stream().allMatch(byLabel::containsKey)) {
            return none;
        }
        String[][] labelled = {
            {"department.code", CODE},
            {"department.name", NAME},
            {"department.shortName", SHORT_NAME},
            {"department.kind", KIND},
            {"year", YEAR},
            {"unit", UNIT},
            {"narrative.staffing.total", STAFF_TOTAL},
            {"narrative.staffing.active", STAFF_ACTIVE},
            {"narrative.staffing.retiredCadres", STAFF_RETIRED_CADRES},
            {"narrative.staffing.retired", STAFF_RETIRED},
            {"narrative.assets.asOf", ASSETS_AS_OF},
            {"narrative.assets.plannedAcquisitions", PLANNED_ACQUISITIONS}
        };
        for (String[] l : labelled) {
            ctx.locate(l[0], byLabel.get(l[1]).where(DEPARTMENT_VALUE));
        }
        for (DeclaredTotal t : DeclaredTotal.values()) {
            ctx.locate(
                    "declaredTotals." + t.name(), byLabel.get(declaredLabel(t)).where(DEPARTMENT_VALUE));
        }
        ctx.locate("narrative.staffing", byLabel.get(STAFF_TOTAL).where(DEPARTMENT_VALUE));
        ctx.locate("department", DEPARTMENT);
        SheetRow code = byLabel.get(CODE);
        SheetRow name = byLabel.get(NAME);
        SheetRow shortName = byLabel.get(SHORT_NAME);
        SheetRow kindRow = byLabel.get(KIND);
        SheetRow yearRow = byLabel.get(YEAR);
        SheetRow unitRow = byLabel.get(UNIT);
        String c = code.text(DEPARTMENT_VALUE); // optional: not every department publishes a code
        String n = name.required(DEPARTMENT_VALUE);
        String s = shortName.required(DEPARTMENT_VALUE);
        DepartmentKind kind =
                kindRow.requiredWord(DEPARTMENT_VALUE, DepartmentKind.values(), DepartmentKind::chineseName);
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
        Optional<Staffing> staffing = staffing(byLabel);
        Optional<LocalDate> assetsAsOf = byLabel.get(ASSETS_AS_OF).date(DEPARTMENT_VALUE, ASSETS_AS_OF);
        Optional<Amount> planned = byLabel.get(PLANNED_ACQUISITIONS).amount(DEPARTMENT_VALUE, unit);
        Map<DeclaredTotal, Amount> declared = new EnumMap<>(DeclaredTotal.class);
        for (DeclaredTotal t : DeclaredTotal.values()) {
            byLabel.get(declaredLabel(t)).amount(DEPARTMENT_VALUE, unit).ifPresent(a -> declared.put(t, a));
        }
        b.declaredTotals(declared);
        return new Facts(unit, staffing, assetsAsOf, planned);
    }

    private static Optional<Staffing> staffing(Map<String, SheetRow> byLabel) {
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
                byLabel.get(labels.get(i))
                        .fail(
                                DEPARTMENT_VALUE,
                                "(" + labels.get(i) + ") is required when the "
                                        + "staff are stated: fill 总人数, 在职人员, 离休人员 and 退休人员, or none");
            }
        }
        if (values.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        Staffing[] made = new Staffing[1];
        byLabel.get(STAFF_TOTAL)
                .make(() -> made[0] = new Staffing(
                        values.get(0).get(),
                        values.get(1).get(),
                        values.get(2).get(),
                        values.get(3).get()));
        return Optional.ofNullable(made[0]);
    }
}
