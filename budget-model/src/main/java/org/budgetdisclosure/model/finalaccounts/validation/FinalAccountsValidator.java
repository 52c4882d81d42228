package org.budgetdisclosure.model.finalaccounts.validation;

import java.util.ArrayList;
import java.util.List;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.validation.ValidationReport;

/**
 * Validates final accounts: runs every rule and returns one report with every finding, not the first, as the
 * budget's {@link org.budgetdisclosure.model.validation.Validator} does.
 *
 * <p>The rules of the facts ({@link FactRules}, {@link BalanceRules}, {@link CrossTableRules}) run on accounts
 * without units, or on each unit of a department, each finding at its unit ({@code units[1].spending[3].amount});
 * the rules of what a department states of itself ({@link StatedRules}) run on the accounts as published (a
 * department's consolidated). A rule that throws is reported as an error finding {@code rule.failed}.
 * Immutable and thread-safe.
 */
public final class FinalAccountsValidator {

    private static final FinalAccountsValidator STANDARD = new FinalAccountsValidator(
            List.of(new FactRules(), new BalanceRules(), new CrossTableRules()), List.of(new StatedRules()));

    private final List<FinalRule> factRules;
    private final List<FinalRule> publishedRules;

    private FinalAccountsValidator(List<FinalRule> factRules, List<FinalRule> publishedRules) {
        this.factRules = List.copyOf(factRules);
        this.publishedRules = List.copyOf(publishedRules);
    }

    /** @return the validator with the standard rules, never null */
    public static FinalAccountsValidator standard() {
        return STANDARD;
    }

    /**
     * @param rule an extra rule, run on the accounts as published, not null
     * @return a validator with the rules of this one and the extra rule, never null
     */
    public FinalAccountsValidator withRule(FinalRule rule) {
        List<FinalRule> more = new ArrayList<>(publishedRules);
        more.add(rule);
        return new FinalAccountsValidator(factRules, more);
    }

    /**
     * Validates with the bundled catalogue of the accounts' year.
     *
     * @param accounts the final accounts, not null
     * @return the report, never null
     */
    public static ValidationReport validate(FinalAccounts accounts) {
        return STANDARD.check(FinalStatements.of(accounts, Catalogue.forYear(accounts.year())));
    }

    /**
     * @param statements the statements of the accounts, not null
     * @return every finding, never null
     */
    public ValidationReport check(FinalStatements statements) {
        FinalFindings findings = new FinalFindings();
        FinalAccounts original = statements.original();
        if (original.hasUnits()) {
            for (int i = 0; i < original.units().size(); i++) {
                FinalStatements unit = FinalStatements.of(original.units().get(i), statements.catalogue());
                run(factRules, unit, findings.at("units[" + i + "]"));
            }
        } else {
            run(factRules, statements, findings);
        }
        run(publishedRules, statements, findings);
        return new ValidationReport(findings.findings());
    }

    private static void run(List<FinalRule> rules, FinalStatements statements, FinalFindings findings) {
        for (FinalRule rule : rules) {
            try {
                rule.check(statements, findings);
            } catch (RuntimeException e) {
                findings.error(
                        "rule.failed",
                        rule.getClass().getSimpleName(),
                        "a finding or none",
                        e.toString(),
                        "a validation rule failed; please report this");
            }
        }
    }
}
