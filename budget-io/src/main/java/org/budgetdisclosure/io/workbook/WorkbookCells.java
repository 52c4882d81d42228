package org.budgetdisclosure.io.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The typed cells of a workbook being read: a cell is blank, a text, a number (or a date), a truth value, or a
 * value that failed (an error value, a formula that cannot be evaluated), never a POI cell type. One per workbook:
 * it keeps the formula evaluator it makes when a formula has no stored value.
 */
final class WorkbookCells {

    private static final MathContext SHOWN_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

    /** The value of a cell. */
    sealed interface Value permits Blank, Text, Number, Bool, Failed {}

    /** A blank cell (or a text of no characters). */
    record Blank() implements Value {}

    /** A text. @param text the text, not empty */
    record Text(String text) implements Value {}

    /**
     * A number; {@code shown} is the date text when the cell is formatted as a date.
     *
     * @param value the number as a spreadsheet shows it (15 significant digits)
     * @param date whether the cell is formatted as a date
     * @param shown the number, or the date, as text
     * @param localDate the date, when {@code date}; else null (never leaves this package)
     */
    record Number(BigDecimal value, boolean date, String shown, LocalDate localDate) implements Value {}

    /** A truth value (TRUE, FALSE). @param value the value */
    record Bool(boolean value) implements Value {}

    /** A value that is none: the detail says why, to follow the column's header in a message. @param detail it */
    record Failed(String detail) implements Value {}

    static final Blank BLANK = new Blank();

    private final XSSFWorkbook wb;
    private FormulaEvaluator evaluator;

    WorkbookCells(XSSFWorkbook wb) {
        this.wb = wb;
    }

    /** The value of a cell; a formula gives its stored value, or its value evaluated when none is stored. */
    Value value(XSSFCell cell) {
        if (cell == null) {
            return BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            if (cell.getRawValue() == null && cell.getCachedFormulaResultType() != CellType.STRING) {
                return evaluated(cell);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case BLANK, _NONE -> BLANK;
            case STRING -> {
                String s = cell.getStringCellValue();
                yield s.isEmpty() ? BLANK : new Text(s);
            }
            case NUMERIC -> {
                double v;
                try {
                    v = cell.getNumericCellValue();
                } catch (RuntimeException e) {
                    // a number cell whose value is no number ("-INF" written into the XML by hand)
                    yield new Failed("must be a number, found \"" + cell.getRawValue() + "\"");
                }
                yield number(cell, cell.getRawValue(), v);
            }
            case BOOLEAN -> new Bool(cell.getBooleanCellValue());
            case ERROR ->
                new Failed("holds the error value " + cell.getErrorCellString() + "; correct the formula "
                        + "or the value");
            default -> BLANK;
        };
    }

    private Value evaluated(XSSFCell cell) {
        if (evaluator == null) {
            evaluator = wb.getCreationHelper().createFormulaEvaluator();
        }
        CellValue v;
        try {
            v = evaluator.evaluate(cell);
        } catch (RuntimeException | StackOverflowError e) {
            // a chain of formulas deeper than the stack (20,000 cells each adding to the one before) overflows
            // POI's recursive evaluator: the evaluator is dropped (its state is undefined) and the cell explained
            evaluator = null;
            return new Failed("holds the formula =" + cell.getCellFormula() + ", which has no stored value and cannot "
                    + "be evaluated here ("
                    + (e instanceof StackOverflowError
                            ? "its chain of formulas is too deep"
                            : e.getClass().getSimpleName())
                    + "); open and save the workbook in Excel "
                    + "or WPS so that its values are stored");
        }
        if (v == null) {
            return BLANK;
        }
        return switch (v.getCellType()) {
            case NUMERIC -> number(cell, null, v.getNumberValue());
            case STRING -> v.getStringValue().isEmpty() ? BLANK : new Text(v.getStringValue());
            case BOOLEAN -> new Bool(v.getBooleanValue());
            case ERROR ->
                new Failed("holds the error value "
                        + FormulaError.forInt(v.getErrorValue()).getString() + "; correct the formula");
            default -> BLANK;
        };
    }

    /**
     * A number as the workbook stores it (its shortest text), rounded to the 15 significant digits a spreadsheet
     * shows, so that a formula's {@code 0.30000000000000004} reads as the {@code 0.3} it shows.
     */
    private static Value number(XSSFCell cell, String raw, double value) {
        BigDecimal exact;
        try {
            exact = raw == null || raw.isBlank() ? new BigDecimal(Double.toString(value)) : new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            if (!Double.isFinite(value)) {
                // NaN or an infinity written into the file by hand: no spreadsheet number
                return new Failed(
                        "must be a number, found " + (raw == null ? String.valueOf(value) : "\"" + raw.strip() + "\""));
            }
            exact = new BigDecimal(Double.toString(value));
        }
        BigDecimal n = exact.signum() == 0
                ? BigDecimal.ZERO
                : exact.round(SHOWN_DIGITS).stripTrailingZeros();
        if (n.scale() < 0) {
            n = n.setScale(0);
        }
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
            return new Number(n, true, date.toString(), date);
        }
        return new Number(n, false, n.toPlainString(), null);
    }
}
