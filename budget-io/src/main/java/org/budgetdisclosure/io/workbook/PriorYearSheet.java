package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.*;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Comparison;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorThreePublic;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ThreePublicItem;

/**
 * 上年数, written and read: labelled rows of last year's figures (上年预算数) and the reasons of the changes (增减原因),
 * or, where no other figure of last year is stated, last year's “三公” alone.
 */
final class PriorYearSheet {

    private PriorYearSheet() {}

    private static final WorkbookSheet DECLARED = WorkbookSheets.PRIOR_YEAR;

    /**
     * The rows of the sheet: a layout publishing 因公出国（境）费 as one item has no rows of its two items, the group's
     * row holding 其他因公出国（境）费.
     */
    private static List<PriorRow> rows(boolean oneOverseasItem) {
        return PRIOR_ROWS.stream()
                .filter(p -> !oneOverseasItem
                        || p.item()
                                .map(i -> i.group() != ThreePublicItem.Group.OVERSEAS)
                                .orElse(true))
                .map(p -> oneOverseasItem
                                && p.reason()
                                        .filter(c -> c == Comparison.OVERSEAS)
                                        .isPresent()
                        ? new PriorRow(p.label(), p.amount(), Optional.of(ThreePublicItem.OVERSEAS_OTHER), p.reason())
                        : p)
                .toList();
    }

    /** Writes 上年数: last year's figures, or (where none are stated) last year's “三公” alone on their rows. */
    static void write(
            SheetWriter w, Optional<PriorYear> prior, Optional<PriorThreePublic> threePublic, boolean oneOverseasItem) {
        XSSFSheet s = w.sheet(DECLARED);
        List<PriorRow> rows = rows(oneOverseasItem);
        for (int i = 0; i < rows.size(); i++) {
            PriorRow p = rows.get(i);
            SheetWriter.RowOut row = w.row(s, DECLARED, i + 1).label("项目", p.label());
            if (prior.isPresent()) {
                PriorYear y = prior.get();
                Object amount = p.amount()
                        .map(field -> (Object)
                                switch (field) {
                                    case PRIOR_TOTAL -> y.total();
                                    case PRIOR_PERSONNEL -> y.personnel();
                                    case PRIOR_PUBLIC_USE -> y.publicUse();
                                    default -> y.project();
                                })
                        .orElse(p.item()
                                .map(item -> (Object) y.threePublic().get(item))
                                .orElse(null));
                row.set("上年数", amount).set("增减原因", p.reason().flatMap(y::reason).orElse(null));
            } else if (threePublic.isPresent()) {
                PriorThreePublic y = threePublic.get();
                row.set(
                                "上年数",
                                p.item()
                                        .map(item -> (Object) y.amounts().get(item))
                                        .orElse(null))
                        .set("增减原因", p.reason().flatMap(y::reason).orElse(null));
            }
        }
        w.checks(s, DECLARED, rows.size());
    }

    /**
     * Reads 上年数: last year's figures go to the builder; last year's “三公” alone are returned.
     *
     * @return last year's “三公”, where they are the only figures of last year stated
     */
    static Optional<PriorThreePublic> read(ReadContext ctx, XSSFSheet sheet, MoneyUnit unit, Budget.Builder b) {
        SheetRows rows = new SheetRows(ctx, sheet, DECLARED, unit);
        Map<String, SheetRow> byLabel = new HashMap<>();
        ctx.locate("priorYear", PRIOR_YEAR);
        for (SheetRow row : rows.rows()) {
            byLabel.putIfAbsent(row.text("项目").strip(), row);
        }
        if (!rows.complete) {
            return Optional.empty();
        }
        Map<String, Amount> amounts = new HashMap<>();
        Map<ThreePublicItem, Amount> items = new EnumMap<>(ThreePublicItem.class);
        Map<Comparison, String> reasons = new EnumMap<>(Comparison.class);
        boolean any = false;
        SheetRow first = null;
        // a workbook of a layout publishing 因公出国（境）费 as one item has no rows of its two items: the group's row
        // holds 其他因公出国（境）费
        boolean oneOverseasItem = PRIOR_ROWS.stream()
                .filter(p -> p.item()
                        .map(i -> i.group() == ThreePublicItem.Group.OVERSEAS)
                        .orElse(false))
                .noneMatch(p -> byLabel.containsKey(p.label()));
        List<PriorRow> priorRows = PRIOR_ROWS.stream()
                .map(p -> oneOverseasItem
                                && p.reason()
                                        .filter(c -> c == Comparison.OVERSEAS)
                                        .isPresent()
                        ? new PriorRow(p.label(), p.amount(), Optional.of(ThreePublicItem.OVERSEAS_OTHER), p.reason())
                        : p)
                .toList();
        for (PriorRow p : priorRows) {
            SheetRow row = byLabel.get(p.label());
            if (row == null) {
                continue;
            }
            first = first == null ? row : first;
            p.amount().ifPresent(a -> ctx.locate("priorYear." + a, row.where("上年数")));
            p.item().ifPresent(i -> ctx.locate("priorYear.threePublic." + i.name(), row.where("上年数")));
            p.reason().ifPresent(c -> ctx.locate("priorYear.reasons." + c.name(), row.where("增减原因")));
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
                    row.fail(
                            "增减原因",
                            "is not taken for this row (" + p.label() + "): state it on the row of its " + "group");
                }
            }
        }
        if (!any) {
            return Optional.empty();
        }
        boolean threePublicOnly = amounts.isEmpty()
                && reasons.keySet().stream().allMatch(c -> c.ordinal() >= Comparison.THREE_PUBLIC.ordinal());
        if (threePublicOnly && first != null) {
            // last year's “三公” alone (Shanghai publishes no 人员经费/公用经费/项目支出 of last year)
            ctx.locate("narrative.priorThreePublic", PRIOR_YEAR);
            for (PriorRow p : priorRows) {
                SheetRow row = byLabel.get(p.label());
                if (row != null) {
                    p.item()
                            .ifPresent(i ->
                                    ctx.locate("narrative.priorThreePublic.amounts." + i.name(), row.where("上年数")));
                    p.reason()
                            .ifPresent(c ->
                                    ctx.locate("narrative.priorThreePublic.reasons." + c.name(), row.where("增减原因")));
                }
            }
            List<PriorThreePublic> made = new java.util.ArrayList<>(1);
            first.make(() -> made.add(new PriorThreePublic(items, reasons)));
            return made.stream().findFirst();
        }
        for (PriorRow p : PRIOR_ROWS) {
            if (p.amount().isPresent() && !amounts.containsKey(p.amount().get())) {
                SheetRow row = byLabel.get(p.label());
                if (row == null) {
                    ctx.problem(PRIOR_YEAR + "!A", "the row " + p.label() + " is missing: last year's figures need it");
                } else if (!row.failed) {
                    row.fail("上年数", "(" + p.label() + ") is required when last year's figures are given");
                }
            }
        }
        if (amounts.size() == 4 && first != null) {
            first.make(() -> b.priorYear(new PriorYear(
                    amounts.get(PRIOR_TOTAL),
                    amounts.get(PRIOR_PERSONNEL),
                    amounts.get(PRIOR_PUBLIC_USE),
                    amounts.get(PRIOR_PROJECT),
                    items,
                    reasons)));
        }
        return Optional.empty();
    }
}
