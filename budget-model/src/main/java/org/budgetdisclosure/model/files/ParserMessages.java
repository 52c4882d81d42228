package org.budgetdisclosure.model.files;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the parsers that read input files (Jackson for JSON and YAML), in the words of the file rather
 * than of the parser: without the parser's source excerpt (<code>[Source: (String)"&#123;…"; line: 1, column: 5]</code>),
 * reference chain, settings ({@code StreamReadConstraints.getMaxNumberLength()}), token names
 * ({@code JsonToken.START_OBJECT}) or Java class names. Applied once, where every message of a budget file or a
 * profile is made. Stateless.
 */
public final class ParserMessages {

    private static final Pattern SOURCE = Pattern.compile("(?s)\\s*at \\[Source: .*?; line: \\d+, column: \\d+\\]");
    private static final Pattern SOURCE_ONLY = Pattern.compile("(?s)\\s*\\[Source: .*?\\]");
    private static final Pattern CHAIN = Pattern.compile("(?s)\\s*\\(through reference chain: .*?\\)");
    private static final Pattern SETTING = Pattern.compile(",? ?from `?StreamReadConstraints\\.\\w+\\(\\)`?");
    private static final Pattern TOKEN = Pattern.compile("\\(token `?JsonToken\\.(\\w+)`?\\)");
    private static final Pattern DESERIALIZE = Pattern.compile(
            "Cannot deserialize value of type `?([\\w.$]+)`? from (\\w+) value(?: \\(token `?JsonToken\\.(\\w+)`?\\))?");
    private static final Pattern CLASS = Pattern.compile(
            "\\b(?:java|javax|com\\.fasterxml|org\\.budgetdisclosure|org\\.yaml|org\\.apache)\\.(?:[a-z][a-z0-9_]*\\.)*"
                    + "([A-Z][\\w$]*)");
    private static final Map<String, String> TOKENS = Map.of(
            "START_OBJECT",
            "an object",
            "START_ARRAY",
            "a list",
            "VALUE_STRING",
            "a text",
            "VALUE_NUMBER_INT",
            "a number",
            "VALUE_NUMBER_FLOAT",
            "a number",
            "VALUE_TRUE",
            "true",
            "VALUE_FALSE",
            "false",
            "VALUE_NULL",
            "null",
            "END_OBJECT",
            "the end of an object",
            "END_ARRAY",
            "the end of a list");

    private ParserMessages() {}

    /**
     * @param message a message that may hold a parser's internals, not null
     * @return the message in the file's words, never null
     */
    public static String plain(String message) {
        String s = SOURCE.matcher(message).replaceAll("");
        s = SOURCE_ONLY.matcher(s).replaceAll("");
        s = CHAIN.matcher(s).replaceAll("");
        s = SETTING.matcher(s).replaceAll("");
        s = DESERIALIZE
                .matcher(s)
                .replaceAll(m -> "expected " + simple(m.group(1)) + ", found "
                        + (m.group(3) != null && TOKENS.containsKey(m.group(3))
                                ? TOKENS.get(m.group(3))
                                : article(m.group(2).toLowerCase(java.util.Locale.ROOT)) + " value"));
        Matcher token = TOKEN.matcher(s);
        s = token.replaceAll(m -> "(found " + TOKENS.getOrDefault(m.group(1), "something else") + ")");
        s = CLASS.matcher(s).replaceAll("$1");
        // "expected X" said before the parser's own "expected X, found …": once
        s = s.replaceAll("expected ([^;,]+); expected \\1, ", "expected $1, ");
        return s;
    }

    private static String simple(String type) {
        int dot = type.lastIndexOf('.');
        return (dot < 0 ? type : type.substring(dot + 1)).replace('$', '.');
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.isEmpty() ? 'x' : word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }
}
