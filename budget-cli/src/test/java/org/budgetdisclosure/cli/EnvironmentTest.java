package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in unfriendly surroundings: a C locale, devices and FIFOs given as files, file names with line
 * breaks or of 250 characters, an output that would replace its input, escape sequences in a budget.
 */
class EnvironmentTest {

    private static final Duration HANG = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    record Forked(int status, String out, String err) {}

    /** Runs the command line in a JVM of its own, with an environment. */
    private static Forked fork(Map<String, String> env, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        pb.environment().remove("LANG");
        pb.environment().remove("LANGUAGE");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Forked(
                p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> java(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                BudgetCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void underACLocaleTheOutputIsStillUtf8AndAnUnnameableFileIsExplained() throws Exception {
        Path ascii = dir.resolve("ascii.json");
        Files.copy(CommandLineTest.REFERENCE, ascii);
        Forked json = fork(Map.of("LC_ALL", "C"), java("validate", "--json", ascii.toString()));
        assertThat(json.status()).as(json.err()).isZero();
        assertThat(json.out()).contains("公务用车运行维护费").doesNotContain("?");

        Path chinese = dir.resolve("乐亭县预算.json");
        Files.copy(CommandLineTest.REFERENCE, chinese);
        Forked named = fork(Map.of("LC_ALL", "C"), java("validate", chinese.toString()));
        assertThat(named.status()).isEqualTo(2);
        assertThat(named.err())
                .contains("the file name is not readable in this locale's character set")
                .contains("LC_ALL=C.UTF-8")
                .doesNotContain("\tat ");
    }

    @Test
    void binBudgetReadsAChineseFileNameUnderACLocale() throws Exception {
        Path script = Path.of("..", "bin", "budget").toAbsolutePath().normalize();
        Path jar = Path.of("target", "budget.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "bin/budget needs the jar of a previous `mvn package`");
        Path chinese = dir.resolve("乐亭县预算.json");
        Files.copy(CommandLineTest.REFERENCE, chinese);
        Forked r = fork(
                Map.of("LC_ALL", "C", "BUDGET_CDS", "off"),
                List.of("sh", script.toString(), "validate", chinese.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains(chinese + ": valid").contains("公务接待费");
    }

    @Test
    void devicesAndFifosAreRefusedWithoutReadingThem() throws Exception {
        Path fifo = dir.resolve("budget.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        CommandLineTest.Run r =
                assertTimeoutPreemptively(HANG, () -> CommandLineTest.run("validate", "/dev/zero", fifo.toString()));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out())
                .contains("/dev/zero: not a regular file (a character device)")
                .contains(fifo + ": not a regular file (a FIFO)");
    }

    @Test
    void namesWithLineBreaksAndOf250CharactersAreRenderedAndListed() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String reference = Files.readString(CommandLineTest.REFERENCE);
        Files.writeString(in.resolve("line\nbreak.json"), reference);
        Files.writeString(in.resolve("bad\nname.json"), "{}");
        String longName = "预".repeat(40) + "a".repeat(245 - 120); // 245 bytes, 250 with .json
        Files.writeString(in.resolve(longName + ".json"), reference);
        Path out = dir.resolve("out");
        CommandLineTest.Run r = CommandLineTest.run("batch", in.toString(), "--out", out.toString(), "-f", "html,docx");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out())
                .contains("batch: 2 of 3 rendered, 1 failed")
                .contains("FAILED " + in + "/bad\\u000Aname.json");
        assertThat(out.resolve("line\nbreak.html")).isNotEmptyFile();
        assertThat(out.resolve(longName + ".docx")).isNotEmptyFile();
        assertThat(out.resolve(longName + ".html")).isNotEmptyFile();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(Path::toString)).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anOutputNeverReplacesItsInput() throws Exception {
        Path input = dir.resolve("budget.html");
        Files.copy(CommandLineTest.REFERENCE, input);
        byte[] before = Files.readAllBytes(input);
        CommandLineTest.Run r = CommandLineTest.run("render", input.toString(), "--out", dir.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("would overwrite the input " + input);
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
        CommandLineTest.Run batch = CommandLineTest.run("batch", input.toString(), "--out", dir.toString());
        assertThat(batch.status()).isEqualTo(1);
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void escapeSequencesFromABudgetNeverReachTheTerminal() throws Exception {
        Path bad = dir.resolve("escape.json");
        Files.writeString(
                bad,
                Files.readString(CommandLineTest.REFERENCE)
                        .replaceFirst(
                                "\"functionCode\": \"[0-9]+\"",
                                "\"functionCode\": \"\\\\u001b]0;owned\\\\u0007\\\\u009b2J\""));
        CommandLineTest.Run r = CommandLineTest.run("validate", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out())
                .contains("\\u001B]0;owned\\u0007\\u009B2J")
                .doesNotContain("\u001b")
                .doesNotContain("\u0007")
                .doesNotContain("\u009b");
    }
}
