package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reference and example file rendered in every format (with its units), and the workbook template of every
 * bundled layout, hashed and compared with {@code output-hashes.txt}: a refactoring changes no output byte. A
 * deliberate change is made by rerunning with {@code -Dhashes.update=true} and listing the change and its reason in
 * the commit message and CHANGELOG.
 */
class OutputHashesTest {

    private static final Path BUDGETS = Path.of("..", "budget-examples", "budgets");
    private static final Path EXPECTED =
            Path.of("src", "test", "resources", "org", "budgetdisclosure", "cli", "output-hashes.txt");
    private static final List<String> LAYOUTS = List.of(
            "hebei-2022", "hebei-2025", "shanghai-2025-department", "shanghai-unit", "shanghai-2024-final-accounts");

    @TempDir
    Path dir;

    @Test
    void everyOutputIsByteIdenticalToTheRecordedOne() throws Exception {
        TreeMap<String, String> hashes = new TreeMap<>();
        List<Path> inputs;
        try (Stream<Path> list = Files.list(BUDGETS)) {
            inputs = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path input : inputs) {
            String name = input.getFileName().toString().replaceFirst("\\.json$", "");
            Path out = dir.resolve(name);
            List<String> args = new ArrayList<>(List.of(
                    "render",
                    input.toString(),
                    "--out",
                    out.toString(),
                    "--format",
                    "pdf,docx,html,xlsx,csv,json",
                    "--lang",
                    "en",
                    "--units"));
            CommandLineTest.Run r = CommandLineTest.run(args.toArray(String[]::new));
            assertThat(r.status()).as(name + ": " + r.err()).isZero();
            collect(out, name + "/", hashes);
            if (!name.contains("final")) {
                Path book = dir.resolve("filled").resolve(name + ".xlsx");
                CommandLineTest.Run t = CommandLineTest.run(
                        "template", "--from", input.toString(), "--out", book.toString(), "--lang", "en");
                assertThat(t.status()).as(name + ": " + t.err()).isZero();
                hashes.put("filled/" + name + ".xlsx", sha256(Files.readAllBytes(book)));
            }
        }
        for (String layout : LAYOUTS) {
            Path book = dir.resolve("templates").resolve(layout + ".xlsx");
            CommandLineTest.Run r =
                    CommandLineTest.run("template", "--profile", layout, "--out", book.toString(), "--lang", "en");
            if (r.status() == 0) {
                hashes.put("template/" + layout + ".xlsx", sha256(Files.readAllBytes(book)));
            } else {
                hashes.put(
                        "template/" + layout + ".xlsx",
                        "refused: " + r.err().strip().lines().findFirst().orElse(""));
            }
        }
        StringBuilder actual = new StringBuilder();
        hashes.forEach((k, v) -> actual.append(k).append(' ').append(v).append('\n'));
        if (Boolean.getBoolean("hashes.update")) {
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual.toString()).isEqualTo(Files.readString(EXPECTED, StandardCharsets.UTF_8));
    }

    private static void collect(Path out, String prefix, TreeMap<String, String> hashes) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.sorted().toList()) {
                hashes.put(prefix + f.getFileName(), sha256(Files.readAllBytes(f)));
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
