package org.budgetdisclosure.render.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.statements.RowKind;
import org.budgetdisclosure.model.statements.ThreePublicLine;
import org.budgetdisclosure.render.profile.TableOptions.Align;
import org.budgetdisclosure.render.profile.TableOptions.Family;
import org.budgetdisclosure.render.profile.TableOptions.RightRows;
import org.budgetdisclosure.render.tables.AmountStyle;

/**
 * A profile descriptor ({@code profile.yaml}, format {@code budget-profile/1}) as read, before it is checked:
 * the layout of a disclosure written as data. Every field mirrors the YAML; {@link ProfileLoader} checks it and
 * reports every problem with its file, line and field. Absent optional fields are {@code null} here only; a
 * loaded {@link Profile} has none.
 *
 * @param format the format, {@code budget-profile/1}
 * @param name the profile's name, such as {@code hebei-2022}
 * @param description one line saying which layout this is
 * @param document the cover and the document's metadata
 * @param narrative the narrative template and the glossary
 * @param amounts how the tables and the narrative print amounts
 * @param minimumTableFontSize the smallest size (pt) table cells may shrink to so that figures fit on one line
 * @param tableDefaults what every table has unless it says otherwise
 * @param tables the tables, in their published order
 * @param requires the optional facts the layout prints and a budget must state, by key
 *     ({@link org.budgetdisclosure.model.facts.StatedFact#key()}, such as {@code operatingCosts}); may be absent
 * @param units the layout of the department's units' documents (单位预算); may be absent
 * @param family which facts the layout publishes: {@code budget} (部门预算, the default) or {@code final-accounts}
 *     (部门决算, whose tables use the {@code final-*} layouts); may be absent
 */
public record ProfileSpec(
        String format,
        String name,
        String description,
        DocumentSpec document,
        NarrativeSpec narrative,
        AmountsSpec amounts,
        Double minimumTableFontSize,
        TableDefaults tableDefaults,
        List<TableSpec> tables,
        List<String> requires,
        UnitsSpec units,
        Family family) {

    /** @return whether the layout publishes final accounts (部门决算) rather than a budget */
    public boolean finalAccounts() {
        return family == Family.FINAL_ACCOUNTS;
    }

    /**
     * @param profile the bundled profile the units of a department are rendered with, such as {@code shanghai-unit}
     */
    public record UnitsSpec(String profile) {}

    /** The format this version of the library reads. */
    public static final String FORMAT = "budget-profile/1";

    /**
     * @param tables how tables print amounts (each table may override it)
     * @param narrative how the narrative writes amounts and their unit word
     */
    public record AmountsSpec(StyleSpec tables, StyleSpec narrative) {}

    /**
     * An amount style: the unit printed (元 or 万元), the decimals, thousands separators, and how zero prints.
     *
     * @param unit {@code 万元} or {@code 元}
     * @param decimals 0 to 4
     * @param grouping whether thousands are separated ({@code 31,214,205.80})
     * @param zero {@code number} ({@code 0.00}), {@code bare} ({@code 0}) or {@code blank}
     */
    public record StyleSpec(MoneyUnit unit, Integer decimals, Boolean grouping, AmountStyle.Zero zero) {}

    /**
     * @param title the document title pattern, such as {@code {department}{year}年部门预算公开}
     * @param subject the subject written in the metadata (pattern)
     * @param cover the cover page; none when absent
     * @param contents the 目录 after the cover; none when absent
     * @param pageFlow how tables break across pages
     */
    public record DocumentSpec(
            String title, String subject, CoverSpec cover, ContentsSpec contents, PageFlowSpec pageFlow) {}

    /**
     * @param title the centred title lines (patterns)
     * @param foot the lines at the foot of the cover (patterns), such as the department and {@code {month}}
     */
    public record CoverSpec(List<String> title, List<String> foot) {}

    /**
     * @param title the heading of the contents, such as 目录
     * @param levels how many heading levels it lists, 1 to 4
     */
    public record ContentsSpec(String title, Integer levels) {}

    /**
     * @param minRowsPerFragment the fewest rows a broken table leaves on a page
     * @param smallestCellFontSize the smallest type (pt) a table may be set in to stand on one page
     * @param smallestRowHeight the smallest row height (pt) for that
     */
    public record PageFlowSpec(Integer minRowsPerFragment, Double smallestCellFontSize, Double smallestRowHeight) {}

    /**
     * @param template the narrative's main template, relative to the profile folder
     * @param glossary the 名词解释 printed when the budget states none
     * @param self how the document names the body it speaks for, the templates' {@code ${self}}: 本部门 in a
     *     department's document (部门预算), 本单位 in a unit's (单位预算); null for 本部门
     * @param body what the tables' titles call the body that budgets (预算主体), {@code {body}} in a profile's texts:
     *     部门 in a department's document, 预算单位 in a unit's; null for 部门
     */
    public record NarrativeSpec(String template, List<Term> glossary, String self, String body) {}

    /**
     * @param term the term (名词)
     * @param definition its explanation (解释)
     */
    public record Term(String term, String definition) {}

    /**
     * @param heading the line above every table (patterns)
     * @param landscape whether tables take landscape pages
     * @param serial whether tables have a 序号 column
     * @param columnNumbers whether tables have a 栏次 row
     * @param totalLabel the label of a hierarchy's total row, such as 合计
     * @param outline the outline level of the tables' titles in the 目录 and the bookmarks: 1 (the default) beside
     *     the narrative's parts, 2 nested under the chapter heading before {@code <@tables/>} (Shanghai's 五、部门预算表),
     *     0 for none
     */
    public record TableDefaults(
            List<String> heading,
            Boolean landscape,
            Boolean serial,
            Boolean columnNumbers,
            String totalLabel,
            Integer outline) {

        /** @return no defaults: every field absent */
        static TableDefaults none() {
            return new TableDefaults(null, null, null, null, null, null);
        }
    }

    /**
     * A header cell: its text, and how many columns it spans across and rows down. Written as a plain string
     * for a one-by-one cell.
     *
     * @param text the text
     * @param across columns spanned, 1 or more
     * @param down rows spanned, 1 or more
     */
    public record HeaderCell(String text, Integer across, Integer down) {

        /** @param text the text of a one-by-one cell @return the cell */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static HeaderCell of(String text) {
            return new HeaderCell(text, 1, 1);
        }

        /** Jackson's creator for the object form. */
        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public HeaderCell {}

        int acrossOrOne() {
            return across == null ? 1 : across;
        }

        int downOrOne() {
            return down == null ? 1 : down;
        }
    }

    /**
     * A label and the figure printed beside it.
     *
     * @param label the label
     * @param figure the figure's key, see {@link Figures}
     * @param align {@code left}, {@code centre} or {@code right}; each place has its default
     */
    public record Labelled(String label, String figure, Align align) {}

    /**
     * @param rows which statement rows: {@code summary.classes} (table 1's 类, one amount), {@code fiscal.classes}
     *     (table 4's 类 by fund) or {@code expenditure.classes} (table 3's 类 by type, with 人员经费 and 公用经费:
     *     Shanghai's unit 财务收支预算总表)
     * @param numbered whether each name is preceded by its Chinese numeral (一、)
     * @param columns which columns of those rows; for {@code summary.classes} only {@code AMOUNT}; for
     *     {@code expenditure.classes} the columns of table 3 and {@code PERSONNEL}, {@code PUBLIC_USE}
     * @param withAmountsOnly whether only the rows with an amount are listed (Shanghai lists only the 类 that
     *     have money; Hebei lists every 类)
     * @param classes the rows declared one by one, in their printed order, instead of every 类 of the catalogue
     *     in code order (Hebei 2025 prints 30 功能 类 and then 人行科目, which no 类 feeds); a 类 the budget
     *     spends on that is not declared follows the declared rows under its own name, so that no money is left
     *     out of the table; absent: every 类 of the year's catalogue and of the budget, in code order
     */
    public record RightSide(
            RightRows rows, Boolean numbered, List<String> columns, Boolean withAmountsOnly, List<ClassRow> classes) {

        /** @return the columns named, {@code AMOUNT} alone when none is */
        List<String> columnsOrAmount() {
            return columns == null || columns.isEmpty() ? List.of("AMOUNT") : columns;
        }
    }

    /**
     * A declared row of a summary's right side: a 功能 类 by its code, printed with the given label, or, without
     * a code, a row that no 类 feeds and that is always printed empty (Hebei 2025's 人行科目).
     *
     * @param code the 类's three-digit code, such as {@code "201"}; absent for a row no 类 feeds
     * @param label the printed name (pattern), without its numeral; absent with a code: the 类's own name
     */
    public record ClassRow(String code, String label) {}

    /**
     * @param kind {@code detail}, {@code subtotal} or {@code total}
     * @param level the indentation level
     * @param left the left label and figure
     * @param right the right label and figure (a figure of a row expands over the right side's columns)
     */
    public record ClosingRow(RowKind kind, Integer level, Labelled left, Labelled right) {}

    /**
     * @param line the “三公” line: TOTAL, SUBTOTAL, a group (OVERSEAS, VEHICLES, RECEPTION) or an item
     * @param label the printed label
     * @param align {@code left} (the default) or {@code centre}
     * @param level the indentation level
     */
    public record LineRow(ThreePublicLine line, String label, Align align, Integer level) {}

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static <T> T or(T value, T fallback) {
        return Optional.ofNullable(value).orElse(fallback);
    }
}
