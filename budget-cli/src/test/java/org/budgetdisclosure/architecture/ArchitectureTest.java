package org.budgetdisclosure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The walls between modules and packages (see ARCHITECTURE.md): the model knows nothing of rendering, files or the
 * command line; a writer knows the document tree, the fonts and the writer API only, never the model, a profile,
 * the narrative or another writer; no package depends on itself through others. A second test shows that each
 * rule fails when its wall is broken, so that a passing run means something.
 */
class ArchitectureTest {

    static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar")) // the model's test-jar: test code
            .importPackages("org.budgetdisclosure");

    static final List<String> WRITERS = List.of("pdf", "docx", "html", "xlsx", "data");

    static ArchRule modelStandsAlone() {
        return noClasses()
                .that()
                .resideInAPackage("org.budgetdisclosure.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.budgetdisclosure.render..",
                        "org.budgetdisclosure.io..",
                        "org.budgetdisclosure.cli..",
                        "org.budgetdisclosure.examples..")
                .because("budget-model is the domain and imports nothing of rendering, files or the command line");
    }

    static ArchRule writerKnowsOnlyTheTree(String writer) {
        List<String> others = WRITERS.stream()
                .filter(w -> !w.equals(writer))
                .map(w -> "org.budgetdisclosure.render." + w + "..")
                .toList();
        List<String> forbidden = new java.util.ArrayList<>(others);
        forbidden.addAll(List.of(
                "org.budgetdisclosure.model..",
                "org.budgetdisclosure.render.profile..",
                "org.budgetdisclosure.render.narrative..",
                "org.budgetdisclosure.render.tables..",
                "org.budgetdisclosure.io..",
                "org.budgetdisclosure.cli.."));
        return noClasses()
                .that()
                .resideInAPackage("org.budgetdisclosure.render." + writer + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden.toArray(String[]::new))
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.budgetdisclosure.render.RenderOptions")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.budgetdisclosure.render.Disclosure")
                .allowEmptyShould(true)
                .because("a writer walks the document tree and knows nothing else");
    }

    static ArchRule noPackageCycles() {
        return slices().matching("org.budgetdisclosure.(**)").should().beFreeOfCycles();
    }

    static ArchRule ioAndRenderApart() {
        return noClasses()
                .that()
                .resideInAPackage("org.budgetdisclosure.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.budgetdisclosure.io..", "org.budgetdisclosure.cli..", "org.budgetdisclosure.examples..");
    }

    /** The modules, by the package each one's classes live under. */
    static final List<String> MODULES = List.of("model", "render", "io", "cli", "examples");

    /**
     * A module's {@code internal} packages (helpers that are not its API) are used by that module only.
     *
     * @param base the packages' common root, such as {@code org.budgetdisclosure}
     * @param module the module's package under it, such as {@code render}
     */
    static ArchRule internalStaysInItsModule(String base, String module) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(base + "." + module + "..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(base + "." + module + "..internal..")
                .allowEmptyShould(true)
                .because("an internal package is a module's own helpers, not its API");
    }

    @Test
    void theWallsHold() {
        modelStandsAlone().check(PRODUCT);
        for (String writer : WRITERS) {
            writerKnowsOnlyTheTree(writer).check(PRODUCT);
        }
        noPackageCycles().check(PRODUCT);
        ioAndRenderApart().check(PRODUCT);
        for (String module : MODULES) {
            internalStaysInItsModule("org.budgetdisclosure", module).check(PRODUCT);
        }
    }

    @Test
    void eachRuleFailsWhenItsWallIsBroken() {
        JavaClasses broken = new ClassFileImporter().importPackages("org.budgetdisclosure.architecture.broken");
        assertThat(broken).isNotEmpty();
        assertThatThrownBy(() -> modelOf("org.budgetdisclosure.architecture.broken.model")
                        .check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PdfThing");
        assertThatThrownBy(() -> noClasses()
                        .that()
                        .resideInAPackage("..broken.pdf..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage("..broken.model..")
                        .check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PdfThing");
        assertThatThrownBy(() -> slices().matching("org.budgetdisclosure.architecture.broken.(*)..")
                        .should()
                        .beFreeOfCycles()
                        .check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
        assertThatThrownBy(() -> internalStaysInItsModule("org.budgetdisclosure.architecture.broken", "render")
                        .check(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesHelper");
    }

    /** The model rule, pointed at a package of test classes that break it on purpose. */
    private static ArchRule modelOf(String pkg) {
        return noClasses()
                .that()
                .resideInAPackage(pkg + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.budgetdisclosure.architecture.broken.pdf..");
    }
}
