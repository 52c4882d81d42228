package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.OrganisationUnit;

/**
 * Reads the fill-in workbook into a budget: finds the declared sheets ({@link WorkbookSheets}), lets each sheet's
 * mapper read its facts, and builds the budget of them. Every problem is located as sheet and cell
 * ({@code 收支明细!E14}); all of them are collected and reported together. One per workbook.
 */
final class WorkbookReader {

    private final XSSFWorkbook wb;
    private final WorkbookProblems problems;
    private final ReadContext ctx;
    private Optional<String> profile = Optional.empty();

    WorkbookReader(String file, XSSFWorkbook wb) {
        this.wb = wb;
        this.problems = new WorkbookProblems(file);
        this.ctx = new ReadContext(problems, new WorkbookCells(wb));
    }

    /** @return the layout 公开事项 names (公开版式), if any; known once {@link #read()} returned */
    Optional<String> profile() {
        return profile;
    }

    /** @return where each fact path was read, for {@link WorkbookBudget} */
    Map<String, String> cells() {
        return ctx.located();
    }

    Budget read() throws BudgetFileException {
        Map<String, XSSFSheet> sheets = sheets(ctx);
        problems.failIfAny();
        Budget.Builder b = Budget.builder();
        DepartmentSheet.Facts department = DepartmentSheet.read(ctx, sheets.get(DEPARTMENT), b);
        var unit = department.unit();
        Map<String, LineSheets.UnitDraft> units = LineSheets.readUnits(ctx, sheets.get(UNITS), unit);
        LineSheets.readLines(ctx, sheets.get(LINES), unit, units, b);
        LineSheets.readBasic(ctx, sheets.get(BASIC), unit, units, b);
        LineSheets.readCostClasses(ctx, sheets.get(COST_CLASSES), unit, b);
        LineSheets.readThreePublic(ctx, sheets.get(THREE_PUBLIC), unit, units, b);
        var priorThreePublic = PriorYearSheet.read(ctx, sheets.get(PRIOR_YEAR), unit, b);
        NarrativeSheets.readNames(ctx, sheets.get(NAMES), unit, b);
        Narrative narrative = NarrativeSheets.read(ctx, sheets, department);
        PublishedSheets.Facts published = PublishedSheets.read(ctx, sheets, unit, b);
        profile = published.profile();
        List<OrganisationUnit> budgetUnits = ExplanationSheets.readBudgetUnits(ctx, sheets.get(BUDGET_UNITS), unit);
        List<String> divisions = ExplanationSheets.readDivisions(ctx, sheets.get(DIVISIONS), unit);
        var lines = ExplanationSheets.readLines(ctx, sheets.get(LINE_EXPLANATIONS), unit);
        var projects = ExplanationSheets.readProjects(ctx, sheets.get(PROJECT_EXPLANATIONS), unit);
        problems.failIfAny();
        b.narrative(narrative.withPublishedFacts(
                budgetUnits,
                divisions,
                published.procurementTotals(),
                published.performanceTargets(),
                published.heldAssets(),
                published.plannedAssets(),
                priorThreePublic));
        b.explanations(new Explanations(published.priorRevenue(), lines, projects));
        for (LineSheets.UnitDraft u : new LinkedHashSet<>(units.values())) {
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
        } catch (org.budgetdisclosure.model.errors.FactException | IllegalArgumentException e) {
            throw new BudgetFileException(problems.file(), 0, 0, DEPARTMENT, String.valueOf(e.getMessage()));
        }
    }

    // ---- the sheets --------------------------------------------------------------------------------------

    private Map<String, XSSFSheet> sheets(ReadContext ctx) {
        Map<String, XSSFSheet> found = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            names.add(name);
            boolean hidden = wb.isSheetHidden(i) || wb.isSheetVeryHidden(i);
            if (WorkbookSheets.requiredNames().contains(name)
                    || WorkbookSheets.optionalNames().contains(name)) {
                found.put(name, wb.getSheetAt(i));
                if (hidden) {
                    ctx.problem(
                            name,
                            "the sheet is hidden; unhide it (its rows are read all the same, so they should "
                                    + "be seen)");
                }
            } else if (hidden && !name.equals(LISTS)) {
                ctx.problem(
                        name,
                        "a hidden sheet that is not one of the workbook's: unhide it and move its rows to "
                                + "the sheet they belong to, or delete it (sheets: "
                                + String.join(", ", WorkbookSheets.requiredNames()) + ")");
            }
        }
        for (String wanted : WorkbookSheets.requiredNames()) {
            if (!found.containsKey(wanted)) {
                List<String> unknown = names.stream()
                        .filter(n -> !WorkbookSheets.requiredNames().contains(n)
                                && !n.equals(LISTS)
                                && !n.equals(INSTRUCTIONS)
                                && !WorkbookSheets.optionalNames().contains(n))
                        .toList();
                ctx.problem(
                        wanted,
                        "the sheet is missing"
                                + (unknown.isEmpty()
                                        ? ""
                                        : "; was it renamed? sheets not " + "known: " + String.join(", ", unknown))
                                + " (make a new workbook with `budget template`)");
            }
        }
        for (XSSFSheet sheet : found.values()) {
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                ctx.problem(
                        sheet.getSheetName() + "!" + merged.formatAsString(),
                        "merged cells: a row holds one fact "
                                + "and a cell one value; unmerge them and fill every cell");
            }
        }
        return found;
    }
}
