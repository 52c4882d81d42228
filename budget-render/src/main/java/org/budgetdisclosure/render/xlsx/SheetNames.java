package org.budgetdisclosure.render.xlsx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names the sheets of a workbook as Excel allows (工作表名称): at most 31 characters, none of {@code \ / ? * [ ] :},
 * not starting or ending with an apostrophe, not blank, and unique ignoring case (a repeated name gets
 * {@code (2)}, {@code (3)}, …). Not thread-safe: one per workbook.
 */
final class SheetNames {

    /** The most characters Excel allows in a sheet name. */
    static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    /**
     * @param wanted the name wanted, such as a table's title, not null
     * @param fallback the name used when nothing of the wanted one is left, not blank
     * @return a legal name not given before by this instance, never null
     */
    String next(String wanted, String fallback) {
        String name = clean(wanted);
        if (name.isEmpty()) {
            name = clean(fallback);
        }
        name = cut(name, MAX_LENGTH);
        String candidate = name;
        for (int n = 2;
                used.contains(candidate.toLowerCase(Locale.ROOT)) || candidate.equalsIgnoreCase("History");
                n++) {
            String suffix = "(" + n + ")";
            candidate = cut(name, MAX_LENGTH - suffix.length()) + suffix;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private static String clean(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if ("\\/?*[]:".indexOf(cp) >= 0) {
                s.append('_');
            } else if (!Character.isISOControl(cp)) {
                s.appendCodePoint(cp);
            }
        });
        String name = s.toString().strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.strip();
    }

    /** Cuts to a number of UTF-16 units (Excel counts those) without splitting a surrogate pair. */
    private static String cut(String name, int length) {
        if (name.length() <= length) {
            return name;
        }
        int end = length;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end).strip();
    }
}
