package org.budgetdisclosure.model.statements;

import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.model.classification.FunctionCode;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.LineExplanation;

/**
 * A line of the 编制说明's 财政拨款支出主要内容, computed: the 项 with its 类 and 款 names, its 财政拨款 figure from
 * the statements, the stated explanation, and the change against last year's figure where one is stated.
 *
 * @param functionCode the 项, never null
 * @param names the names of its 类, 款 and 项 in that order (the budget's own, else the catalogue's of its
 *     year), as many as the code has levels, never null
 * @param fiscal the 项's 财政拨款: its 合计 in the 一般公共预算, 政府性基金预算 and 国有资本经营预算 expenditure
 *     tables together, never null
 * @param explanation the stated purpose and last year's figure, never null
 * @param change this year's 财政拨款 against last year's stated figure, with the stated reason; empty if no
 *     figure of last year is stated, never null
 */
public record ExplainedLine(
        FunctionCode functionCode,
        List<String> names,
        Amount fiscal,
        LineExplanation explanation,
        Optional<Change> change) {

    /** Validates and copies the fields. */
    public ExplainedLine {
        java.util.Objects.requireNonNull(functionCode, "functionCode");
        names = List.copyOf(names);
        java.util.Objects.requireNonNull(fiscal, "fiscal");
        java.util.Objects.requireNonNull(explanation, "explanation");
        java.util.Objects.requireNonNull(change, "change");
    }
}
