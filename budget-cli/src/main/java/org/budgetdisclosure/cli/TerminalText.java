package org.budgetdisclosure.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints passes through here: control characters other than line feed, carriage return and
 * tab (ESC and the escape sequences it starts, C1 controls such as CSI U+009B, BEL, backspace) and bidirectional
 * overrides are shown as {@code \\u001B} rather than sent to the terminal, so that text from a budget file (a
 * field, a file name) can neither move the cursor, retitle the window nor hide what is printed.
 */
final class TerminalText {

    private TerminalText() {}

    /** @param c a character @return whether it is printed as an escape rather than as itself */
    static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069;
    }

    /** @param text any text, not null @return it with every unsafe character written as {@code \\uXXXX} */
    static String clean(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (s == null) {
                    s = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                s.append(escape(c));
            } else if (s != null) {
                s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }

    /** @param name a file name @return it on one line: line breaks too are escaped */
    static String fileName(Object name) {
        return clean(String.valueOf(name)).replace("\n", "\\u000A").replace("\r", "\\u000D");
    }

    private static String escape(char c) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "\\u" + "0".repeat(4 - hex.length()) + hex;
    }

    /** @param out where to print, not null @return a writer printing safe text to it, flushing on every line */
    static PrintWriter safe(Writer out) {
        return new PrintWriter(
                new FilterWriter(out) {
                    @Override
                    public void write(int c) throws IOException {
                        if (unsafe((char) c)) {
                            out.write(escape((char) c));
                        } else {
                            out.write(c);
                        }
                    }

                    @Override
                    public void write(char[] chars, int offset, int length) throws IOException {
                        out.write(clean(new String(chars, offset, length)));
                    }

                    @Override
                    public void write(String text, int offset, int length) throws IOException {
                        out.write(clean(text.substring(offset, offset + length)));
                    }
                },
                true);
    }
}
