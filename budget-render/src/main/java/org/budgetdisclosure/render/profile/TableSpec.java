package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.budgetdisclosure.render.profile.ProfileSpec.ClosingRow;
import org.budgetdisclosure.render.profile.ProfileSpec.HeaderCell;
import org.budgetdisclosure.render.profile.ProfileSpec.Labelled;
import org.budgetdisclosure.render.profile.ProfileSpec.LineRow;
import org.budgetdisclosure.render.profile.ProfileSpec.RightSide;
import org.budgetdisclosure.render.profile.ProfileSpec.StyleSpec;
import org.budgetdisclosure.render.profile.TableOptions.BudgetStatement;
import org.budgetdisclosure.render.profile.TableOptions.CodeColumns;
import org.budgetdisclosure.render.profile.TableOptions.FinalStatement;
import org.budgetdisclosure.render.profile.TableOptions.TotalRow;
import org.budgetdisclosure.render.profile.TableOptions.ZeroCells;

/**
 * One table of a descriptor, as read: a record per layout, chosen by the table's {@code layout} key. The fields
 * every layout has are declared here; each record adds its own. Absent optional fields are {@code null} here only:
 * {@link TableLayout} applies the defaults, and the checks ({@link TableChecks}, {@link FinalTableChecks}) refuse
 * what a layout lacks.
 *
 * <p>The fields common to every layout: {@code id} (unique, the table's anchor), {@code number} (its number
 * among the tables), {@code title} (a pattern), {@code heading} (the lines above it, overriding the default),
 * {@code landscape}, {@code serial} (a 序号 column), {@code columnNumbers} (a 栏次 row), {@code widths} (relative,
 * one per column), {@code header} (the header rows), {@code amounts} (how it prints amounts, overriding the
 * profile's table style), {@code required} (printed even when empty; true unless {@code false}) and {@code notes}
 * (printed under it whatever its rows).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "layout")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TableSpec.Hierarchy.class, name = "hierarchy"),
    @JsonSubTypes.Type(value = TableSpec.Summary.class, name = "summary"),
    @JsonSubTypes.Type(value = TableSpec.ThreePublic.class, name = "three-public"),
    @JsonSubTypes.Type(value = TableSpec.ThreePublicRow.class, name = "three-public-row"),
    @JsonSubTypes.Type(value = TableSpec.FinalHierarchy.class, name = "final-hierarchy"),
    @JsonSubTypes.Type(value = TableSpec.FinalSummary.class, name = "final-summary"),
    @JsonSubTypes.Type(value = TableSpec.FinalFiscalSummary.class, name = "final-fiscal-summary"),
    @JsonSubTypes.Type(value = TableSpec.FinalBasic.class, name = "final-basic"),
    @JsonSubTypes.Type(value = TableSpec.FinalThreePublic.class, name = "final-three-public")
})
public sealed interface TableSpec permits TableSpec.BudgetTable, TableSpec.FinalTable, TableSpec.Unread {

    /** @return the layout's word in a descriptor, such as {@code hierarchy} or {@code final-basic} */
    String layout();

    /** @return the table's id, unique */
    String id();

    /** @return its number among the tables */
    Integer number();

    /** @return its title (a pattern) */
    String title();

    /** @return the lines above it, overriding the default */
    List<String> heading();

    /** @return whether it takes a landscape page, overriding the default */
    Boolean landscape();

    /** @return whether it has a 序号 column, overriding the default */
    Boolean serial();

    /** @return whether it has a 栏次 row, overriding the default */
    Boolean columnNumbers();

    /** @return its relative column widths, one per column */
    List<Integer> widths();

    /** @return its header rows */
    List<List<HeaderCell>> header();

    /** @return how it prints amounts, overriding the profile's table style */
    StyleSpec amounts();

    /** @return whether it is printed even when empty; true unless {@code false} */
    Boolean required();

    /** @return the notes printed under it (patterns) */
    List<String> notes();

    /** A table of a budget's layout (部门预算). */
    sealed interface BudgetTable extends TableSpec {}

    /** A table of a final-accounts layout (部门决算, {@code family: final-accounts}). */
    sealed interface FinalTable extends TableSpec {}

    /**
     * {@code hierarchy}: A statement's rows by code (部门预算's tables 2, 3 and 5 to 8).
     *
     * @param statement which statement
     * @param columns which statement columns, in order
     * @param code the code in one column (the default) or split into 类 | 款 | 项
     * @param total where the total row stands, top (the default) or bottom
     * @param totalLabel the label of the total row, overriding the default
     * @param emptyNote the note printed under the table when it has no rows; without it an empty table is printed
     *     without a note
     */
    record Hierarchy(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            BudgetStatement statement,
            List<String> columns,
            CodeColumns code,
            TotalRow total,
            String totalLabel,
            String emptyNote)
            implements BudgetTable {

        @Override
        public String layout() {
            return "hierarchy";
        }

        /** @return whether the code stands in columns of its own per level (类 | 款 | 项) */
        boolean splitCode() {
            return code == CodeColumns.SPLIT;
        }

        /** @return whether the total row stands last */
        boolean totalAtBottom() {
            return total == TotalRow.BOTTOM;
        }
    }

    /**
     * {@code summary}: Fixed rows on the left beside a statement's rows on the right, then closing rows (收支总表).
     *
     * @param left the fixed rows of the left side
     * @param right the statement rows of the right side
     * @param closing the rows after the paired rows
     */
    record Summary(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            List<Labelled> left,
            RightSide right,
            List<ClosingRow> closing)
            implements BudgetTable {

        @Override
        public String layout() {
            return "summary";
        }
    }

    /**
     * {@code three-public}: The “三公” lines by key, a row each.
     *
     * @param columns which columns of the “三公” statement, in order
     * @param rows the lines, in order
     * @param zeros how zero cells print: blank (the default) or where the column is used
     */
    record ThreePublic(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            List<String> columns,
            List<LineRow> rows,
            ZeroCells zeros)
            implements BudgetTable {

        @Override
        public String layout() {
            return "three-public";
        }

        /** @return how zero cells print: blank unless the descriptor says otherwise */
        ZeroCells zeroCells() {
            return zeros == null ? ZeroCells.BLANK : zeros;
        }
    }

    /**
     * {@code three-public-row}: The “三公” lines transposed into one row of columns, with the stated 机关运行经费
     * as a column of its own (Shanghai's table 9).
     *
     * @param columns which lines, in order ({@code TOTAL}, {@code OVERSEAS}, … and {@code OPERATING_COSTS})
     */
    record ThreePublicRow(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            List<String> columns)
            implements BudgetTable {

        @Override
        public String layout() {
            return "three-public-row";
        }
    }

    /**
     * {@code final-hierarchy}: A final-accounts statement's rows by code (部门决算).
     *
     * @param statement which statement
     * @param columns which statement columns, in order
     * @param code the code in one column (the default) or split into 类 | 款 | 项
     * @param total where the total row stands, top (the default) or bottom
     * @param totalLabel the label of the total row, overriding the default
     * @param emptyNote the note printed under the table's notes when the statement is empty
     */
    record FinalHierarchy(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            FinalStatement statement,
            List<String> columns,
            CodeColumns code,
            TotalRow total,
            String totalLabel,
            String emptyNote)
            implements FinalTable {

        @Override
        public String layout() {
            return "final-hierarchy";
        }

        /** @return whether the code stands in columns of its own per level (类 | 款 | 项) */
        boolean splitCode() {
            return code == CodeColumns.SPLIT;
        }

        /** @return whether the total row stands last */
        boolean totalAtBottom() {
            return total == TotalRow.BOTTOM;
        }
    }

    /**
     * {@code final-summary}: 收入支出决算总表: fixed revenue rows beside the 类 the descriptor lists, then closing rows.
     *
     * @param left the fixed rows of the left side
     * @param right the 类 of the right side
     * @param closing the rows after the paired rows
     */
    record FinalSummary(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            List<Labelled> left,
            RightSide right,
            List<ClosingRow> closing)
            implements FinalTable {

        @Override
        public String layout() {
            return "final-summary";
        }
    }

    /**
     * {@code final-fiscal-summary}: 财政拨款收入支出决算总表: as the summary, with a column per fund.
     *
     * @param left the fixed rows of the left side
     * @param right the 类 and the fund columns of the right side
     * @param closing the rows after the paired rows
     */
    record FinalFiscalSummary(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            List<Labelled> left,
            RightSide right,
            List<ClosingRow> closing)
            implements FinalTable {

        @Override
        public String layout() {
            return "final-fiscal-summary";
        }
    }

    /**
     * {@code final-basic}: 基本支出决算表: blocks of economic 类 and their 款 side by side, closing rows at the foot.
     *
     * @param blocks the 类 codes of each side-by-side block, such as {@code [[301, 303], [302, 310]]}
     * @param closing the rows at the foot
     */
    record FinalBasic(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            List<List<String>> blocks,
            List<ClosingRow> closing)
            implements FinalTable {

        @Override
        public String layout() {
            return "final-basic";
        }
    }

    /**
     * {@code final-three-public}: The “三公” items as 预算数 / 决算数 pairs in one row (部门决算).
     *
     * @param columns the items, in order
     */
    record FinalThreePublic(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes,
            List<String> columns)
            implements FinalTable {

        @Override
        public String layout() {
            return "final-three-public";
        }
    }

    /**
     * A table whose layout is missing or none of the layouts: read only so that the fields every table has are
     * checked beside the layout's problem (its other fields are skipped). A descriptor holding one is refused; no
     * loaded profile has one.
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Unread(
            String id,
            Integer number,
            String title,
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            List<Integer> widths,
            List<List<HeaderCell>> header,
            StyleSpec amounts,
            Boolean required,
            List<String> notes)
            implements TableSpec {

        @Override
        public String layout() {
            return "";
        }
    }

    /** @return every layout's word, in the order declared */
    static List<String> layouts() {
        return List.of(
                "hierarchy",
                "summary",
                "three-public",
                "three-public-row",
                "final-hierarchy",
                "final-summary",
                "final-fiscal-summary",
                "final-basic",
                "final-three-public");
    }
}
