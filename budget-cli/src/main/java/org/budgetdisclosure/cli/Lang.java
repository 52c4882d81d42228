package org.budgetdisclosure.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of what the command prints for people (界面语言): Chinese or English, chosen by {@code --lang zh|en},
 * else by the locale (a {@code zh} locale: Chinese). The English text is written where it is printed; the Chinese
 * comes from one catalogue, {@code messages_zh.properties} beside this class, by message key. Rule ids, locations
 * and {@code --json} are the same in both languages: programs read them.
 */
final class Lang {

    private static final InheritableThreadLocal<Locale> CURRENT = new InheritableThreadLocal<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Lang() {}

    /**
     * The language asked for on the command line ({@code --lang zh}, {@code --lang=en}), else the locale's.
     *
     * @param args the arguments of the command line
     * @return {@link Locale#CHINESE} or {@link Locale#ENGLISH}
     */
    static Locale choose(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=")
                    ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return value.strip().toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH;
            }
        }
        return Locale.getDefault().getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    static void set(Locale locale) {
        CURRENT.set(locale);
    }

    static void clear() {
        CURRENT.remove();
    }

    /** @return the language of this run of the command, never null */
    static Locale current() {
        Locale l = CURRENT.get();
        return l != null ? l : Locale.getDefault().getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** @return whether this run prints in Chinese */
    static boolean chinese() {
        return current().getLanguage().equals("zh");
    }

    /**
     * A message in the language of the run.
     *
     * @param key the message's key in the catalogue
     * @param english the English text, as printed
     * @param args the values the Chinese pattern puts at {@code {0}}, {@code {1}}, …
     * @return the Chinese text where the run is in Chinese and the catalogue has the key, else the English
     */
    static String text(String key, String english, Object... args) {
        if (!chinese()) {
            return english;
        }
        try {
            String pattern = ResourceBundle.getBundle("org.budgetdisclosure.cli.messages", Locale.CHINESE, NO_FALLBACK)
                    .getString(key);
            return new MessageFormat(pattern, Locale.ROOT).format(args);
        } catch (MissingResourceException e) {
            return english;
        }
    }

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("^(\\s*)(.*?): at (.+?): (.*)$");
    private static final java.util.regex.Pattern PLAIN =
            java.util.regex.Pattern.compile("^(\\s*)(.*?(?::\\d+(?::\\d+)?)?): (.*)$");
    private static final java.util.regex.Pattern MORE = java.util.regex.Pattern.compile("^(\\s*)… and (\\d+) more$");

    /**
     * A message of a file that cannot be read (a workbook's cell, a file's line and column, a file that is not
     * there), line by line in the language of the run: a line {@code FILE:LINE:COLUMN: at WHERE: DETAIL} is
     * {@code FILE：第LINE行第COLUMN列：WHERE：详情} in Chinese, its detail translated where {@link ErrorText} knows
     * its kind ({@code 内容 is required} is 必须填写, {@code no such file} 文件不存在) and otherwise left as it is.
     *
     * @param message the English message, not null
     * @return the message in the language of the run, never null
     */
    static String fileError(String message) {
        if (!chinese()) {
            return message;
        }
        StringBuilder out = new StringBuilder();
        for (String line : message.split("\\R", -1)) {
            if (out.length() > 0) {
                out.append(System.lineSeparator());
            }
            java.util.regex.Matcher at = AT.matcher(line);
            java.util.regex.Matcher plain = PLAIN.matcher(line);
            java.util.regex.Matcher more = MORE.matcher(line);
            if (at.matches()) {
                out.append(at.group(1))
                        .append(text(
                                "file.at",
                                line,
                                ErrorText.location(at.group(2)),
                                at.group(3),
                                ErrorText.detail(at.group(4))));
            } else if (more.matches()) {
                out.append(more.group(1)).append(text("file.more", line, more.group(2)));
            } else if (plain.matches()) {
                out.append(plain.group(1))
                        .append(text(
                                "file.plain",
                                line,
                                ErrorText.location(plain.group(2)),
                                ErrorText.detail(plain.group(3))));
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    /**
     * @param message the English message of a file that cannot be read, not null
     * @return the line the command prints for it, {@code budget: } and the message in the language of the run
     */
    static String fileErrorLine(String message) {
        return text("file.error", "budget: " + message, fileError(message));
    }

    /** @return the keys of the Chinese catalogue, for tests */
    static java.util.Set<String> keys() {
        return ResourceBundle.getBundle("org.budgetdisclosure.cli.messages", Locale.CHINESE, NO_FALLBACK)
                .keySet();
    }
}
