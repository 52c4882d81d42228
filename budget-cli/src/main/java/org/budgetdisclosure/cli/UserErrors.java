package org.budgetdisclosure.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.model.errors.BudgetException;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.profile.ProfileException;
import picocli.CommandLine;

/**
 * Reports what a user can fix in one clear message, without a stack trace: exit 1 for a budget with errors, 2 for
 * unusable input (any other {@link BudgetException}: a file that cannot be read as a budget, a profile, a budget
 * over the limits; or a file that cannot be written, such as on a full disk). Anything else (an
 * {@link IllegalArgumentException} or a {@link NullPointerException} from the library's own code) is a bug: exit
 * {@value #INTERNAL_ERROR}, said to be one, with its stack trace.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {

    /** Exit status: the budget has validation errors. */
    static final int INVALID_BUDGET = 1;
    /** Exit status: the input cannot be used. */
    static final int UNUSABLE_INPUT = 2;
    /** Exit status: a bug of the program (EX_SOFTWARE of sysexits.h), never the input's fault. */
    static final int INTERNAL_ERROR = 70;
    /** How the description of a bug begins. */
    static final String INTERNAL = "internal error";

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof BudgetValidationException v) {
            cli.getErr().println("budget: " + v.getMessage());
            return INVALID_BUDGET;
        }
        if (e instanceof ProfileException p) {
            cli.getErr().println(Lang.text("profile.unusable", "budget: the profile cannot be used:"));
            p.problems().forEach(problem -> cli.getErr().println("  " + problem));
            return UNUSABLE_INPUT;
        }
        if (isUserError(e)) {
            cli.getErr()
                    .println(
                            e instanceof BudgetFileException
                                    ? Lang.fileErrorLine(describe(e))
                                    : Lang.text("file.error", "budget: " + describe(e), inLanguage(e)));
            return UNUSABLE_INPUT;
        }
        cli.getErr()
                .println("budget: " + INTERNAL + " (a bug, not a problem of the input; please report it with "
                        + "this trace): " + e);
        e.printStackTrace(cli.getErr());
        return INTERNAL_ERROR;
    }

    /** @param e a failure @return whether it is the input's or the environment's, not a bug */
    static boolean isUserError(Throwable e) {
        return e instanceof BudgetException || ioCause(e) != null;
    }

    /**
     * @param e any failure, not null
     * @return one line saying what went wrong, without a stack trace: the message of a user error, the I/O error
     *     under a writer's wrapper (OpenPDF's {@code ExceptionConverter}), or the kind and message of anything else
     */
    static String describe(Throwable e) {
        if (e instanceof ProfileException p) {
            return "the profile cannot be used: "
                    + String.join(
                            "; ",
                            p.problems().stream()
                                    .map(ProfileException.Problem::toString)
                                    .toList());
        }
        if (e instanceof BudgetException) {
            return e.getMessage();
        }
        IOException io = ioCause(e);
        if (io != null) {
            String message =
                    io.getMessage() == null ? io.getClass().getSimpleName() : withoutClassNames(io.getMessage());
            return message.startsWith("cannot ") ? message : "cannot write or read a file: " + message;
        }
        return INTERNAL + " (a bug, not a problem of the input; please report it): "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " — " + e.getMessage());
    }

    /** @return {@link #describe} in the language of the run where it is an I/O or memory failure */
    private static String inLanguage(Throwable e) {
        IOException io = ioCause(e);
        String english = describe(e);
        if (io != null && !english.startsWith("cannot write or read a file: ")) {
            return english;
        }
        if (io != null) {
            return Lang.text("file.io", english, english.substring("cannot write or read a file: ".length()));
        }
        return e instanceof OutOfMemoryError ? Lang.text("memory", english) : english;
    }

    /** Writers quote the exceptions they wrap ({@code ExceptionConverter: java.io.IOException: …}): only the words. */
    static String withoutClassNames(String message) {
        return message.replaceAll("(?:\\b[a-z][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:Exception|Error|Converter): ", "");
    }

    /** The I/O error in a chain of causes (OpenPDF wraps one in an ExceptionConverter), or null. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t instanceof UncheckedIOException u) {
                return u.getCause();
            }
            if (t instanceof com.lowagie.text.ExceptionConverter c && c.getException() instanceof IOException io) {
                return io;
            }
        }
        return null;
    }
}
