package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.ProjectPeriod;

/**
 * The optional sheets of the Shanghai layouts' 机构设置 and 编制说明, written and read: 预算单位, 内设机构,
 * 财政拨款支出主要内容 (each 项 explained) and 项目经费情况说明 (each project explained, a paragraph a row).
 */
final class ExplanationSheets {

    private ExplanationSheets() {}

    // ---- writing -----------------------------------------------------------------------------------------

    /** Writes 预算单位 and 内设机构. */
    static void writeUnitsAndDivisions(SheetWriter w, List<OrganisationUnit> units, List<String> divisions) {
        XSSFSheet s = w.sheet(WorkbookSheets.BUDGET_UNITS);
        w.column(s, WorkbookSheets.BUDGET_UNITS, MERGED_COLUMN);
        for (int i = 0; i < units.size(); i++) {
            OrganisationUnit u = units.get(i);
            w.row(s, WorkbookSheets.BUDGET_UNITS, i + 1)
                    .set("单位名称", u.name())
                    .set("单位性质", u.kind().chineseName())
                    .set("是否本部", u.headquarters() ? YES : NO)
                    .set(MERGED_COLUMN, u.mergedIntoHeadquarters() ? YES : NO);
        }
        w.checks(s, WorkbookSheets.BUDGET_UNITS, units.size());
        s = w.sheet(WorkbookSheets.DIVISIONS);
        for (int i = 0; i < divisions.size(); i++) {
            w.row(s, WorkbookSheets.DIVISIONS, i + 1).set("内设机构名称", divisions.get(i));
        }
    }

    /** Writes 财政拨款支出主要内容 and 项目经费情况说明. */
    static void writeExplanations(SheetWriter w, List<LineExplanation> lines, List<ProjectExplanation> projects) {
        WorkbookSheet declared = WorkbookSheets.LINE_EXPLANATIONS;
        XSSFSheet s = w.sheet(declared);
        for (int i = 0; i < lines.size(); i++) {
            LineExplanation l = lines.get(i);
            Optional<LineLastYear> y = l.lastYear();
            w.row(s, declared, i + 1)
                    .set("功能科目编码", l.functionCode().value())
                    .set("主要用于", l.purpose())
                    .set("上年数", y.map(LineLastYear::amount).orElse(null))
                    .set("上年数口径", y.map(v -> v.kind().chineseName()).orElse(null))
                    .set("增减原因", y.flatMap(LineLastYear::reason).orElse(null));
        }
        w.checks(s, declared, lines.size());
        declared = WorkbookSheets.PROJECT_EXPLANATIONS;
        s = w.sheet(declared);
        int r = 0;
        for (int i = 0; i < projects.size(); i++) {
            ProjectExplanation p = projects.get(i);
            int number = i + 1;
            List<Object[]> rows = new ArrayList<>();
            p.name().ifPresent(t -> rows.add(new Object[] {ProjectItem.NAME, t, null}));
            p.overview().forEach(t -> rows.add(new Object[] {ProjectItem.OVERVIEW, t, null}));
            p.basis().forEach(t -> rows.add(new Object[] {ProjectItem.BASIS, t, null}));
            p.implementers().forEach(t -> rows.add(new Object[] {ProjectItem.IMPLEMENTERS, t, null}));
            p.plan().forEach(t -> rows.add(new Object[] {ProjectItem.PLAN, t, null}));
            p.period()
                    .ifPresent(d ->
                            rows.add(new Object[] {ProjectItem.PERIOD, d.start() + PERIOD_SEPARATOR + d.end(), null}));
            p.allocations().forEach(a -> rows.add(new Object[] {ProjectItem.ALLOCATION, a.name(), a.amount()}));
            p.goals().forEach(t -> rows.add(new Object[] {ProjectItem.GOALS, t, null}));
            for (Object[] row : rows) {
                w.row(s, declared, ++r)
                        .set("项目序号", number)
                        .set("事项", ((ProjectItem) row[0]).label)
                        .set("内容", row[1])
                        .set("金额", row[2]);
            }
        }
        w.checks(s, declared, r);
    }

    // ---- reading -----------------------------------------------------------------------------------------

    static List<OrganisationUnit> readBudgetUnits(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit) {
        List<OrganisationUnit> units = new ArrayList<>();
        if (sheet == null) {
            return units;
        }
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.BUDGET_UNITS, unit).rows()) {
            String name = row.required("单位名称");
            DepartmentKind kind = row.requiredWord("单位性质", DepartmentKind.values(), DepartmentKind::chineseName);
            boolean hq = yesOrNo(row, "是否本部");
            boolean merged = row.rows.columns.containsKey(MERGED_COLUMN) && yesOrNo(row, MERGED_COLUMN);
            if (hq && merged && !row.failed) {
                row.fail(
                        MERGED_COLUMN,
                        "cannot be " + YES + " for the 本部 (是否本部 " + YES + "): the 本部's budget is " + "its own");
            }
            row.make(() -> {
                units.add(new OrganisationUnit(name, kind, hq, merged));
                row.place(
                        "narrative.budgetUnits[" + (units.size() - 1) + "]",
                        "name",
                        "单位名称",
                        "kind",
                        "单位性质",
                        "headquarters",
                        "是否本部",
                        "mergedIntoHeadquarters",
                        MERGED_COLUMN);
            });
        }
        return units;
    }

    /** @return whether a 是/否 cell says 是 (blank: 否); another word fails at the cell */
    private static boolean yesOrNo(SheetRow row, String column) {
        String t = row.text(column).strip();
        if (!t.isEmpty() && !t.equals(YES) && !t.equals(NO)) {
            row.fail(column, "must be " + YES + " or " + NO + ", found \"" + t + "\"");
        }
        return t.equals(YES);
    }

    static List<String> readDivisions(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit) {
        List<String> divisions = new ArrayList<>();
        if (sheet == null) {
            return divisions;
        }
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.DIVISIONS, unit).rows()) {
            String name = row.required("内设机构名称");
            row.make(() -> {
                divisions.add(name);
                ctx.locate("narrative.internalDivisions[" + (divisions.size() - 1) + "]", row.where("内设机构名称"));
            });
        }
        return divisions;
    }

    static List<LineExplanation> readLines(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit) {
        List<LineExplanation> lines = new ArrayList<>();
        if (sheet == null) {
            return lines;
        }
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.LINE_EXPLANATIONS, unit).rows()) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            String purpose = row.required("主要用于");
            Optional<Amount> lastYear = row.amount("上年数");
            Optional<LineLastYear.Kind> kind =
                    row.word("上年数口径", LineLastYear.Kind.values(), LineLastYear.Kind::chineseName);
            String reason = row.text("增减原因");
            if (!row.failed && (lastYear.isPresent() || kind.isPresent() || !reason.isBlank())) {
                if (lastYear.isEmpty()) {
                    row.fail("上年数", "is required when 上年数口径 or 增减原因 is given");
                } else if (kind.isEmpty()) {
                    row.fail(
                            "上年数口径",
                            "is required with 上年数: one of "
                                    + Arrays.stream(LineLastYear.Kind.values())
                                            .map(LineLastYear.Kind::chineseName)
                                            .collect(Collectors.joining("、")));
                }
            }
            row.make(() -> {
                Optional<LineLastYear> last = lastYear.map(a -> new LineLastYear(
                        a, kind.orElseThrow(), reason.isBlank() ? Optional.empty() : Optional.of(reason)));
                lines.add(new LineExplanation(code.orElseThrow(), purpose, last));
                row.place(
                        "explanations.lines[" + (lines.size() - 1) + "]", "functionCode", "功能科目编码", "purpose", "主要用于");
                String at = "explanations.lines[" + (lines.size() - 1) + "].lastYear";
                ctx.locate(at, row.where("上年数"));
                ctx.locate(at + ".amount", row.where("上年数"));
                ctx.locate(at + ".kind", row.where("上年数口径"));
                ctx.locate(at + ".reason", row.where("增减原因"));
            });
        }
        return lines;
    }

    /** 项目经费情况说明: rows by 项目序号, the projects in the order of their numbers. */
    static List<ProjectExplanation> readProjects(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit) {
        List<ProjectExplanation> projects = new ArrayList<>();
        if (sheet == null) {
            return projects;
        }
        final class Draft {
            final SheetRow first;
            Optional<String> name = Optional.empty();
            Optional<ProjectPeriod> period = Optional.empty();
            final Map<ProjectItem, List<String>> paragraphs = new EnumMap<>(ProjectItem.class);
            final List<ProjectAllocation> allocations = new ArrayList<>();
            boolean failed;

            Draft(SheetRow first) {
                this.first = first;
            }
        }
        TreeMap<Integer, Draft> drafts = new TreeMap<>();
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.PROJECT_EXPLANATIONS, unit).rows()) {
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
                    row.fail(
                            "内容",
                            "(" + item.label + ") must be the first and last day such as 2025-01-01" + PERIOD_SEPARATOR
                                    + "2025-12-31, found \"" + text + "\"");
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
                projects.add(new ProjectExplanation(
                        d.name,
                        p.apply(ProjectItem.OVERVIEW),
                        p.apply(ProjectItem.BASIS),
                        p.apply(ProjectItem.IMPLEMENTERS),
                        p.apply(ProjectItem.PLAN),
                        d.period,
                        d.allocations,
                        p.apply(ProjectItem.GOALS)));
                ctx.locate("explanations.projects[" + (projects.size() - 1) + "]", d.first.whereRow());
            });
        }
        return projects;
    }
}
