package org.budgetdisclosure.render.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every output file goes through, for {@link AtomicFile} and {@link AtomicFileSet}: a file name of at most
 * {@link #MAX_NAME_BYTES} bytes (the limit of the usual file systems, in UTF-8 bytes: 80 Chinese characters are 240)
 * and not a folder, checked before anything is written; a temporary file beside it named after this process
 * ({@code .budget-<pid>-<n>.part}), removed on termination (SIGTERM, Ctrl-C: a shutdown hook), and removed by the
 * next run writing into the same folder if its process is gone (killed with SIGKILL, or a power cut). Thread-safe.
 */
final class OutputFiles {

    /** The most bytes of a file name. */
    static final int MAX_NAME_BYTES = 255;

    private static final long PID = ProcessHandle.current().pid();
    private static final Pattern OURS = Pattern.compile("\\.budget-(\\d+)-\\d+\\.part");
    /** The temporary files of versions before 0.1 named no process: removed when an hour old. */
    private static final Pattern OLDER = Pattern.compile("\\.budget-\\d+\\.part");

    private static final Duration OLD = Duration.ofHours(1);

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            for (Path temp : LIVE) {
                                try {
                                    Files.deleteIfExists(temp);
                                } catch (IOException | RuntimeException e) {
                                    // the next run removes it
                                }
                            }
                        },
                        "budget-temporary-files"));
    }

    private OutputFiles() {}

    /**
     * @param target an output file, not null
     * @throws IOException if its name is too long for a file system or it is a folder
     */
    static void check(Path target) throws IOException {
        String name = target.getFileName().toString();
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new IOException("cannot write " + target + ": its name has " + bytes + " bytes; a file name is "
                    + "limited to " + MAX_NAME_BYTES + " bytes (85 Chinese characters)");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + target + ": a folder of that name is in the way");
        }
    }

    /**
     * @param directory the folder of the output, existing, not null
     * @return a new empty temporary file in it, removed on termination unless {@link #done(Path)} is called
     * @throws IOException if it cannot be made
     */
    static Path temporary(Path directory) throws IOException {
        sweep(directory);
        Path temp = Files.createTempFile(directory, ".budget-" + PID + "-", ".part");
        LIVE.add(temp);
        return temp;
    }

    /** @param temp a temporary file moved into place or removed, not null */
    static void done(Path temp) {
        LIVE.remove(temp);
    }

    /** Removes the temporary files that processes no longer running left in a folder (once a folder a run). */
    private static void sweep(Path directory) {
        if (!SWEPT.add(directory.toAbsolutePath().normalize())) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, ".budget-*.part")) {
            Instant old = Instant.now().minus(OLD);
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher ours = OURS.matcher(name);
                boolean orphan = ours.matches()
                        ? !alive(ours.group(1))
                        : OLDER.matcher(name).matches()
                                && Files.getLastModifiedTime(file).compareTo(FileTime.from(old)) < 0;
                if (orphan && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed: the write itself says what is wrong
        }
    }

    private static boolean alive(String pid) {
        try {
            long p = Long.parseLong(pid);
            return p == PID || ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
