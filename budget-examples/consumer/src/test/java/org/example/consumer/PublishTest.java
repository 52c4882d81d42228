package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.render.Disclosure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published artifacts, as a user's project gets them: they render the reference budgets in their layouts with
 * the fonts, profiles, templates and catalogues their jars carry, and bring no test or shaded dependency along.
 */
class PublishTest {

    private static final Path BUDGETS = Path.of(System.getProperty("budgets", "../budgets"));

    @TempDir
    Path out;

    @Test
    void theHebeiReferenceInItsLayout() throws Exception {
        String text = pdfText(publish("leting-industry-bureau-2022.json"));
        assertContains(text, "乐亭县工业和信息化局");
        assertContains(text, "部门预算一般公共预算财政拨款基本支出表");
        assertContains(text, "本年度预算收入2538.88万元，全部为一般公共预算拨款收入。");
    }

    @Test
    void theShanghaiUnitInTheLayoutItsFileNames() throws Exception {
        String text = pdfText(publish("shanghai-putuo-welfare-home-2024-unit.json"));
        assertContains(text, "预算单位：上海市普陀区社会福利院");
        assertContains(text, "12,121,164");
    }

    @Test
    void theBundledFontsAreEmbedded() throws Exception {
        Set<String> fonts = new TreeSet<>();
        try (PDDocument pdf = Loader.loadPDF(publish("leting-industry-bureau-2022.json").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertTrue(fonts.contains("NotoSerifSC-Regular"), fonts.toString());
        assertTrue(fonts.contains("NotoSansSC-Bold"), fonts.toString());
    }

    @Test
    void theJarsCarryTheirResourcesAndOnlyTheirOwnClasses() throws Exception {
        check(jarOf(Budget.class), "org/budgetdisclosure/model/classification/catalogue-2022.csv",
                "org/budgetdisclosure/model/classification/catalogue-2025.csv");
        check(jarOf(Disclosure.class), "org/budgetdisclosure/render/fonts/NotoSerifSC-Regular.ttf",
                "org/budgetdisclosure/render/fonts/OFL.txt", "org/budgetdisclosure/render/profiles/hebei-2022/profile.yaml",
                "org/budgetdisclosure/render/profiles/shanghai-unit/profile.yaml");
        check(jarOf(BudgetFiles.class), "org/budgetdisclosure/io/budget.schema.json");
    }

    @Test
    void noTestScopedOrBuildOnlyDependencyLeaks() {
        // the libraries' own tests, the command line and the benchmarks use these; a user must not get them
        for (String name : List.of("net.jqwik.api.Arbitraries", "org.assertj.core.api.Assertions", "org.jsoup.Jsoup",
                "com.networknt.schema.JsonSchemaFactory", "com.tngtech.archunit.core.domain.JavaClass",
                "org.verapdf.pdfa.Foundries", "picocli.CommandLine", "org.openjdk.jmh.Main",
                "org.budgetdisclosure.examples.ReferenceBudget", "org.budgetdisclosure.cli.BudgetCommand",
                "org.budgetdisclosure.model.testing.BudgetArbitraries")) {
            assertFalse(present(name), name + " is on the class path of a project that depends on the BOM, "
                    + "budget-render and budget-io");
        }
    }

    private Path publish(String file) throws Exception {
        List<Path> written = Publish.publish(BUDGETS.resolve(file), out);
        assertEquals(2, written.size(), written.toString());
        for (Path path : written) {
            assertTrue(Files.size(path) > 0, path.toString());
        }
        return written.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static void assertContains(String text, String expected) {
        if (!text.contains(expected)) {
            fail("the PDF does not say " + expected);
        }
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        // from the local repository the build was given, not from a reactor's target/classes
        assertTrue(jar.toString().endsWith(".jar") && jar.toString().contains("/org/budgetdisclosure/"),
                jar.toString());
        return jar;
    }

    private static void check(Path jar, String... resources) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String resource : resources) {
                assertTrue(file.getEntry(resource) != null, jar.getFileName() + " lacks " + resource);
            }
            assertTrue(file.getEntry("META-INF/LICENSE") != null, jar.getFileName() + " lacks its LICENSE");
            assertTrue(file.getEntry("META-INF/NOTICE") != null, jar.getFileName() + " lacks its NOTICE");
            String module = file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
            assertTrue(module != null && module.startsWith("org.budgetdisclosure."), jar.getFileName() + ": " + module);
            List<String> foreign = new ArrayList<>();
            for (JarEntry entry : file.stream().toList()) {
                if (entry.getName().endsWith(".class") && !entry.getName().startsWith("org/budgetdisclosure/")) {
                    foreign.add(entry.getName());
                }
            }
            assertTrue(foreign.isEmpty(), jar.getFileName() + " carries classes not its own (shaded?): " + foreign);
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, PublishTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
