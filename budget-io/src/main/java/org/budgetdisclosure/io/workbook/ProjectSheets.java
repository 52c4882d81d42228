package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.Chapter;
import static org.budgetdisclosure.io.workbook.WorkbookLayout.PROJECTS;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.PerformanceProject;

/**
 * 绩效项目, 绩效指标 and 文字说明, written and read: the projects with performance goals (绩效目标), their indicators
 * (绩效指标) and the prose by chapter, the paragraphs of a project by its 项目序号.
 */
final class ProjectSheets {

    private ProjectSheets() {}

    /** The narrative's field of each chapter of 文字说明 (those not of a project). */
    private static final Map<Chapter, String> CHAPTER_FIELDS = Map.of(
            Chapter.DUTIES,
            "duties",
            Chapter.INSTITUTION_OVERVIEW,
            "institutionOverview",
            Chapter.OVERALL_GOALS,
            "overallGoals",
            Chapter.SPECIAL_FUNDS,
            "specialFunds",
            Chapter.SAFEGUARDS,
            "safeguards",
            Chapter.OTHER_NOTES,
            "otherNotes");

    /**
     * What the three sheets state.
     *
     * @param projects the projects
     * @param chapters the paragraphs of each chapter not of a project
     */
    record Facts(List<PerformanceProject> projects, Map<Chapter, List<String>> chapters) {}

    /** Writes 绩效项目, 绩效指标 and 文字说明. */
    static void write(SheetWriter w, Narrative n) {
        XSSFSheet s = w.sheet(WorkbookSheets.PROJECTS);
        XSSFSheet ind = w.sheet(WorkbookSheets.INDICATORS);
        int r = 1;
        List<PerformanceProject> projects = n.projects();
        for (int i = 0; i < projects.size(); i++) {
            PerformanceProject p = projects.get(i);
            w.row(s, WorkbookSheets.PROJECTS, i + 1)
                    .set("项目序号", i + 1)
                    .set("项目名称", p.name())
                    .set("项目金额", p.amount());
            for (Indicator x : p.indicators()) {
                w.row(ind, WorkbookSheets.INDICATORS, r++)
                        .set("项目序号", i + 1)
                        .set("一级指标", x.level1())
                        .set("二级指标", x.level2())
                        .set("三级指标", x.level3())
                        .set("指标描述", x.description())
                        .set("指标值", x.value())
                        .set("指标值确定依据", x.basis());
            }
        }
        w.checks(s, WorkbookSheets.PROJECTS, projects.size());
        XSSFSheet t = w.sheet(WorkbookSheets.TEXT);
        int[] at = {1};
        paragraphs(w, t, at, Chapter.DUTIES, 0, n.duties());
        paragraphs(w, t, at, Chapter.INSTITUTION_OVERVIEW, 0, n.institutionOverview());
        paragraphs(w, t, at, Chapter.OVERALL_GOALS, 0, n.overallGoals());
        paragraphs(w, t, at, Chapter.SPECIAL_FUNDS, 0, n.specialFunds());
        for (int i = 0; i < n.projects().size(); i++) {
            paragraphs(
                    w,
                    t,
                    at,
                    Chapter.PROJECT_DESCRIPTION,
                    i + 1,
                    n.projects().get(i).description());
            paragraphs(
                    w, t, at, Chapter.PROJECT_GOALS, i + 1, n.projects().get(i).goals());
        }
        paragraphs(w, t, at, Chapter.SAFEGUARDS, 0, n.safeguards());
        paragraphs(w, t, at, Chapter.OTHER_NOTES, 0, n.otherNotes());
        w.checks(t, WorkbookSheets.TEXT, at[0] - 1);
    }

    private static void paragraphs(
            SheetWriter w, XSSFSheet s, int[] r, Chapter chapter, int project, List<String> paragraphs) {
        for (String p : paragraphs) {
            w.row(s, WorkbookSheets.TEXT, r[0]++)
                    .set("章节", chapter.label)
                    .set("项目序号", project == 0 ? null : project)
                    .set("内容", p);
        }
    }

    /** Reads 绩效项目, then their indicators and paragraphs by 项目序号, and the chapters of 文字说明. */
    static Facts read(ReadContext ctx, Map<String, XSSFSheet> sheets, MoneyUnit unit) {
        record ProjectRow(int number, String name, Amount amount, SheetRow row) {}
        List<ProjectRow> projectRows = new ArrayList<>();
        Map<Integer, Integer> byNumber = new HashMap<>();
        for (SheetRow row : new SheetRows(ctx, sheets.get(PROJECTS), WorkbookSheets.PROJECTS, unit).rows()) {
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
        for (SheetRow row :
                new SheetRows(ctx, sheets.get(WorkbookLayout.INDICATORS), WorkbookSheets.INDICATORS, unit).rows()) {
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
                row.place(
                        "narrative.projects[" + project.get() + "].indicators[" + (of.size() - 1) + "]",
                        "level1",
                        "一级指标",
                        "level2",
                        "二级指标",
                        "level3",
                        "三级指标",
                        "description",
                        "指标描述",
                        "value",
                        "指标值",
                        "basis",
                        "指标值确定依据");
            });
        }
        Map<Chapter, List<String>> chapters = new EnumMap<>(Chapter.class);
        for (Chapter c : Chapter.values()) {
            chapters.put(c, new ArrayList<>());
        }
        for (SheetRow row : new SheetRows(ctx, sheets.get(WorkbookLayout.TEXT), WorkbookSheets.TEXT, unit).rows()) {
            // the duties under the names the layouts print them (上海: 部门主要职能, 单位主要职能)
            Chapter chapter =
                    List.of("部门主要职能", "单位主要职能").contains(row.text("章节").strip())
                            ? Chapter.DUTIES
                            : row.requiredWord("章节", Chapter.values(), c -> c.label);
            String text = row.text("内容");
            if (row.failed) {
                continue;
            }
            if (chapter.ofProject()) {
                Optional<Integer> project = project(row, byNumber, true);
                row.make(() -> {
                    List<String> of =
                            (chapter == Chapter.PROJECT_DESCRIPTION ? descriptions : goals).get(project.orElseThrow());
                    of.add(text);
                    ctx.locate(
                            "narrative.projects[" + project.get() + "]."
                                    + (chapter == Chapter.PROJECT_DESCRIPTION ? "description" : "goals") + "["
                                    + (of.size() - 1) + "]",
                            row.where("内容"));
                });
            } else {
                if (!row.text("项目序号").isBlank()) {
                    row.fail(
                            "项目序号",
                            "is only for the chapters " + Chapter.PROJECT_DESCRIPTION.label + " and "
                                    + Chapter.PROJECT_GOALS.label);
                }
                row.make(() -> {
                    chapters.get(chapter).add(text);
                    ctx.locate(
                            "narrative." + CHAPTER_FIELDS.get(chapter) + "["
                                    + (chapters.get(chapter).size() - 1) + "]",
                            row.where("内容"));
                });
            }
        }
        List<PerformanceProject> projects = new ArrayList<>();
        for (int i = 0; i < projectRows.size(); i++) {
            ProjectRow p = projectRows.get(i);
            int at = i;
            p.row().place("narrative.projects[" + i + "]", "name", "项目名称", "amount", "项目金额");
            p.row()
                    .make(() -> projects.add(new PerformanceProject(
                            p.name(), p.amount(), descriptions.get(at), goals.get(at), indicators.get(at))));
        }
        return new Facts(projects, chapters);
    }

    private static Optional<Integer> project(SheetRow row, Map<Integer, Integer> byNumber, boolean required) {
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
}
