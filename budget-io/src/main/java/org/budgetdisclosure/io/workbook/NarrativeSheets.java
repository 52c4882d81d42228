package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.AssetRegister;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.Institution;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.ProcurementItem;

/**
 * The sheets of the narrative (情况说明) beside the projects, written and read: 政府采购, 资产, 机构设置, 科目名称 and
 * 名词解释; reading makes the narrative of them, of {@link ProjectSheets} and of 部门信息's staff and assets.
 */
final class NarrativeSheets {

    private NarrativeSheets() {}

    // ---- writing -----------------------------------------------------------------------------------------

    /** Writes 政府采购 and 资产. */
    static void writeProcurementAndAssets(SheetWriter w, Narrative n) {
        WorkbookSheet declared = WorkbookSheets.PROCUREMENT;
        XSSFSheet s = w.sheet(declared);
        List<ProcurementItem> items = n.procurement();
        for (int i = 0; i < items.size(); i++) {
            ProcurementItem p = items.get(i);
            SheetWriter.RowOut row = w.row(s, declared, i + 1)
                    .set("单位名称", p.unitName())
                    .set("功能科目编码", p.functionCode().value())
                    .set("项目名称", p.projectName())
                    .set("项目类型", p.projectType())
                    .set("采购目录序号", p.catalogueNumber())
                    .set("采购物品名称", p.itemName())
                    .set("产品规格", p.specification())
                    .set("计量单位", p.measureUnit())
                    .set("单价", p.unitPrice())
                    .set("数量", new SheetWriter.Quantity(p.quantity()))
                    .set("金额", p.amount());
            for (Fund f : Fund.values()) {
                row.set(f.chineseName(), p.funding().get(f));
            }
        }
        w.checks(s, declared, items.size());
        AssetRegister assets = n.assets();
        s = w.sheet(WorkbookSheets.ASSETS);
        for (int i = 0; i < assets.categories().size(); i++) {
            AssetCategory c = assets.categories().get(i);
            w.row(s, WorkbookSheets.ASSETS, i + 1)
                    .set("资产类别", c.name())
                    .set("数量", c.quantity().map(SheetWriter.Quantity::new).orElse(null))
                    .set("价值", c.value());
        }
        w.checks(s, WorkbookSheets.ASSETS, assets.categories().size());
    }

    /** Writes 机构设置, 科目名称 and 名词解释. */
    static void writeInstitutionsNamesGlossary(SheetWriter w, Narrative n, Map<Code, String> names) {
        XSSFSheet s = w.sheet(WorkbookSheets.INSTITUTIONS);
        for (int i = 0; i < n.institutions().size(); i++) {
            Institution x = n.institutions().get(i);
            w.row(s, WorkbookSheets.INSTITUTIONS, i + 1)
                    .set("单位名称", x.name())
                    .set("单位性质", x.kind())
                    .set("单位规格", x.rank())
                    .set("经费保障形式", x.fundingForm());
        }
        s = w.sheet(WorkbookSheets.NAMES);
        TreeMap<String, String> sorted = new TreeMap<>();
        names.forEach((code, name) ->
                sorted.put((code.classification() == Code.Classification.FUNCTIONAL ? "1" : "2") + code.value(), name));
        int r = 0;
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            w.row(s, WorkbookSheets.NAMES, ++r)
                    .set("分类", e.getKey().startsWith("1") ? FUNCTIONAL : ECONOMIC)
                    .set("科目编码", e.getKey().substring(1))
                    .set("名称", e.getValue());
        }
        w.checks(s, WorkbookSheets.NAMES, r);
        s = w.sheet(WorkbookSheets.GLOSSARY);
        List<GlossaryEntry> glossary = n.glossary();
        for (int i = 0; i < glossary.size(); i++) {
            w.row(s, WorkbookSheets.GLOSSARY, i + 1)
                    .set("名词", glossary.get(i).term())
                    .set("解释", glossary.get(i).definition());
        }
    }

    // ---- reading -----------------------------------------------------------------------------------------

    /** Reads 科目名称 into the builder. */
    static void readNames(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit, Budget.Builder b) {
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.NAMES, unit).rows()) {
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
                code.ifPresent(c -> ctx.locate("names." + c.value(), row.where("名称")));
            } else {
                Optional<EconomicCode> code = row.economicCode("科目编码", true);
                row.make(() -> b.economicName(code.orElseThrow().value(), name));
                code.ifPresent(c -> ctx.locate("names." + c.value(), row.where("名称")));
            }
        }
    }

    /**
     * Reads the narrative: the projects and chapters ({@link ProjectSheets}), 机构设置, 政府采购, 资产 and 名词解释.
     *
     * @param department what 部门信息 states: the staff and the date of the assets
     */
    static Narrative read(ReadContext ctx, Map<String, XSSFSheet> sheets, DepartmentSheet.Facts department) {
        MoneyUnit unit = department.unit();
        ProjectSheets.Facts projects = ProjectSheets.read(ctx, sheets, unit);
        Map<Chapter, List<String>> chapters = projects.chapters();
        List<Institution> institutions = new ArrayList<>();
        for (SheetRow row : new SheetRows(ctx, sheets.get(INSTITUTIONS), WorkbookSheets.INSTITUTIONS, unit).rows()) {
            String name = row.required("单位名称");
            String kind = row.text("单位性质");
            String rank = row.text("单位规格");
            String form = row.text("经费保障形式");
            row.make(() -> {
                institutions.add(new Institution(name, kind, rank, form));
                row.place(
                        "narrative.institutions[" + (institutions.size() - 1) + "]",
                        "name",
                        "单位名称",
                        "kind",
                        "单位性质",
                        "rank",
                        "单位规格",
                        "fundingForm",
                        "经费保障形式");
            });
        }
        List<ProcurementItem> procurement = procurement(ctx, sheets.get(PROCUREMENT), unit);
        List<AssetCategory> categories = new ArrayList<>();
        for (SheetRow row : new SheetRows(ctx, sheets.get(ASSETS), WorkbookSheets.ASSETS, unit).rows()) {
            String name = row.required("资产类别");
            Optional<BigDecimal> quantity = row.number("数量");
            Amount value = row.requiredAmount("价值");
            row.make(() -> {
                categories.add(new AssetCategory(name, quantity, value));
                row.place(
                        "narrative.assets.categories[" + (categories.size() - 1) + "]",
                        "name",
                        "资产类别",
                        "quantity",
                        "数量",
                        "value",
                        "价值");
            });
        }
        Optional<Amount> plannedAcquisitions = department.plannedAcquisitions();
        AssetRegister assets = AssetRegister.none(unit);
        if (department.assetsAsOf().isPresent()) {
            assets = new AssetRegister(
                    department.assetsAsOf().get(), categories, plannedAcquisitions.orElse(Amount.zero(unit)));
        } else if (!categories.isEmpty() || plannedAcquisitions.isPresent()) {
            ctx.problem(
                    DEPARTMENT + "!B",
                    ASSETS_AS_OF + " is required when assets are stated (the date of the "
                            + "figures, such as 2021-12-31)");
        }
        List<GlossaryEntry> glossary = new ArrayList<>();
        for (SheetRow row : new SheetRows(ctx, sheets.get(GLOSSARY), WorkbookSheets.GLOSSARY, unit).rows()) {
            String term = row.required("名词");
            String definition = row.required("解释");
            row.make(() -> {
                glossary.add(new GlossaryEntry(term, definition));
                row.place("narrative.glossary[" + (glossary.size() - 1) + "]", "term", "名词", "definition", "解释");
            });
        }
        return new Narrative(
                chapters.get(Chapter.DUTIES),
                chapters.get(Chapter.INSTITUTION_OVERVIEW),
                institutions,
                department.staffing(),
                chapters.get(Chapter.OVERALL_GOALS),
                chapters.get(Chapter.SPECIAL_FUNDS),
                projects.projects(),
                chapters.get(Chapter.SAFEGUARDS),
                procurement,
                assets,
                glossary,
                chapters.get(Chapter.OTHER_NOTES));
    }

    private static List<ProcurementItem> procurement(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit) {
        List<ProcurementItem> items = new ArrayList<>();
        List<Fund> funds = List.of(Fund.values());
        for (SheetRow row : new SheetRows(ctx, sheet, WorkbookSheets.PROCUREMENT, unit).rows()) {
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
                row.amount(funds.get(i).chineseName()).ifPresent(a -> funding.put(f, a));
            }
            row.make(() -> {
                items.add(new ProcurementItem(
                        unitName,
                        code.orElseThrow(),
                        projectName,
                        projectType,
                        catalogueNumber,
                        itemName,
                        specification,
                        measureUnit,
                        unitPrice,
                        quantity.orElseThrow(),
                        amount,
                        funding));
                String at = "narrative.procurement[" + (items.size() - 1) + "]";
                row.place(
                        at,
                        "unitName",
                        "单位名称",
                        "functionCode",
                        "功能科目编码",
                        "projectName",
                        "项目名称",
                        "projectType",
                        "项目类型",
                        "catalogueNumber",
                        "采购目录序号",
                        "itemName",
                        "采购物品名称",
                        "specification",
                        "产品规格",
                        "measureUnit",
                        "计量单位",
                        "unitPrice",
                        "单价",
                        "quantity",
                        "数量",
                        "amount",
                        "金额");
                for (int k = 0; k < funds.size(); k++) {
                    ctx.locate(
                            at + ".funding." + funds.get(k).name(),
                            row.where(funds.get(k).chineseName()));
                }
                ctx.locate(at + ".funding", row.where("金额"));
            });
        }
        return items;
    }
}
