package org.budgetdisclosure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command lines run as written: its three command-line lines and its workbook lines (the workbook
 * filled from the reference between template and render, as an officer fills it in Excel), with the repository's
 * paths and an output directory of the test's own. Each exits 0 and writes what the README says.
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..");

    @TempDir
    Path dir;

    @Test
    void theThreeCommandLinesRunAsWritten() throws IOException {
        List<List<String>> lines = commands("## The command line");
        assertThat(lines).hasSize(3);
        for (List<String> line : lines) {
            assertThat(run(line).status()).as(String.join(" ", line)).isZero();
        }
        try (Stream<Path> out = Files.list(dir.resolve("out"))) {
            assertThat(out.map(p -> p.getFileName().toString()))
                    .contains(
                            "shanghai-putuo-finance-bureau-2025.pdf", "shanghai-putuo-finance-bureau-2025.docx",
                            "shanghai-putuo-finance-bureau-2025.html", "leting-industry-bureau-2022.xlsx",
                            "leting-industry-bureau-2022.csv", "leting-industry-bureau-2022.json");
        }
        assertThat(Files.readString(dir.resolve("out/shanghai-putuo-finance-bureau-2025.html"), StandardCharsets.UTF_8))
                .contains("上海市普陀区2025年区级部门预算"); // the layout the file names, not the default
    }

    @Test
    void theWorkbookLinesRunAsWritten() throws IOException {
        List<List<String>> lines = commands("## Excel");
        assertThat(lines).hasSize(2);
        assertThat(run(lines.get(0)).status()).isZero();
        assertThat(dir.resolve("book.xlsx")).isNotEmptyFile();
        // 2. the officer fills it: here with the reference's facts
        Files.delete(dir.resolve("book.xlsx"));
        assertThat(CommandLineTest.run(
                                "template",
                                "--from",
                                CommandLineTest.REFERENCE.toString(),
                                "--out",
                                dir.resolve("book.xlsx").toString())
                        .status())
                .isZero();
        assertThat(run(lines.get(1)).status()).isZero();
        assertThat(Files.readString(dir.resolve("out/book.html"), StandardCharsets.UTF_8))
                .contains("乐亭县工业和信息化局");
        assertThat(dir.resolve("out/book.pdf")).isNotEmptyFile();
    }

    /** The {@code bin/budget} lines of the first {@code sh} block after a heading, without their comments. */
    private static List<List<String>> commands(String heading) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n" + heading);
        assertThat(section).as(heading).isNotNegative();
        int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
        List<List<String>> commands = new ArrayList<>();
        for (String line : readme.substring(start, readme.indexOf("```", start)).split("\n")) {
            if (line.startsWith("bin/budget ")) {
                String command = line.replaceFirst("\\s+#.*$", "").substring("bin/budget ".length());
                commands.add(Arrays.asList(command.strip().split("\\s+")));
            }
        }
        return commands;
    }

    /** Runs a line with the repository's files read from the root and every file written under the test's dir. */
    private CommandLineTest.Run run(List<String> line) {
        List<String> args = new ArrayList<>();
        boolean out = false;
        for (String arg : line) {
            if (out || arg.endsWith(".xlsx")) {
                args.add(dir.resolve(arg).toString());
            } else if (arg.startsWith("budget-examples/")) {
                args.add(ROOT.resolve(arg).toString());
            } else {
                args.add(arg);
            }
            out = arg.equals("--out");
        }
        return CommandLineTest.run(args.toArray(String[]::new));
    }
}
