package org.budgetdisclosure.render.docx;

/** Text as WordprocessingML writes it (文本): escaped for XML, and whether its white space must be kept as it is. */
final class WordText {

    private WordText() {}

    /**
     * Whether a text needs {@code xml:space="preserve"}: white space at either end, white space other than a
     * space, or two white space characters running, which a reader may otherwise collapse.
     */
    static boolean preserve(String text) {
        boolean previous = true; // a space at the start counts
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (space && (previous || c != ' ')) {
                return true;
            }
            previous = space;
        }
        return previous;
    }

    /** @return the text with {@code & < > "} escaped, the text itself when it has none */
    static String escape(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String e = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (e != null) {
                if (s == null) {
                    s = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                s.append(e);
            } else if (s != null) {
                s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }
}
