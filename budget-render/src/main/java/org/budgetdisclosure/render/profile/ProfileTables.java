package org.budgetdisclosure.render.profile;

import static org.budgetdisclosure.render.tables.TableBuilder.amount;
import static org.budgetdisclosure.render.tables.TableBuilder.centre;
import static org.budgetdisclosure.render.tables.TableBuilder.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.statements.AmountColumn;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.Row;
import org.budgetdisclosure.model.statements.RowKind;
import org.budgetdisclosure.model.statements.Statement;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.statements.ThreePublicLine;
import org.budgetdisclosure.render.document.Cell;
import org.budgetdisclosure.render.document.Table;
import org.budgetdisclosure.render.profile.ProfileSpec.ClosingRow;
import org.budgetdisclosure.render.profile.ProfileSpec.HeaderCell;
import org.budgetdisclosure.render.profile.ProfileSpec.Labelled;
import org.budgetdisclosure.render.profile.ProfileSpec.LineRow;
import org.budgetdisclosure.render.profile.TableOptions.Align;
import org.budgetdisclosure.render.profile.TableOptions.RightRows;
import org.budgetdisclosure.render.profile.TableOptions.ZeroCells;
import org.budgetdisclosure.render.tables.AmountStyle;
import org.budgetdisclosure.render.tables.ChineseNumerals;
import org.budgetdisclosure.render.tables.TableBuilder;

/**
 * Lays out the tables of a profile from its descriptor: the header rows and merges, the 序号 column and the 栏次
 * row, and the body of each layout ({@code hierarchy}, {@code summary}, {@code three-public}), reading every figure
 * from the statements. Where a table's column comes from is its descriptor's {@code columns} (or, for a summary's
 * fixed rows, its {@code figure} keys, see {@link Figures}).
 */
final class ProfileTables {

    private final Statements s;
    private final Amount zero;
    private Patterns patterns;

    ProfileTables(Statements statements) {
        this.s = statements;
        this.zero = Amount.zero(statements.budget().unit());
    }

    /**
     * @param t the table's layout
     * @param style how its figures print
     * @param patterns its texts' placeholders, {@code {unit}} that of the style
     * @return the table
     */
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
        if (t.columnNumbers()) {
            b.columnNumbers(0);
        }
        TableSpec spec = t.spec();
        if (spec instanceof TableSpec.Hierarchy h) {
            hierarchy(b, t, h);
        } else if (spec instanceof TableSpec.Summary m) {
            summary(b, t, m);
        } else if (spec instanceof TableSpec.ThreePublic p) {
            threePublic(b, t, p);
        } else if (spec instanceof TableSpec.ThreePublicRow r) {
            threePublicRow(b, r);
        } else {
            throw new IllegalStateException("a final-accounts layout in a budget profile: " + spec.layout());
        }
        t.notes().forEach(n -> b.note(patterns.expand(n)));
        return b.build().withRequired(t.required());
    }

    private Cell headerCell(HeaderCell c) {
        String text = patterns.expand(c.text());
        if (c.acrossOrOne() > 1 || c.downOrOne() > 1) {
            // a block: across, down, or both (the “三公” table's 合计 over its 预算数/决算数 pair)
            return new Cell(text, c.acrossOrOne(), c.downOrOne(), Cell.Align.CENTER);
        }
        return centre(text);
    }

    // ---- hierarchy: a statement's rows by code ---------------------------------------------------------------

    private void hierarchy(TableBuilder b, TableLayout t, TableSpec.Hierarchy h) {
        Statement<?> statement = h.statement().of(s);
        if (statement.isEmpty() && h.emptyNote() != null) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < t.widths().size(); i++) {
                cells.add(centre(""));
            }
            b.row(Table.Kind.DETAIL, 0, cells);
            if (h.totalAtBottom()) {
                // the empty table keeps its 合计 row, as Shanghai prints it
                List<Cell> total = new ArrayList<>();
                int before =
                        (t.serial() ? 1 : 0) + (h.splitCode() ? h.statement().codeLevels() : 1);
                for (int i = 0; i < before; i++) {
                    total.add(centre(""));
                }
                total.add(centre(patterns.expand(t.totalLabel(h.totalLabel()))));
                for (int i = before + 1; i < t.widths().size(); i++) {
                    total.add(Cell.of("", Cell.Align.RIGHT));
                }
                b.row(Table.Kind.TOTAL, 0, total);
            }
            b.note(patterns.expand(h.emptyNote()));
            return;
        }
        rows(b, t, h, statement);
    }

    private <C extends Enum<C>> void rows(
            TableBuilder b, TableLayout t, TableSpec.Hierarchy h, Statement<C> statement) {
        List<C> columns = columns(statement, ProfileSpec.orEmpty(h.columns()));
        int codeColumns = h.splitCode() ? h.statement().codeLevels() : 1;
        int first = t.serial() ? 1 : 0;
        b.indentColumn(first + codeColumns);
        List<Row<C>> rows = new ArrayList<>(statement.rows());
        if (h.totalAtBottom() && !rows.isEmpty() && rows.get(0).kind() == RowKind.TOTAL) {
            rows.add(rows.remove(0));
        }
        int n = 0;
        for (Row<C> row : rows) {
            List<Cell> cells = new ArrayList<>();
            if (t.serial()) {
                cells.add(centre(String.valueOf(++n)));
            }
            if (h.splitCode()) {
                String code = row.code().map(c -> c.value()).orElse("");
                for (int level = 0; level < codeColumns; level++) {
                    cells.add(Cell.of(codePart(code, level), Cell.Align.LEFT));
                }
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
            b.row(kind(row.kind()), row.level(), cells);
        }
    }

    /** The part of a code at a level: 类 the first three digits, 款 and 项 two each. */
    private static String codePart(String code, int level) {
        int from = level == 0 ? 0 : 3 + 2 * (level - 1);
        int to = level == 0 ? 3 : from + 2;
        return code.length() >= to ? code.substring(from, to) : "";
    }

    static <C extends Enum<C>> List<C> columns(Statement<C> statement, List<String> names) {
        List<C> columns = new ArrayList<>();
        for (String name : names) {
            for (C c : statement.columns()) {
                if (c.name().equals(name)) {
                    columns.add(c);
                }
            }
        }
        return columns;
    }

    // ---- summary: fixed rows on the left beside a statement's rows on the right, then closing rows ----------

    private void summary(TableBuilder b, TableLayout t, TableSpec.Summary m) {
        List<Labelled> left = ProfileSpec.orEmpty(m.left());
        ProfileSpec.RightSide side = m.right();
        boolean byType = side.rows() == RightRows.EXPENDITURE_CLASSES;
        boolean fiscal = side.rows() == RightRows.FISCAL_CLASSES;
        List<? extends Row<?>> all = byType
                ? classes(s.expenditure())
                : fiscal ? s.fiscalSummary().expenditure() : s.budgetSummary().expenditure();
        boolean withAmountsOnly = Boolean.TRUE.equals(side.withAmountsOnly());
        List<RightRow> right = new ArrayList<>();
        for (RightRow row : rightRows(side, all)) {
            if (!withAmountsOnly || row.row().amounts().values().stream().anyMatch(a -> !a.isZero())) {
                right.add(row);
            }
        }
        List<String> columns = side.columnsOrAmount();
        int lines = Math.max(left.size(), right.size());
        int n = 0;
        for (int i = 0; i < lines; i++) {
            List<Cell> cells = new ArrayList<>();
            if (t.serial()) {
                cells.add(centre(String.valueOf(++n)));
            }
            if (i < left.size()) {
                cells.add(labelCell(left.get(i), Align.LEFT));
                cells.add(amount(Figures.single(s, left.get(i).figure())));
            } else {
                cells.add(name(""));
                cells.add(amount(zero));
            }
            if (i < right.size()) {
                RightRow row = right.get(i);
                String label = Boolean.TRUE.equals(side.numbered())
                        ? ChineseNumerals.of(i + 1) + "、" + row.label()
                        : row.label();
                cells.add(name(label));
                for (String column : columns) {
                    cells.add(byType ? typeCell(byTypeRow(row.row()), column) : amount(cell(row.row(), column)));
                }
            } else {
                cells.add(name(""));
                for (int c = 0; c < columns.size(); c++) {
                    cells.add(amount(zero));
                }
            }
            b.row(Table.Kind.DETAIL, 0, cells);
        }
        for (ClosingRow closing : ProfileSpec.orEmpty(m.closing())) {
            List<Cell> cells = new ArrayList<>();
            if (t.serial()) {
                cells.add(centre(String.valueOf(++n)));
            }
            cells.add(labelCell(closing.left(), Align.CENTRE));
            cells.add(amount(Figures.single(s, closing.left().figure())));
            cells.add(labelCell(closing.right(), Align.CENTRE));
            String key = closing.right().figure();
            if (Figures.EXPENDITURE_TOTAL.equals(key)) {
                for (String column : columns) {
                    cells.add(typeCell(s.expenditure().total(), column));
                }
            } else if (Figures.isSingle(key) && columns.size() == 1) {
                cells.add(amount(Figures.single(s, key)));
            } else {
                for (String column : columns) {
                    cells.add(amount(Figures.cell(s, key, column)));
                }
            }
            b.row(kind(closing.kind()), closing.level() == null ? 0 : closing.level(), cells);
        }
    }

    /** A row of a summary's right side: its label (without numeral) and its figures. */
    private record RightRow(String label, Row<?> row) {}

    /**
     * The right side's rows: every 类 row of the statement in its order, or, where the descriptor declares its
     * rows ({@code right.classes}), those in their order with their labels (a declared 类 the statement lacks, or
     * a row without a code, has no figures), then any 类 with money that is not declared, under its own name.
     */
    private List<RightRow> rightRows(ProfileSpec.RightSide side, List<? extends Row<?>> all) {
        List<ProfileSpec.ClassRow> declared = ProfileSpec.orEmpty(side.classes());
        List<RightRow> rows = new ArrayList<>();
        if (declared.isEmpty()) {
            all.forEach(row -> rows.add(new RightRow(row.name(), row)));
            return rows;
        }
        Map<String, Row<?>> byCode = new java.util.LinkedHashMap<>();
        all.forEach(row -> byCode.put(row.codeText(), row));
        for (ProfileSpec.ClassRow c : declared) {
            Row<?> row = c.code() == null ? null : byCode.remove(c.code());
            Row<?> figures = row != null
                    ? row
                    : new Row<AmountColumn>(java.util.Optional.empty(), "", 0, RowKind.DETAIL, Map.of(), zero.unit());
            String label = c.label() != null ? patterns.expand(c.label()) : row != null ? row.name() : "";
            rows.add(new RightRow(label, figures));
        }
        for (Row<?> rest : byCode.values()) {
            if (rest.amounts().values().stream().anyMatch(a -> !a.isZero())) {
                rows.add(new RightRow(rest.name(), rest));
            }
        }
        return rows;
    }

    /** @return the 类 rows of table 3, in code order */
    private static List<Row<ExpenditureColumn>> classes(Statement<ExpenditureColumn> expenditure) {
        return expenditure.body().stream()
                .filter(r -> r.code().map(c -> c.value().length() == 3).orElse(false))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Row<ExpenditureColumn> byTypeRow(Row<?> row) {
        return (Row<ExpenditureColumn>) row;
    }

    /** A cell of table 3 by type, blank where the facts do not determine it (see {@link Figures#expenditureCell}). */
    private Cell typeCell(Row<ExpenditureColumn> row, String column) {
        return Figures.expenditureCell(s, row, column)
                .map(TableBuilder::amount)
                .orElseGet(() -> Cell.of("", Cell.Align.RIGHT));
    }

    private Amount cell(Row<?> row, String column) {
        for (var e : row.amounts().entrySet()) {
            if (e.getKey().name().equals(column)) {
                return e.getValue();
            }
        }
        return zero;
    }

    private Cell labelCell(Labelled l, Align defaultAlign) {
        return aligned(patterns.expand(l.label()), l.align() == null ? defaultAlign : l.align());
    }

    private static Cell aligned(String text, Align align) {
        return switch (align) {
            case LEFT -> name(text);
            case RIGHT -> Cell.of(text, Cell.Align.RIGHT);
            case CENTRE -> centre(text);
        };
    }

    // ---- three-public: the “三公” lines by key ----------------------------------------------------------------

    private void threePublic(TableBuilder b, TableLayout t, TableSpec.ThreePublic p) {
        Statement<org.budgetdisclosure.model.statements.FundColumn> statement = s.threePublic();
        var columns = columns(statement, ProfileSpec.orEmpty(p.columns()));
        var total = s.threePublicRow(ThreePublicLine.TOTAL);
        b.indentColumn(t.serial() ? 1 : 0);
        int n = 0;
        for (LineRow line : ProfileSpec.orEmpty(p.rows())) {
            var row = s.threePublicRow(line.line());
            List<Cell> cells = new ArrayList<>();
            if (t.serial()) {
                cells.add(centre(String.valueOf(++n)));
            }
            cells.add(aligned(patterns.expand(line.label()), line.align() == null ? Align.LEFT : line.align()));
            for (var c : columns) {
                boolean zeroShown = p.zeroCells() == ZeroCells.WHERE_COLUMN_USED
                        && !total.get(c).isZero();
                cells.add(amount(row.get(c), zeroShown));
            }
            b.row(kind(row.kind()), line.level() == null ? 0 : line.level(), cells);
        }
    }

    // ---- three-public-row: the “三公” lines as the columns of one row (Shanghai's table 9) -----------------------

    /** The column of the stated 机关运行经费 in a {@code three-public-row} table. */
    static final String OPERATING_COSTS = "OPERATING_COSTS";

    private void threePublicRow(TableBuilder b, TableSpec.ThreePublicRow r) {
        List<Cell> cells = new ArrayList<>();
        for (String column : ProfileSpec.orEmpty(r.columns())) {
            if (OPERATING_COSTS.equals(column)) {
                // a stated fact: absent prints blank (and is the finding profile.requires), never a computed
                // substitute such as 公用经费
                cells.add(operatingCosts().map(TableBuilder::amount).orElseGet(() -> Cell.of("", Cell.Align.RIGHT)));
            } else {
                cells.add(amount(s.threePublicRow(ThreePublicLine.valueOf(column))
                        .get(org.budgetdisclosure.model.statements.FundColumn.TOTAL)));
            }
        }
        b.row(Table.Kind.DETAIL, 0, cells);
    }

    /**
     * @return the 机关运行经费 the budget states; zero for a department whose kind has none (a 事业单位 not managed
     *     under the civil servant law: "无机关运行经费"); empty when a department that has it does not state it
     */
    private java.util.Optional<Amount> operatingCosts() {
        if (s.budget().operatingCosts().isEmpty()
                && !s.budget().department().kind().hasOperatingCosts()) {
            return java.util.Optional.of(zero);
        }
        return s.budget().operatingCosts();
    }

    private static Table.Kind kind(RowKind kind) {
        return switch (kind) {
            case TOTAL -> Table.Kind.TOTAL;
            case SUBTOTAL -> Table.Kind.SUBTOTAL;
            case DETAIL -> Table.Kind.DETAIL;
        };
    }
}
