package org.budgetdisclosure.cli;

import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The logs of the libraries the command uses (POI through log4j-to-jul, PDFBox, FreeMarker: all end in
 * {@code java.util.logging}) reach no terminal unless asked for: the command says what went wrong in its own words,
 * and a library's SEVERE with a stack trace before it would only confuse. {@code BUDGET_LOG=FINE} (or any level
 * name: {@code SEVERE}, {@code WARNING}, {@code INFO}, {@code ALL}) prints them on standard error.
 */
final class LibraryLogs {

    private LibraryLogs() {}

    /** @param asked the value of {@code BUDGET_LOG}, or null for none */
    static void configure(String asked) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        Level level = level(asked);
        root.setLevel(level);
        if (level != Level.OFF) {
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(level);
            root.addHandler(console);
        }
    }

    private static Level level(String asked) {
        if (asked == null || asked.isBlank()) {
            return Level.OFF;
        }
        try {
            return Level.parse(asked.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.ALL; // asked for, in words this does not know: everything
        }
    }
}
