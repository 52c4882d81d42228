package org.budgetdisclosure.io;

import java.nio.file.Path;

/**
 * A reader of budget files in a format of its own (such as the fill-in workbook), found by {@link BudgetFiles}
 * through {@link java.util.ServiceLoader}: a format is added without {@code BudgetFiles} knowing it. Implementations
 * are stateless and thread-safe.
 */
public interface BudgetFileReader {

    /**
     * @param file a file, not null
     * @return whether this reader reads it (by its name or its first bytes)
     */
    boolean reads(Path file);

    /**
     * @param file the file, not null
     * @return the budget and the profile the file names, never null
     * @throws BudgetFileException if the file cannot be read as a budget, saying where and why
     */
    BudgetFile read(Path file) throws BudgetFileException;

    /**
     * Reads the bytes of a file that passed the checks every input goes through (regular file, size).
     *
     * @param content the file's bytes, not null
     * @param name the file's name for messages, not null
     * @return the budget and the profile the file names, never null
     * @throws BudgetFileException if the content cannot be read as a budget, saying where and why
     */
    BudgetFile read(byte[] content, String name) throws BudgetFileException;
}
