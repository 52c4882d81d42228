package org.budgetdisclosure.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese of the messages the library and picocli write in English: a file that cannot be read (不存在, 不是普通
 * 文件, 格式有误 at a line and column, a workbook's cell) and a command line that cannot be parsed (未知的选项, 缺少参数).
 * Each kind of message is a pattern and a key of {@code messages_zh.properties}; a message of no known kind is left
 * as it is. English runs never come here. Stateless.
 */
final class ErrorText {

    /** A location of a text file: {@code FILE:LINE:COLUMN} or {@code FILE:LINE}. */
    private static final Pattern LINE_COLUMN = Pattern.compile("^(.*?):(\\d+)(?::(\\d+))?$");

    /** The kinds of a file error's detail, each a pattern and the key of its Chinese. */
    private static final List<String[]> DETAILS = List.of(
            new String[] {"^\\S+ is required(?:[ :].*)?$", "file.required"},
            new String[] {"^\\S+ must be a number, found a date.*$", "file.number-not-date"},
            new String[] {"^\\S+ must be a number, found (.*)$", "file.number"},
            new String[] {"^\\S+ must be a whole number, found (.*)$", "file.whole-number"},
            new String[] {"^\\S+ must be text, found a date$", "file.date-not-text"},
            new String[] {"^\\S+ must be one of (.*), found (.*)$", "file.one-of"},
            new String[] {"^the sheet is missing.*$", "file.sheet-missing"},
            new String[] {"^the sheet is hidden.*$", "file.sheet-hidden"},
            new String[] {
                "^\\S+ is computed for this row \\((.*)\\): leave it blank and fill its items$", "file.computed-row"
            },
            new String[] {"^\\S+ (?:\\(.*\\) )?must be a date such as ([0-9-]+), found (.*)$", "file.date"},
            new String[] {
                "^\\S+ (?:\\(.*\\) )?must be the first and last day such as (\\S+), found (.*)$", "file.period"
            },
            new String[] {"^a required value is missing$", "file.value-missing"},
            new String[] {"^the row (.*) is missing: .*$", "file.row-missing"},
            new String[] {"^no such file$", "file.no-such-file"},
            new String[] {"^a link to a file that does not exist$", "file.dangling-link"},
            new String[] {"^not a regular file \\(a directory\\).*$", "file.directory"},
            new String[] {"^not a regular file \\(.*$", "file.special"},
            new String[] {"^the file has (\\d+) bytes; .* are limited to (.*)$", "file.too-large"},
            new String[] {"^cannot read the file: .*(?:Permission denied|AccessDenied).*$", "file.no-permission"},
            new String[] {"^cannot read the file: .*$", "file.unreadable"},
            new String[] {"^malformed (JSON|YAML): .*$", "file.malformed"},
            new String[] {"^cannot be read as an Excel workbook \\(\\.xlsx\\).*$", "file.not-a-workbook"},
            new String[] {"^cannot read the workbook: .*$", "file.workbook-unreadable"},
            new String[] {"^unknown field \"([^\"]*)\"; expected one of: (.*)$", "file.unknown-field"},
            new String[] {"^unknown field \"([^\"]*)\".*$", "file.unknown-field-only"},
            new String[] {"^missing required field \"([^\"]*)\".*$", "file.missing-field"},
            new String[] {"^expected \"([^\"]*)\" or \"([^\"]*)\", found (.*)$", "file.either"},
            new String[] {"^expected (.*?), found (.*)$", "file.expected"});

    /** The words of a parser's {@code expected X, found Y}. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("an object", "对象"),
            Map.entry("a list", "列表"),
            Map.entry("a text", "文字"),
            Map.entry("a number", "数字"),
            Map.entry("a whole number", "整数"),
            Map.entry("true", "true"),
            Map.entry("false", "false"),
            Map.entry("null", "空值"),
            Map.entry("the end of an object", "对象的结尾"),
            Map.entry("the end of a list", "列表的结尾"),
            Map.entry("a date", "日期"),
            Map.entry("a boolean value", "true 或 false"),
            Map.entry("an integer value", "整数"));

    /** The kinds of picocli's messages of a command line it cannot parse. */
    private static final List<String[]> PARAMETERS = List.of(
            new String[] {"^Unknown options?: (.*)$", "args.unknown-option"},
            new String[] {"^Missing required parameters?: (.*)$", "args.missing-parameter"},
            new String[] {"^Missing required options?: (.*)$", "args.missing-option"},
            new String[] {"^Missing required parameter for option '([^']*)'.*$", "args.missing-value"},
            new String[] {"^Expected parameter for option '([^']*)' but found '([^']*)'$", "args.expected-value"},
            new String[] {
                "^Invalid value for option '([^']*)'.*?: unknown format '([^']*)': expected (.*)$",
                "args.unknown-format"
            },
            new String[] {"^Invalid value for option '([^']*)'.*$", "args.invalid-value"},
            new String[] {"^Invalid value for positional parameter.*$", "args.invalid-parameter"},
            new String[] {"^Unmatched arguments? (?:at|from) index \\d+: (.*)$", "args.unmatched"});

    private ErrorText() {}

    /**
     * @param location a file error's location before its detail: {@code FILE}, {@code FILE:LINE:COLUMN}
     * @return the location in Chinese ({@code FILE：第2行第10列}), never null
     */
    static String location(String location) {
        Matcher m = LINE_COLUMN.matcher(location);
        if (!m.matches()) {
            return location;
        }
        return m.group(3) == null
                ? Lang.text("file.line", location, m.group(1), m.group(2))
                : Lang.text("file.line-column", location, m.group(1), m.group(2), m.group(3));
    }

    /**
     * @param english a file error's detail, as the library says it
     * @return its Chinese where its kind is known, else the English, never null
     */
    static String detail(String english) {
        String translated = translate(english, DETAILS);
        return translated == null ? english : translated;
    }

    /**
     * @param english picocli's message of a command line it cannot parse
     * @return its Chinese where its kind is known, else the English, never null
     */
    static String parameter(String english) {
        String translated = translate(english, PARAMETERS);
        return translated == null ? english : translated;
    }

    private static String translate(String english, List<String[]> kinds) {
        for (String[] kind : kinds) {
            Matcher m = Pattern.compile(kind[0], Pattern.DOTALL).matcher(english);
            if (m.matches()) {
                Object[] groups = new Object[m.groupCount()];
                for (int g = 0; g < groups.length; g++) {
                    groups[g] = m.group(g + 1);
                }
                if (kind[1].equals("file.expected")) {
                    String expected = WORDS.get(groups[0].toString().toLowerCase(Locale.ROOT));
                    if (expected == null) {
                        return null;
                    }
                    String found = groups[1].toString();
                    groups = new Object[] {expected, WORDS.getOrDefault(found.toLowerCase(Locale.ROOT), found)};
                }
                return Lang.text(kind[1], english, groups);
            }
        }
        return null;
    }
}
