package org.budgetdisclosure.render;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.budgetdisclosure.model.source.FactsFile;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.Severity;
import org.budgetdisclosure.render.profile.Profile;

/**
 * The layout (公开版式, a profile) a file of facts is published in: the one it names (a bundled profile's name, or a
 * profile folder beside the file), else the default of its family, with a warning for a budget that names none
 * (rule {@value #DEFAULT_RULE} at {@code profile}). The one place where a file's layout is resolved: the library's
 * {@link Disclosures} and the command line's {@code render}, {@code batch} and {@code validate} all call
 * {@link #of(FactsFile)}.
 *
 * @param profile the layout, not null
 * @param warning the warning that the file names no layout, if so; not null
 */
public record FileLayout(Profile profile, Optional<Finding> warning) {

    /** The rule of the warning that a budget file names no layout. */
    public static final String DEFAULT_RULE = "profile.default";

    /** Checks the fields. */
    public FileLayout {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(warning, "warning");
    }

    /**
     * @param facts a file as read, not null
     * @return the layout it names, else its family's default (for a budget, with a warning); never null
     * @throws org.budgetdisclosure.render.profile.ProfileException if the layout it names does not exist, lies
     *     outside the file's folder, or is broken
     */
    public static FileLayout of(FactsFile facts) {
        Path folder = facts.file().toAbsolutePath().getParent();
        if (facts.layout().isPresent()) {
            return new FileLayout(Profile.namedByBudgetFile(facts.layout().get(), folder), Optional.empty());
        }
        if (facts instanceof FactsFile.OfFinalAccounts) {
            // a final-accounts file has no field naming its layout: the one layout of final accounts, no warning
            return new FileLayout(Profile.of(FinalDisclosure.DEFAULT_PROFILE), Optional.empty());
        }
        Profile standard = Profile.hebei2022();
        return new FileLayout(
                standard,
                Optional.of(new Finding(
                        DEFAULT_RULE,
                        Severity.WARNING,
                        "profile",
                        "a named layout",
                        standard.name(),
                        "the file names no layout, so it is rendered in the default "
                                + standard.name() + "; name its layout in the file (profile) or the workbook, or give "
                                + "--profile")));
    }
}
