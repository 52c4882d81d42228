package org.budgetdisclosure.io.workbook;

import static org.budgetdisclosure.io.workbook.WorkbookLayout.DEPARTMENT_LABEL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.budgetdisclosure.io.workbook.WorkbookCells.Bool;
import org.budgetdisclosure.io.workbook.WorkbookCells.Failed;
import org.budgetdisclosure.io.workbook.WorkbookCells.Number;
import org.budgetdisclosure.io.workbook.WorkbookCells.Text;
import org.budgetdisclosure.io.workbook.WorkbookCells.Value;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.MoneyUnit;

/**
 * A data row of a sheet, read by the headers of its columns: each cell as the typed value its column expects (a
 * text, a required text, an amount, a whole number, a word of an enumeration, a code), a cell that is not one
 * reported at its cell ({@code 收支明细!D5}, with the row's label on a sheet of labelled rows). Remembers whether any
 * of its cells was wrong, so that no fact is made of it.
 */
final class SheetRow {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");

    final SheetRows rows;
    final XSSFRow row;
    boolean failed;

    SheetRow(SheetRows rows, XSSFRow row) {
        this.rows = rows;
        this.row = row;
    }

    String where(String column) {
        return rows.name + "!" + new CellReference(row.getRowNum(), rows.columns.get(column)).formatAsString(false);
    }

    String whereRow() {
        return rows.name + "!" + (row.getRowNum() + 1);
    }

    Value value(String column) {
        Value v = rows.context.cells().value(row.getCell(rows.columns.get(column)));
        if (v instanceof Failed f) {
            fail(column, f.detail());
        }
        return v;
    }

    void fail(String column, String detail) {
        failed = true;
        String label = labelOf(column);
        // the label is said once, beside the cell
        String said = label.isEmpty() ? "" : "(" + label.substring(1, label.length() - 1) + ") ";
        rows.context.problem(
                where(column) + label,
                column + " " + (!said.isEmpty() && detail.startsWith(said) ? detail.substring(said.length()) : detail));
    }

    /**
     * On a sheet of labelled rows (部门信息, 公开事项), the row's label after a cell of its value, so that a
     * message names the fact and not only the cell: {@code （部门简称）}; elsewhere "".
     */
    private String labelOf(String column) {
        Integer at = rows.columns.get(DEPARTMENT_LABEL);
        if (at == null
                || column.equals(DEPARTMENT_LABEL)
                || row.getCell(at) == null
                || row.getCell(at).getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
            return "";
        }
        String label = row.getCell(at).getStringCellValue().strip();
        return label.isEmpty() ? "" : "（" + label + "）";
    }

    /** @return the text of a cell, "" when blank */
    String text(String column) {
        Value v = value(column);
        if (v instanceof Text t) {
            return t.text();
        }
        if (v instanceof Number n) {
            if (n.date()) {
                fail(column, "must be text, found a date");
                return "";
            }
            return n.value().toPlainString();
        }
        if (v instanceof Bool b) {
            return b.value() ? "TRUE" : "FALSE";
        }
        return "";
    }

    String required(String column) {
        String t = text(column);
        if (t.isBlank() && !failed) {
            fail(column, "is required");
        }
        return t.strip();
    }

    Optional<BigDecimal> number(String column) {
        Value v = value(column);
        if (v instanceof Number n) {
            if (n.date()) {
                fail(column, "must be a number, found a date (" + n.shown() + ")");
                return Optional.empty();
            }
            return Optional.of(n.value());
        }
        if (v instanceof Text t) {
            String s = t.text().strip();
            if (s.isEmpty()) {
                return Optional.empty();
            }
            if (DECIMAL.matcher(s).matches()) {
                return Optional.of(new BigDecimal(s));
            }
            fail(column, "must be a number, found \"" + t.text() + "\"");
            return Optional.empty();
        }
        if (v instanceof Bool b) {
            fail(column, "must be a number, found " + (b.value() ? "TRUE" : "FALSE"));
        }
        return Optional.empty();
    }

    Optional<Amount> amount(String column) {
        return amount(column, rows.unit);
    }

    /** @return the amount of a cell in the given ledger unit (部门信息's own, read on the sheet) */
    Optional<Amount> amount(String column, MoneyUnit unit) {
        Optional<BigDecimal> n = number(column);
        if (n.isPresent()) {
            // an amount out of bounds (1E+308) is the cell's problem, not the budget's when it is built
            Optional<String> bad = org.budgetdisclosure.model.facts.NumberBounds.amountProblem(
                    n.get(), org.budgetdisclosure.model.facts.NumberBounds.maxDecimalsOfAnyUnit());
            if (bad.isPresent()) {
                fail(column, bad.get());
                return Optional.empty();
            }
        }
        return n.map(v -> Amount.of(v, unit));
    }

    Amount requiredAmount(String column) {
        Optional<Amount> a = amount(column);
        if (a.isEmpty() && !failed) {
            fail(column, "is required");
        }
        return a.orElse(Amount.zero(rows.unit));
    }

    Optional<Integer> whole(String column) {
        Optional<BigDecimal> n = number(column);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(n.get().intValueExact());
        } catch (ArithmeticException e) {
            fail(column, "must be a whole number, found " + n.get().toPlainString());
            return Optional.empty();
        }
    }

    <E extends Enum<E>> Optional<E> word(String column, E[] values, Function<E, String> word) {
        String t = text(column).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> e = WorkbookLayout.parse(values, word, t);
        if (e.isEmpty()) {
            fail(
                    column,
                    "must be one of " + Arrays.stream(values).map(word).collect(Collectors.joining("、")) + ", found \""
                            + t + "\"");
        }
        return e;
    }

    <E extends Enum<E>> E requiredWord(String column, E[] values, Function<E, String> word) {
        Optional<E> e = word(column, values, word);
        if (e.isEmpty() && !failed) {
            fail(
                    column,
                    "is required: one of " + Arrays.stream(values).map(word).collect(Collectors.joining("、")));
        }
        return e.orElse(values[0]);
    }

    Optional<FunctionCode> functionCode(String column, boolean required) {
        return code(column, required, FunctionCode::of, "a functional code of 3, 5 or 7 digits such as 2150501");
    }

    Optional<EconomicCode> economicCode(String column, boolean required) {
        return code(column, required, EconomicCode::of, "an economic code of 3 or 5 digits such as 30101");
    }

    /** A code, alone or as the drop-down lists offer it: {@code 2150501 行政运行}. */
    private <C> Optional<C> code(String column, boolean required, Function<String, C> of, String expected) {
        String t = text(column).strip();
        if (t.isEmpty()) {
            if (required && !failed) {
                fail(column, "is required: " + expected);
            }
            return Optional.empty();
        }
        String code = t.split("[\\s\u3000]+", 2)[0];
        try {
            return Optional.of(of.apply(code));
        } catch (IllegalArgumentException e) {
            fail(column, "must be " + expected + ", found \"" + t + "\"");
            return Optional.empty();
        }
    }

    /**
     * Records where a fact and its fields stand.
     *
     * @param path the fact's path, such as {@code appropriations[3]}
     * @param fields pairs of field name and column header
     */
    void place(String path, String... fields) {
        rows.context.locate(path, whereRow());
        for (int i = 0; i + 1 < fields.length; i += 2) {
            if (rows.columns.containsKey(fields[i + 1])) {
                rows.context.locate(path + "." + fields[i], where(fields[i + 1]));
            }
        }
    }

    /** Makes a fact of the row; a value the facts reject is reported at the row. */
    void make(Runnable step) {
        if (failed) {
            return;
        }
        try {
            step.run();
        } catch (org.budgetdisclosure.model.errors.FactException | IllegalArgumentException e) {
            failed = true;
            rows.context.problem(whereRow(), e.getMessage() == null ? "a required value is missing" : e.getMessage());
        }
    }

    /**
     * @param column the column of the date
     * @param label the fact the date is of, for the message
     * @return the date of a cell formatted as a date, or of a text such as 2021-12-31
     */
    Optional<LocalDate> date(String column, String label) {
        Value v = value(column);
        if (v instanceof Number n && n.date()) {
            return Optional.of(n.localDate());
        }
        String t = text(column).strip();
        if (t.isEmpty() || failed) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException e) {
            fail(column, "(" + label + ") must be a date such as 2021-12-31, found \"" + t + "\"");
            return Optional.empty();
        }
    }
}
