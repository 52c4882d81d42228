package org.budgetdisclosure.render.profile;

import static org.budgetdisclosure.render.tables.TableBuilder.amount;
import static org.budgetdisclosure.render.tables.TableBuilder.centre;
import static org.budgetdisclosure.render.tables.TableBuilder.name;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.finalaccounts.ThreePublicHeading;
import org.budgetdisclosure.model.finalaccounts.statements.BasicColumn;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatement;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.statements.FiscalColumn;
import org.budgetdisclosure.model.finalaccounts.statements.ThreePublicStatement;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.RowKind;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.profile.ProfileSpec.ClosingRow;
import org.budgetdisclosure.render.profile.ProfileSpec.HeaderCell;
import org.budgetdisclosure.render.profile.ProfileSpec.Labelled;
import org.budgetdisclosure.render.tables.AmountStyle;
import org.budgetdisclosure.render.tables.TableBuilder;

/**
 * Lays out the tables of a final-accounts (部门决算) profile from its descriptor, reading every figure from the
 * {@link FinalStatements}: {@code final-summary} (收入支出决算总表: fixed revenue rows beside the 类 the descriptor
 * lists, then closing rows), {@code final-fiscal-summary} (财政拨款收入支出决算总表: the same with a column per fund),
 * {@code final-hierarchy} (a statement's rows by code), {@code final-basic} (基本支出决算表: blocks of economic 类 and
 * their 款 side by side, closing rows at the foot) and {@code final-three-public} (the “三公” items as 预算数 / 决算数
 * pairs in one row). Computes nothing: the figures are the statements'.
 */
final class FinalTables {

    private final FinalStatements s;
    private final Amount zero;
    private Patterns patterns;

    FinalTables(FinalStatements statements) {
        this.s = statements;
        this.zero = Amount.zero(statements.accounts().unit());
    }

    Table table(TableLayout t, AmountStyle style, Patterns patterns) {
        this.patterns = patterns;
        TableBuilder b = new TableBuilder("table-" + t.number(), patterns.expand(t.title()))
                .amountStyle(style)
                .headings(t.heading().stream().map(patterns::expand).toArray(String[]::new))
                .landscape(t.landscape())
                .outline(t.outline())
                .widths(t.widths().toArray(Integer[]::new));
        for (List<HeaderCell> row : t.header()) {
            b.header(row.stream().map(this::headerCell).toArray(Cell[]::new));
        }
        TableSpec spec = t.spec();
        if (spec instanceof TableSpec.FinalSummary m) {
            summary(b, m.left(), m.right(), m.closing(), false);
        } else if (spec instanceof TableSpec.FinalFiscalSummary m) {
            summary(b, m.left(), m.right(), m.closing(), true);
        } else if (spec instanceof TableSpec.FinalHierarchy h) {
            rows(b, t, h, h.statement().of(s));
        } else if (spec instanceof TableSpec.FinalBasic k) {
            basic(b, k);
        } else if (spec instanceof TableSpec.FinalThreePublic p) {
            threePublic(b, p);
        } else {
            throw new IllegalStateException("a budget layout in a final-accounts profile: " + spec.layout());
        }
        t.notes().forEach(n -> b.note(patterns.expand(n)));
        if (spec instanceof TableSpec.FinalHierarchy h
                && h.emptyNote() != null
                && h.statement().of(s).isEmpty()) {
            // 说明：…本年度没有…故本表无数据, under the table's own note
            b.note(patterns.expand(h.emptyNote()));
        }
        return b.build();
    }

    private Cell headerCell(HeaderCell c) {
        String text = patterns.expand(c.text());
        if (c.acrossOrOne() > 1 || c.downOrOne() > 1) {
            // a block: across, down, or both (the “三公” table's 合计 over its 预算数/决算数 pair)
            return new Cell(text, c.acrossOrOne(), c.downOrOne(), Cell.Align.CENTER);
        }
        return centre(text);
    }

    private static Cell blank() {
        return Cell.of("", Cell.Align.RIGHT);
    }

    // ---- final-summary and final-fiscal-summary --------------------------------------------------------------

    /** A row of the right side: its label and its figures by column name. */
    private record RightRow(String label, Map<String, Amount> figures) {}

    private void summary(
            TableBuilder b,
            List<Labelled> lefts,
            ProfileSpec.RightSide side,
            List<ClosingRow> closings,
            boolean fiscal) {
        List<Labelled> left = ProfileSpec.orEmpty(lefts);
        List<String> columns = fiscal ? side.columnsOrAmount() : List.of("AMOUNT");
        List<RightRow> right = rightRows(side, fiscal);
        int lines = Math.max(left.size(), right.size());
        for (int i = 0; i < lines; i++) {
            List<Cell> cells = new ArrayList<>();
            if (i < left.size()) {
                cells.add(name(patterns.expand(left.get(i).label())));
                cells.add(single(left.get(i)));
            } else {
                cells.add(name(""));
                cells.add(blank());
            }
            if (i < right.size()) {
                cells.add(name(right.get(i).label()));
                for (String c : columns) {
                    cells.add(amount(right.get(i).figures().getOrDefault(c, zero)));
                }
            } else {
                cells.add(name(""));
                columns.forEach(c -> cells.add(blank()));
            }
            b.row(Table.Kind.DETAIL, 0, cells);
        }
        for (ClosingRow closing : ProfileSpec.orEmpty(closings)) {
            List<Cell> cells = new ArrayList<>();
            cells.add(label(closing.left()));
            cells.add(closing.left() == null ? blank() : single(closing.left()));
            cells.add(label(closing.right()));
            Labelled r = closing.right();
            String key = r == null ? null : r.figure();
            if (key != null && FinalFigures.rows().contains(key)) {
                for (String c : columns) {
                    cells.add(FinalFigures.cell(s, key, c)
                            .map(TableBuilder::amount)
                            .orElseGet(FinalTables::blank));
                }
            } else {
                cells.add(r == null ? blank() : single(r));
                for (int c = 1; c < columns.size(); c++) {
                    cells.add(blank());
                }
            }
            b.row(closing.kind() == RowKind.TOTAL ? Table.Kind.TOTAL : Table.Kind.DETAIL, 0, cells);
        }
    }

    private Cell label(Labelled l) {
        if (l == null) {
            return name("");
        }
        String text = patterns.expand(l.label());
        return l.align() == TableOptions.Align.CENTRE ? centre(text) : name(text);
    }

    private Cell single(Labelled l) {
        return l.figure() == null ? blank() : amount(FinalFigures.single(s, l.figure()));
    }

    /**
     * The 类 the descriptor lists, in its order and with its labels, then any 类 with money it does not list,
     * under the catalogue's name.
     */
    private List<RightRow> rightRows(ProfileSpec.RightSide side, boolean fiscal) {
        Map<String, RightRow> byCode = new LinkedHashMap<>();
        if (fiscal) {
            for (Row<FiscalColumn> row : s.fiscalSummary().classes().body()) {
                Map<String, Amount> figures = new LinkedHashMap<>();
                row.amounts().forEach((c, a) -> figures.put(c.name(), a));
                byCode.put(row.codeText(), new RightRow(row.name(), figures));
            }
        } else {
            for (Map.Entry<FunctionCode, Amount> e : s.summary().classes().entrySet()) {
                byCode.put(e.getKey().value(), new RightRow(s.name(e.getKey()), Map.of("AMOUNT", e.getValue())));
            }
        }
        List<RightRow> rows = new ArrayList<>();
        for (ProfileSpec.ClassRow c : ProfileSpec.orEmpty(side.classes())) {
            RightRow row = c.code() == null ? null : byCode.remove(c.code());
            String label = c.label() != null ? patterns.expand(c.label()) : row != null ? row.label() : "";
            rows.add(new RightRow(label, row == null ? Map.of() : row.figures()));
        }
        for (RightRow rest : byCode.values()) {
            if (rest.figures().values().stream().anyMatch(a -> !a.isZero())) {
                rows.add(rest);
            }
        }
        return rows;
    }

    // ---- final-hierarchy ---------------------------------------------------------------------------------------

    private <C extends Enum<C>> void rows(
            TableBuilder b, TableLayout t, TableSpec.FinalHierarchy h, FinalStatement<C> statement) {
        List<C> columns = new ArrayList<>();
        for (String wanted : ProfileSpec.orEmpty(h.columns())) {
            statement.columns().stream().filter(c -> c.name().equals(wanted)).forEach(columns::add);
        }
        int codeColumns = h.splitCode() ? 3 : 1;
        b.indentColumn(codeColumns);
        List<Row<C>> rows = new ArrayList<>(statement.rows());
        if (statement.isEmpty()) {
            // an empty table keeps its frame: a blank row above its 合计
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < t.widths().size(); i++) {
                cells.add(centre(""));
            }
            b.row(Table.Kind.DETAIL, 0, cells);
        }
        if (h.totalAtBottom() && !rows.isEmpty() && rows.get(0).kind() == RowKind.TOTAL) {
            rows.add(rows.remove(0));
        }
        for (Row<C> row : rows) {
            List<Cell> cells = new ArrayList<>();
            if (h.splitCode()) {
                String code = row.codeText();
                cells.add(Cell.of(code.length() >= 3 ? code.substring(0, 3) : "", Cell.Align.LEFT));
                cells.add(Cell.of(code.length() >= 5 ? code.substring(3, 5) : "", Cell.Align.LEFT));
                cells.add(Cell.of(code.length() >= 7 ? code.substring(5, 7) : "", Cell.Align.LEFT));
            } else {
                cells.add(Cell.of(row.codeText(), Cell.Align.LEFT));
            }
            cells.add(
                    row.kind() == RowKind.TOTAL
                            ? centre(patterns.expand(t.totalLabel(h.totalLabel())))
                            : name(row.name()));
            for (C column : columns) {
                cells.add(amount(row.get(column)));
            }
            b.row(row.kind() == RowKind.TOTAL ? Table.Kind.TOTAL : Table.Kind.DETAIL, row.level(), cells);
        }
    }

    // ---- final-basic: blocks of economic 类 side by side --------------------------------------------------------

    private void basic(TableBuilder b, TableSpec.FinalBasic k) {
        List<List<Row<BasicColumn>>> blocks = new ArrayList<>();
        for (List<String> classes : ProfileSpec.orEmpty(k.blocks())) {
            List<Row<BasicColumn>> block = new ArrayList<>();
            for (String c : classes) {
                for (var row : s.basicStatement().table().body()) {
                    if (row.codeText().startsWith(c)) {
                        block.add(row);
                    }
                }
            }
            blocks.add(block);
        }
        int lines = blocks.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < lines; i++) {
            List<Cell> cells = new ArrayList<>();
            for (List<Row<BasicColumn>> block : blocks) {
                if (i < block.size()) {
                    Row<BasicColumn> row = block.get(i);
                    cells.add(Cell.of(row.codeText(), Cell.Align.LEFT));
                    cells.add(name(row.name()));
                    cells.add(amount(row.get(BasicColumn.AMOUNT)));
                } else {
                    cells.add(name(""));
                    cells.add(name(""));
                    cells.add(blank());
                }
            }
            b.row(Table.Kind.DETAIL, 0, cells);
        }
        for (ClosingRow closing : ProfileSpec.orEmpty(k.closing())) {
            List<Cell> cells = new ArrayList<>();
            for (Labelled l : new Labelled[] {closing.left(), closing.right()}) {
                cells.add(name(""));
                cells.add(l == null ? name("") : centre(patterns.expand(l.label())));
                cells.add(l == null ? blank() : single(l));
            }
            b.row(Table.Kind.TOTAL, 0, cells);
        }
    }

    // ---- final-three-public: 预算数 / 决算数 pairs in one row ----------------------------------------------------

    /** The items of a {@code final-three-public} table. */
    static final Set<String> THREE_PUBLIC_COLUMNS =
            Set.of("TOTAL", "VEHICLES", "OVERSEAS", "VEHICLE_PURCHASE", "VEHICLE_OPERATION", "RECEPTION");

    private void threePublic(TableBuilder b, TableSpec.FinalThreePublic p) {
        ThreePublicStatement tp = s.threePublicStatement();
        List<Cell> cells = new ArrayList<>();
        for (String column : ProfileSpec.orEmpty(p.columns())) {
            switch (column) {
                case "TOTAL" -> {
                    cells.add(amount(tp.totalBudgeted()));
                    cells.add(amount(tp.totalSpent()));
                }
                case "VEHICLES" -> {
                    cells.add(amount(tp.vehiclesBudgeted()));
                    cells.add(amount(tp.vehiclesSpent()));
                }
                default -> {
                    ThreePublicHeading item = ThreePublicHeading.valueOf(column);
                    cells.add(amount(tp.budgeted().get(item)));
                    cells.add(amount(tp.spent().get(item)));
                }
            }
        }
        b.row(Table.Kind.DETAIL, 0, cells);
    }

    /**
     * The 部门决算单位构成 of 第一部分: 序号 | 单位名称 | 备注, a row for each unit the accounts list (stated, else the
     * department's units in their order).
     *
     * @param statements the statements
     * @return the table, for the narrative's {@code <@table name="composition"/>}
     */
    static Table composition(FinalStatements statements) {
        var entries = statements.original().composition().isEmpty()
                ? statements.accounts().composition()
                : statements.original().composition();
        TableBuilder b = new TableBuilder("composition", "纳入部门决算编制范围的单位")
                .outline(0)
                .widths(10, 50, 40)
                .header(centre("序号"), centre("单位名称"), centre("备注"));
        int n = 0;
        for (var e : entries) {
            b.row(Table.Kind.DETAIL, 0, List.of(centre(String.valueOf(++n)), name(e.name()), name(e.note())));
        }
        return b.build();
    }
}
