package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.FinalWorkbookSheets.*;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.finalaccounts.CompositionEntry;
import org.budgetdisclosure.model.finalaccounts.FinalAccountsBuilder;
import org.budgetdisclosure.model.finalaccounts.FinalRevenueSource;
import org.budgetdisclosure.model.finalaccounts.FundBalance;
import org.budgetdisclosure.model.finalaccounts.LastYear;
import org.budgetdisclosure.model.finalaccounts.LastYearFigure;
import org.budgetdisclosure.model.finalaccounts.LineBudget;
import org.budgetdisclosure.model.finalaccounts.RevenueLine;
import org.budgetdisclosure.model.finalaccounts.SpendingLine;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.ThreePublicOutturn;

/**
 * Reads the list sheets of the final-accounts workbook (收入决算, 支出决算, 财政拨款结转结余, 基本支出经济分类, 经费划分,
 * “三公”经费, 年初预算, 上年数), each row a fact given to the builder once the department is known.
 */
final class FinalWorkbookLines {

    private FinalWorkbookLines() {}

    private static List<SheetRow> rows(
            ReadContext ctx, Map<String, XSSFSheet> sheets, WorkbookSheet declared, MoneyUnit unit) {
        return new SheetRows(ctx, sheets.get(declared.name()), declared, unit).rows();
    }

    static void read(
            ReadContext ctx,
            Map<String, XSSFSheet> sheets,
            MoneyUnit unit,
            List<Consumer<FinalAccountsBuilder>> facts) {
        int[] n = new int[8];
        for (SheetRow row : rows(ctx, sheets, REVENUES, unit)) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            FinalRevenueSource source =
                    row.requiredWord("收入来源", FinalRevenueSource.values(), FinalRevenueSource::chineseName);
            Amount amount = row.requiredAmount("金额");
            row.make(() -> {
                RevenueLine line = new RevenueLine(code.orElseThrow(), source, amount);
                facts.add(b -> b.revenue(line));
                row.place("revenues[" + n[0]++ + "]", "functionCode", "功能科目编码", "source", "收入来源", "amount", "金额");
            });
        }
        for (SheetRow row : rows(ctx, sheets, SPENDING, unit)) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            ExpenditureType type = row.requiredWord("支出类型", ExpenditureType.values(), ExpenditureType::chineseName);
            Fund fund = row.requiredWord("资金性质", Fund.values(), Fund::chineseName);
            Amount amount = row.requiredAmount("金额");
            row.make(() -> {
                SpendingLine line = new SpendingLine(code.orElseThrow(), type, fund, amount);
                facts.add(b -> b.spending(line));
                row.place(
                        "spending[" + n[1]++ + "]",
                        "functionCode",
                        "功能科目编码",
                        "type",
                        "支出类型",
                        "fund",
                        "资金性质",
                        "amount",
                        "金额");
            });
        }
        for (SheetRow row : rows(ctx, sheets, FUND_BALANCES, unit)) {
            Fund fund = row.requiredWord("资金性质", Fund.values(), Fund::chineseName);
            Optional<FunctionCode> code = row.functionCode("功能科目编码", false);
            Amount opening = row.requiredAmount("年初结转和结余");
            Amount closing = row.requiredAmount("年末结转和结余");
            row.make(() -> {
                FundBalance balance = new FundBalance(fund, code, opening, closing);
                facts.add(b -> b.fundBalance(balance));
                row.place(
                        "fundBalances[" + n[2]++ + "]",
                        "fund",
                        "资金性质",
                        "functionCode",
                        "功能科目编码",
                        "opening",
                        "年初结转和结余",
                        "closing",
                        "年末结转和结余");
            });
        }
        for (SheetRow row : rows(ctx, sheets, BASIC, unit)) {
            Optional<EconomicCode> code = row.economicCode("经济科目编码", true);
            Amount amount = row.requiredAmount("金额");
            row.make(() -> {
                BasicExpenditure line = new BasicExpenditure(code.orElseThrow(), amount);
                facts.add(b -> b.basic(line));
                row.place("basicExpenditures[" + n[3]++ + "]", "economicCode", "经济科目编码", "amount", "金额");
            });
        }
        CostClassAssignment classes = LineSheets.costClasses(rows(ctx, sheets, COST_CLASSES, unit));
        facts.add(b -> b.costClasses(classes));
        for (SheetRow row : rows(ctx, sheets, THREE_PUBLIC, unit)) {
            ThreePublicHeading item =
                    row.requiredWord("项目", ThreePublicHeading.values(), ThreePublicHeading::chineseName);
            Amount budgeted = row.requiredAmount("预算数");
            Amount spent = row.requiredAmount("决算数");
            row.make(() -> {
                ThreePublicOutturn t = new ThreePublicOutturn(item, budgeted, spent);
                facts.add(b -> b.threePublic(t));
                row.place("threePublic[" + n[4]++ + "]", "item", "项目", "budgeted", "预算数", "spent", "决算数");
            });
        }
        for (SheetRow row : rows(ctx, sheets, LINE_BUDGETS, unit)) {
            Optional<FunctionCode> code = row.functionCode("功能科目编码", true);
            Amount opening = row.requiredAmount("年初预算数");
            String usedFor = row.required("主要用于");
            String reason = row.text("调整原因");
            row.make(() -> {
                LineBudget line = new LineBudget(
                        code.orElseThrow(),
                        opening,
                        usedFor,
                        reason.isBlank() ? Optional.empty() : Optional.of(reason));
                facts.add(b -> b.lineBudget(line));
                row.place(
                        "lineBudgets[" + n[5]++ + "]",
                        "functionCode",
                        "功能科目编码",
                        "openingBudget",
                        "年初预算数",
                        "usedFor",
                        "主要用于",
                        "reason",
                        "调整原因");
            });
        }
        Map<LastYearFigure, Amount> figures = new EnumMap<>(LastYearFigure.class);
        Map<LastYearFigure, String> reasons = new EnumMap<>(LastYearFigure.class);
        Map<String, LastYearFigure> byLabel = new HashMap<>();
        for (LastYearFigure f : LastYearFigure.values()) {
            byLabel.put(f.chineseName(), f);
        }
        for (SheetRow row : rows(ctx, sheets, LAST_YEAR, unit)) {
            String label = row.text("项目").strip();
            LastYearFigure f = byLabel.get(label);
            if (f == null) {
                row.fail(
                        "项目",
                        "must be one of the labels "
                                + String.join(
                                        ", ", byLabel.keySet().stream().sorted().toList()) + ", found \"" + label
                                + "\"");
                continue;
            }
            row.amount("上年数").ifPresent(a -> figures.put(f, a));
            String reason = row.text("增减原因");
            if (!reason.isBlank()) {
                reasons.put(f, reason);
            }
            ctx.locate("lastYear.figures." + f.name(), row.where("上年数"));
            ctx.locate("lastYear.reasons." + f.name(), row.where("增减原因"));
        }
        if (!figures.isEmpty() || !reasons.isEmpty()) {
            facts.add(b -> b.lastYear(new LastYear(figures, reasons)));
        }
        readNarrative(ctx, sheets, unit, facts);
    }

    /** Reads 主要职能, 决算单位构成 and 科目名称. */
    private static void readNarrative(
            ReadContext ctx,
            Map<String, XSSFSheet> sheets,
            MoneyUnit unit,
            List<Consumer<FinalAccountsBuilder>> facts) {
        int[] n = new int[2];
        for (SheetRow row : rows(ctx, sheets, DUTIES, unit)) {
            String duty = row.required("内容");
            row.make(() -> {
                facts.add(b -> b.duty(duty));
                ctx.locate("duties[" + n[0]++ + "]", row.where("内容"));
            });
        }
        for (SheetRow row : rows(ctx, sheets, COMPOSITION, unit)) {
            String name = row.required("单位名称");
            String note = row.text("备注").strip();
            row.make(() -> {
                CompositionEntry entry = new CompositionEntry(name, note);
                facts.add(b -> b.composition(entry));
                row.place("composition[" + n[1]++ + "]", "name", "单位名称", "note", "备注");
            });
        }
        for (SheetRow row : rows(ctx, sheets, NAMES, unit)) {
            String kind = row.required("分类");
            String name = row.required("名称");
            if (!row.failed && !kind.equals(WorkbookLayout.FUNCTIONAL) && !kind.equals(WorkbookLayout.ECONOMIC)) {
                row.fail(
                        "分类",
                        "must be " + WorkbookLayout.FUNCTIONAL + " or " + WorkbookLayout.ECONOMIC + ", found \"" + kind
                                + "\"");
            }
            if (row.failed) {
                continue;
            }
            Optional<? extends Code> code = kind.equals(WorkbookLayout.FUNCTIONAL)
                    ? row.functionCode("科目编码", true)
                    : row.economicCode("科目编码", true);
            row.make(() -> {
                Code c = code.orElseThrow();
                facts.add(b -> b.name(c, name));
                ctx.locate("names." + c.value(), row.where("名称"));
            });
        }
    }
}
