package org.budgetdisclosure.model.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.budgetdisclosure.model.classification.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks every input file goes through (issue 20), and the inputs of the model that use them. */
class InputFilesTest {

    private static final Duration QUICK = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aFifoADeviceAFolderAndATooLargeFileAreRefusedWithoutReading() throws Exception {
        Path fifo = dir.resolve("fifo.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        Path zero = dir.resolve("zero.csv");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertTimeoutPreemptively(QUICK, () -> {
            assertThatThrownBy(() -> InputFiles.read(fifo, 100, "tests")).hasMessageContaining("a FIFO");
            assertThatThrownBy(() -> InputFiles.read(zero, 100, "tests")).hasMessageContaining("a character device");
            assertThatThrownBy(() -> InputFiles.read(dir, 100, "tests")).hasMessageContaining("a directory");
            // a catalogue of the user's goes through the same checks
            assertThatThrownBy(() -> Catalogue.fromCsv(fifo))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("a FIFO");
        });
        Path big = Files.write(dir.resolve("big.csv"), new byte[101]);
        assertThatThrownBy(() -> InputFiles.read(big, 100, "tests"))
                .hasMessageContaining("101 bytes")
                .hasMessageContaining("tests are limited to 100 bytes");
        assertThat(InputFiles.read(Files.write(dir.resolve("ok.csv"), new byte[100]), 100, "tests"))
                .hasSize(100);
    }

    @Test
    void aFileOfAFolderResolvesInsideItAfterFollowingLinks() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "secret");
        Files.writeString(folder.resolve("mine.txt"), "mine");
        Files.createSymbolicLink(folder.resolve("link-out.txt"), outside);
        Files.createSymbolicLink(folder.resolve("link-in.txt"), folder.resolve("mine.txt"));
        Files.createSymbolicLink(folder.resolve("sub"), dir);
        assertThat(InputFiles.inside(folder, "link-in.txt"))
                .isEqualTo(folder.resolve("mine.txt").toRealPath());
        assertThatThrownBy(() -> InputFiles.inside(folder, "link-out.txt")).hasMessageContaining("outside the folder");
        assertThatThrownBy(() -> InputFiles.inside(folder, "sub/secret.txt"))
                .hasMessageContaining("outside the folder");
        assertThatThrownBy(() -> InputFiles.inside(folder, "../secret.txt")).hasMessageContaining("outside the folder");
    }

    @Test
    void parserMessagesLoseTheParsersInternals() {
        assertThat(ParserMessages.plain("Number value length (1201) exceeds the maximum allowed (1000, from "
                        + "`StreamReadConstraints.getMaxNumberLength()`)"))
                .isEqualTo("Number value length (1201) exceeds " + "the maximum allowed (1000)");
        assertThat(ParserMessages.plain("Cannot deserialize value of type `org.budgetdisclosure.model.facts"
                        + ".DepartmentKind` from Object value (token `JsonToken.START_OBJECT`)\n at [Source: (String)\"{\"; "
                        + "line: 1, column: 5]"))
                .isEqualTo("expected DepartmentKind, found an object");
        assertThat(ParserMessages.plain("found \"www.Example.com\"")).isEqualTo("found \"www.Example.com\"");
        assertThat(ParserMessages.plain("expected DepartmentKind; Cannot deserialize value of type `DepartmentKind` "
                        + "from Object value (token `JsonToken.START_OBJECT`)"))
                .isEqualTo("expected DepartmentKind, found an " + "object");
    }
}
