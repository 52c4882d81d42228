package org.budgetdisclosure.render.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files whole or not at all, like {@link AtomicFile} for one: every file is written to a temporary
 * file beside its target, and only when all are written are they moved into place. A failure while writing leaves
 * none of them and no temporary file; every target is checked (name length, a folder in the way) before any is
 * moved, and a move that fails puts back what the others replaced: all or none. Not thread-safe.
 *
 * <pre>{@code
 * try (AtomicFileSet set = new AtomicFileSet()) {
 *     set.add(dir.resolve("a.pdf"), out -> ...);
 *     set.add(dir.resolve("b.pdf"), out -> ...);
 *     set.commit();
 * }
 * }</pre>
 */
public final class AtomicFileSet implements AutoCloseable {

    /** Temporary file by target, in the order added. */
    private final Map<Path, Path> pending = new LinkedHashMap<>();

    /**
     * Writes a file's content to a temporary file beside it.
     *
     * @param target the file, its folder existing, not null; each target once
     * @param content writes the content, not null
     * @throws IOException if it cannot be written (its temporary file is removed; call {@link #close()} for the
     *     others)
     * @throws IllegalArgumentException if the target was added before
     */
    public void add(Path target, AtomicFile.Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (pending.containsKey(absolute)) {
            throw new IllegalArgumentException("the file " + target + " is written twice");
        }
        OutputFiles.check(absolute);
        Path temp = OutputFiles.temporary(absolute.getParent());
        pending.put(absolute, temp);
        AtomicFile.fill(temp, content);
    }

    /**
     * Moves every file into place.
     *
     * @return the files, in the order added; never null
     * @throws IOException if a file cannot be moved (the files not yet moved are removed by {@link #close()})
     */
    public List<Path> commit() throws IOException {
        // every target checked before any is touched: a folder in the way, a name too long
        for (Path target : pending.keySet()) {
            OutputFiles.check(target);
        }
        // the files a target replaces are kept aside until all are in place, and put back if one move fails
        Map<Path, Path> replaced = new LinkedHashMap<>();
        List<Path> done = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : pending.entrySet()) {
                if (Files.exists(e.getKey(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = OutputFiles.temporary(e.getKey().getParent());
                    move(e.getKey(), aside);
                    replaced.put(e.getKey(), aside);
                }
                move(e.getValue(), e.getKey());
                OutputFiles.done(e.getValue());
                done.add(e.getKey());
            }
        } catch (IOException | RuntimeException failure) {
            for (Path target : done) {
                Files.deleteIfExists(target);
            }
            for (Map.Entry<Path, Path> e : replaced.entrySet()) {
                try {
                    move(e.getValue(), e.getKey());
                    OutputFiles.done(e.getValue());
                } catch (IOException x) {
                    failure.addSuppressed(x);
                }
            }
            throw failure;
        }
        for (Path aside : replaced.values()) {
            Files.deleteIfExists(aside);
            OutputFiles.done(aside);
        }
        pending.clear();
        return done;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException x) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the temporary files of what was not committed. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Path temp : pending.values()) {
            try {
                Files.deleteIfExists(temp);
                OutputFiles.done(temp);
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        pending.clear();
        if (first != null) {
            throw first;
        }
    }
}
