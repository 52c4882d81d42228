package org.budgetdisclosure.model.facts;

import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;

/**
 * The explanation of one 项 of 财政拨款 spending in the 编制说明 (财政拨款支出主要内容): what it is mainly used for
 * (主要用于…) and, where stated, last year's figure and the reason of the change. The amount itself is not a fact
 * here: it is the 项's 财政拨款 figure of the statements, so it can never disagree with the tables.
 *
 * @param functionCode the functional 项 explained; validation requires it among the budget's lines, not null
 * @param purpose what the money is mainly used for, the text after 主要用于 without the closing 。, not blank
 * @param lastYear last year's figure and the reason of the change, if stated, never null
 */
public record LineExplanation(FunctionCode functionCode, String purpose, Optional<LineLastYear> lastYear) {

    /** Validates the fields. */
    public LineExplanation {
        Checks.present(functionCode, "functionCode");
        Checks.nonBlank(purpose, "purpose");
        Checks.present(lastYear, "lastYear");
    }

    /**
     * @param functionCode the functional 项, such as {@code "2080502"}
     * @param purpose the text after 主要用于
     * @return an explanation without last year's figure, never null
     */
    public static LineExplanation of(String functionCode, String purpose) {
        return new LineExplanation(FunctionCode.of(functionCode), purpose, Optional.empty());
    }

    /**
     * @param lastYear last year's figure, not null
     * @return this explanation with last year's figure, never null
     */
    public LineExplanation withLastYear(LineLastYear lastYear) {
        return new LineExplanation(functionCode, purpose, Optional.of(lastYear));
    }
}
