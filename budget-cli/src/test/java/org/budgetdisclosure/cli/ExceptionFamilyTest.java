package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.CatalogueFormatException;
import org.budgetdisclosure.model.errors.BudgetException;
import org.budgetdisclosure.model.errors.Problem;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.render.RenderLimitException;
import org.budgetdisclosure.render.document.TableTooWideException;
import org.budgetdisclosure.render.fonts.MissingGlyphException;
import org.budgetdisclosure.render.narrative.NarrativeException;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.profile.ProfileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One exception family: every failure a user can fix is a {@link BudgetException}, unchecked, with located
 * problems; the command line counts that family as the input's fault and anything else as a bug (exit 70).
 */
class ExceptionFamilyTest {

    @TempDir
    Path dir;

    @Test
    void theEightExceptionsAreOneUncheckedFamily() {
        for (Class<?> c : List.of(
                BudgetFileException.class,
                BudgetValidationException.class,
                CatalogueFormatException.class,
                ProfileException.class,
                NarrativeException.class,
                RenderLimitException.class,
                MissingGlyphException.class,
                TableTooWideException.class)) {
            assertThat(BudgetException.class).as(c.getSimpleName()).isAssignableFrom(c);
            assertThat(RuntimeException.class).isAssignableFrom(c);
            assertThat(IllegalArgumentException.class.isAssignableFrom(c))
                    .as(c.getSimpleName())
                    .isFalse();
        }
    }

    @Test
    void aBadFileIsCaughtAsABudgetExceptionLocatedByLineColumnAndField() throws Exception {
        Path file = Files.writeString(
                dir.resolve("bad.json"),
                Files.readString(CommandLineTest.REFERENCE)
                        .replaceFirst("\"amount\": \"61.96\"", "\"amount\": \"six\""));
        assertThatThrownBy(() -> BudgetFiles.read(file)).isInstanceOfSatisfying(BudgetException.class, e -> {
            Problem p = e.problems().get(0);
            assertThat(p.file()).endsWith("bad.json");
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
            assertThat(p.field()).isEqualTo("$.appropriations[0].amount");
            assertThat(p.message()).isNotBlank();
        });
    }

    @Test
    void anUnknownProfileIsAProfileExceptionNamingIt() {
        assertThatThrownBy(() -> Profile.of("atlantis-2099"))
                .isInstanceOfSatisfying(
                        BudgetException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("atlantis-2099");
                            assertThat(p.message()).contains("no bundled profile", "hebei-2022");
                        }));
    }

    @Test
    void aBudgetExceptionIsTheInputsFaultAndABugIsAnInternalErrorWithItsOwnStatus() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BudgetCommand());
        cli.setErr(new PrintWriter(err, true));
        UserErrors handler = new UserErrors();

        assertThat(handler.handleExecutionException(
                        new BudgetFileException("b.json", 3, 7, "$.year", "expected a " + "year"), cli, null))
                .isEqualTo(UserErrors.UNUSABLE_INPUT);
        assertThat(err.toString())
                .contains("b.json:3:7: at $.year: expected a year")
                .doesNotContain("\tat ");

        err.getBuffer().setLength(0);
        assertThat(handler.handleExecutionException(new IllegalArgumentException("a bug of ours"), cli, null))
                .isEqualTo(UserErrors.INTERNAL_ERROR)
                .isEqualTo(70);
        assertThat(err.toString()).contains("internal error", "a bug of ours", "\tat ");

        err.getBuffer().setLength(0);
        assertThat(handler.handleExecutionException(new NullPointerException(), cli, null))
                .isEqualTo(UserErrors.INTERNAL_ERROR);
        assertThat(UserErrors.isUserError(new IllegalArgumentException("x"))).isFalse();
        assertThat(UserErrors.describe(new IllegalStateException("y")))
                .startsWith("internal error")
                .contains("y");
    }
}
