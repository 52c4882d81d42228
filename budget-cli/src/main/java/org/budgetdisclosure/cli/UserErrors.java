package org.budgetdisclosure.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.document.TableTooWideException;
import org.budgetdisclosure.render.fonts.MissingGlyphException;
import org.budgetdisclosure.render.narrative.NarrativeException;
import org.budgetdisclosure.render.profile.ProfileException;
import picocli.CommandLine;

/**
 * Reports what a user can fix in one clear message, without a stack trace: exit 1 for a budget with errors, 2 for
 * unusable input. Anything else is a bug and keeps its stack trace.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {

    /** Exit status: the budget has validation errors. */
    static final int INVALID_BUDGET = 1;
    /** Exit status: the input cannot be used. */
    static final int UNUSABLE_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed)
            throws Exception {
        if (e instanceof BudgetValidationException v) {
            cli.getErr().println("budget: " + v.getMessage());
            return INVALID_BUDGET;
        }
        if (e instanceof ProfileException p) {
            cli.getErr().println("budget: the profile cannot be used:");
            p.problems().forEach(problem -> cli.getErr().println("  " + problem));
            return UNUSABLE_INPUT;
        }
        if (e instanceof MissingGlyphException || e instanceof NarrativeException || e instanceof TableTooWideException
                || e instanceof IOException
                || e instanceof UncheckedIOException || e instanceof IllegalArgumentException) {
            cli.getErr().println("budget: " + e.getMessage());
            return UNUSABLE_INPUT;
        }
        throw e;
    }
}
