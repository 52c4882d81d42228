package org.budgetdisclosure.render.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's font file goes through the checks of every input (issue 20): a FIFO or a device is not read. */
class FontFileTest {

    @TempDir
    Path dir;

    @Test
    void aFontThatIsAFifoOrADeviceIsRefusedWithoutReadingIt() throws Exception {
        Path fifo = dir.resolve("仿宋.ttf");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        Path zero = dir.resolve("zero.ttf");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThatThrownBy(() -> FontFace.of("仿宋_GB2312", false, fifo)).hasMessageContaining("not a regular file");
            assertThatThrownBy(() -> FontFace.of("仿宋_GB2312", false, zero)).hasMessageContaining("not a regular file");
        });
    }
}
