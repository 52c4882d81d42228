package org.budgetdisclosure.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.source.FactsFile;
import org.budgetdisclosure.model.source.FactsReader;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.profile.ProfileException;

/**
 * The entry point from a file: a budget (部门预算) or final-accounts (部门决算) file in, its disclosure in the layout
 * the file names out.
 *
 * <pre>{@code
 * FileDisclosure disclosure = Disclosures.read(Path.of("budget.json"));   // in the layout the file names
 * disclosure.writeTo(Path.of("out"), Format.PDF, Format.DOCX, Format.HTML);
 * }</pre>
 *
 * <p>Files are read by the {@link FactsReader} of {@code budget-io} (JSON, YAML, the filled workbook), found on the
 * class path. Every failure a user can fix is an {@link org.budgetdisclosure.model.errors.BudgetException}.
 */
public final class Disclosures {

    private static final List<FactsReader> READERS = FactsReader.installed();

    private Disclosures() {}

    /**
     * @param file a budget or final-accounts file, not null
     * @return its disclosure in the layout it names, else in its family's default (a budget's with a warning);
     *     never null
     * @throws org.budgetdisclosure.model.errors.BudgetException if the file cannot be read
     *     ({@code BudgetFileException}), names a layout that cannot be used ({@link ProfileException}), or holds
     *     facts with validation errors ({@link org.budgetdisclosure.model.validation.BudgetValidationException})
     */
    public static FileDisclosure read(Path file) {
        return of(facts(file), Optional.empty());
    }

    /**
     * @param file a budget or final-accounts file, not null
     * @param layout the layout, whatever the file names, not null; of the file's family
     * @return its disclosure in that layout, never null
     * @throws org.budgetdisclosure.model.errors.BudgetException as {@link #read(Path)}
     */
    public static FileDisclosure read(Path file, Profile layout) {
        return of(facts(file), Optional.of(layout));
    }

    /**
     * @param file a file, not null
     * @return what it holds, read by the installed reader, never null
     * @throws org.budgetdisclosure.model.errors.BudgetException if it cannot be read
     * @throws IllegalStateException if no reader is installed ({@code budget-io} is not on the class path)
     */
    public static FactsFile facts(Path file) {
        Objects.requireNonNull(file, "file");
        if (READERS.isEmpty()) {
            throw new IllegalStateException("no FactsReader on the class path: add budget-io to read files");
        }
        return READERS.get(0).read(file);
    }

    /**
     * @param facts a file as read, not null
     * @param layout a layout that overrides the file's, or empty for the file's own ({@link FileLayout#of}), not
     *     null
     * @return its disclosure, never null
     * @throws org.budgetdisclosure.model.errors.BudgetException as {@link #read(Path)}, and a
     *     {@link ProfileException} if the layout is of the other family (a budget layout for final accounts)
     */
    public static FileDisclosure of(FactsFile facts, Optional<Profile> layout) {
        FileLayout resolved =
                layout.map(p -> new FileLayout(p, Optional.empty())).orElseGet(() -> FileLayout.of(facts));
        Profile profile = resolved.profile();
        boolean finalAccounts = facts instanceof FactsFile.OfFinalAccounts;
        if (profile.isFinalAccounts() != finalAccounts) {
            throw new ProfileException(List.of(new ProfileException.Problem(
                    facts.file().toString(),
                    0,
                    0,
                    "profile",
                    "the layout " + profile.name() + " lays out "
                            + (profile.isFinalAccounts()
                                    ? "final accounts (部门决算), not a budget"
                                    : "a budget, not final accounts (部门决算)")
                            + ": choose a layout of the file's family")));
        }
        RenderOptions options = RenderOptions.defaults().withProfile(profile);
        Publication publication = facts instanceof FactsFile.OfBudget b
                ? Disclosure.of(b.budget(), options)
                : FinalDisclosure.of(((FactsFile.OfFinalAccounts) facts).accounts(), options);
        return FileDisclosure.of(facts.file(), resolved, publication);
    }
}
