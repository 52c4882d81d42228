package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a user depends on cannot drift: the README's Maven and Gradle snippets are the consumer project's
 * dependencies (budget-examples/consumer, built by .ci/run against the staged artifacts), of the reactor's version;
 * the BOM manages exactly the published modules; every published pom carries the metadata a repository manager
 * expects; the licence and the fonts' notice are there.
 */
class PublishingTest {

    private static final Path ROOT = Path.of("..");

    /** A dependency as a pom declares it; absent elements are empty strings. */
    record Coordinates(String groupId, String artifactId, String version, String type, String scope) {
        static Coordinates of(Element dependency) {
            return new Coordinates(
                    text(dependency, "groupId"),
                    text(dependency, "artifactId"),
                    text(dependency, "version"),
                    text(dependency, "type"),
                    text(dependency, "scope"));
        }
    }

    @Test
    void theReadmeMavenSnippetIsTheConsumersDependencies() throws Exception {
        Element snippet = xml("<snippet>" + block(readme(), "```xml\n") + "</snippet>");
        Element consumer = xml(Files.readString(ROOT.resolve("budget-examples/consumer/pom.xml")));

        List<Coordinates> managed = dependencies(child(snippet, "dependencyManagement"));
        List<Coordinates> used = dependencies(snippet);
        assertThat(managed)
                .containsExactly(new Coordinates(
                        "org.budgetdisclosure", "budget-disclosure-bom", reactorVersion(), "pom", "import"));
        assertThat(used).extracting(Coordinates::artifactId).containsExactly("budget-render", "budget-io");

        assertThat(dependencies(child(consumer, "dependencyManagement")).stream()
                        .filter(d -> d.groupId().equals("org.budgetdisclosure"))
                        .toList())
                .isEqualTo(managed);
        assertThat(dependencies(consumer).stream()
                        .filter(d -> d.scope().isEmpty())
                        .toList())
                .isEqualTo(used);
    }

    @Test
    void theReadmeGradleSnippetNamesTheSameArtifacts() throws Exception {
        String gradle = block(readme(), "```kotlin\n");
        Matcher platform = Pattern.compile("implementation\\(platform\\(\"([^\"]+)\"\\)\\)")
                .matcher(gradle);
        assertThat(platform.find()).as(gradle).isTrue();
        assertThat(platform.group(1)).isEqualTo("org.budgetdisclosure:budget-disclosure-bom:" + reactorVersion());
        List<String> implementations = new ArrayList<>();
        Matcher implementation =
                Pattern.compile("implementation\\(\"([^\"]+)\"\\)").matcher(gradle);
        while (implementation.find()) {
            implementations.add(implementation.group(1));
        }
        assertThat(implementations)
                .containsExactly("org.budgetdisclosure:budget-render", "org.budgetdisclosure:budget-io");
    }

    @Test
    void theBomManagesExactlyThePublishedModulesAtTheReactorsVersion() throws Exception {
        Element bom = pom("budget-disclosure-bom");
        assertThat(text(bom, "version")).isEqualTo(reactorVersion());
        assertThat(child(bom, "parent"))
                .as("the BOM has no parent: importing it hands over our versions only")
                .isNull();
        List<String> published = new ArrayList<>();
        for (Element module : children(child(pom(""), "modules"), "module")) {
            String name = module.getTextContent().trim();
            Element pom = pom(name);
            Element properties = child(pom, "properties");
            boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
            if (!name.equals("budget-disclosure-bom") && !skipped) {
                published.add(name);
                assertThat(text(pom, "description")).as(name).isNotBlank();
                assertThat(text(properties, "module.name")).as(name).startsWith("org.budgetdisclosure.");
            }
        }
        assertThat(published).containsExactly("budget-model", "budget-render", "budget-io");
        List<Coordinates> managed = dependencies(child(bom, "dependencyManagement"));
        assertThat(managed).allSatisfy(d -> assertThat(d.version()).isEqualTo("${project.version}"));
        assertThat(managed.stream().filter(d -> d.type().isEmpty()).map(Coordinates::artifactId))
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(managed)
                .contains(
                        new Coordinates("org.budgetdisclosure", "budget-model", "${project.version}", "test-jar", ""));
    }

    @Test
    void theParentAndTheBomCarryTheSameMetadata() throws Exception {
        Element parent = pom("");
        Element bom = pom("budget-disclosure-bom");
        for (Element pom : List.of(parent, bom)) {
            assertThat(text(pom, "url")).startsWith("https://");
            assertThat(text(pom, "description")).isNotBlank();
            assertThat(text(child(child(pom, "licenses"), "license"), "name")).isEqualTo("Apache License, Version 2.0");
            assertThat(text(child(pom, "scm"), "connection")).startsWith("scm:git:");
            assertThat(text(child(child(pom, "developers"), "developer"), "name"))
                    .isNotBlank();
            assertThat(text(child(pom, "organization"), "name")).isNotBlank();
        }
        assertThat(text(bom, "url")).isEqualTo(text(parent, "url"));
        assertThat(text(child(bom, "scm"), "url")).isEqualTo(text(child(parent, "scm"), "url"));
    }

    @Test
    void theLicenceAndTheFontsNoticeAreThere() throws IOException {
        assertThat(Files.readString(ROOT.resolve("LICENSE")))
                .contains("Apache License")
                .contains("Version 2.0, January 2004")
                .contains("END OF TERMS AND CONDITIONS");
        String notice = Files.readString(ROOT.resolve("NOTICE"));
        assertThat(notice)
                .contains("SIL Open Font License, Version 1.1")
                .contains("Noto Serif SC")
                .contains("Noto Sans SC");
        String ofl = Files.readString(
                ROOT.resolve("budget-render/src/main/resources/org/budgetdisclosure/render/fonts/OFL.txt"));
        assertThat(ofl)
                .contains("SIL OPEN FONT LICENSE Version 1.1")
                .contains("(Noto Sans SC)")
                .contains("(Noto Serif SC)");
    }

    private static String reactorVersion() throws Exception {
        return text(pom(""), "version");
    }

    private static String readme() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        return readme.substring(readme.indexOf("## Depend on it"));
    }

    private static String block(String text, String fence) {
        int start = text.indexOf(fence) + fence.length();
        return text.substring(start, text.indexOf("```\n", start));
    }

    private static Element pom(String module) throws Exception {
        return xml(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
    }

    private static Element xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setExpandEntityReferences(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static List<Coordinates> dependencies(Element parent) {
        Element dependencies = child(parent, "dependencies");
        return dependencies == null
                ? List.of()
                : children(dependencies, "dependency").stream()
                        .map(Coordinates::of)
                        .toList();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element e = parent == null ? null : child(parent, name);
        return e == null ? "" : e.getTextContent().trim();
    }
}
