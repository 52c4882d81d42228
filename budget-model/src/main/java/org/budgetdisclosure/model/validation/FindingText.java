package org.budgetdisclosure.model.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A finding as a user reads it, in English or in Chinese (校验结果的说明). The English sentence is the finding's
 * own ({@link Finding#message()}, written where the finding is made); the Chinese one comes from one catalogue,
 * {@code findings_zh.properties} beside this class, keyed by the rule id, where {@code {0}} is the expected value
 * and {@code {1}} the actual one. The rule id and the location are the same in both languages (programs read
 * them); a rule the catalogue lacks falls back to its English sentence. Thread-safe.
 */
public final class FindingText {

    private static final String BUNDLE = "org.budgetdisclosure.model.validation.findings";
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}");

    private FindingText() {}

    /** @param locale a locale, not null @return whether messages are given in Chinese for it */
    public static boolean isChinese(Locale locale) {
        return locale.getLanguage().equals("zh");
    }

    /**
     * The Chinese sentence of a rule, as the catalogue has it (with its placeholders).
     *
     * @param rule a rule id, such as {@code basic.economic-total}
     * @return the sentence, empty when the catalogue lacks the rule
     */
    public static Optional<String> chinese(String rule) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, NO_FALLBACK)
                    .getString(rule));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** @return the rule ids the Chinese catalogue holds, never null */
    public static java.util.Set<String> chineseRules() {
        return ResourceBundle.getBundle(BUNDLE, Locale.CHINESE, NO_FALLBACK).keySet();
    }

    /**
     * @param finding a finding, not null
     * @param locale the reader's language, not null
     * @return the sentence saying what is wrong in that language (Chinese, or else English), never null
     */
    public static String message(Finding finding, Locale locale) {
        if (!isChinese(locale)) {
            return finding.message();
        }
        Optional<String> pattern = chinese(finding.rule());
        if (pattern.isEmpty()) {
            return finding.message();
        }
        String text = new MessageFormat(pattern.get(), Locale.ROOT)
                .format(new Object[] {finding.expected(), finding.actual()});
        // values written in words of English are left to the English sentence and --json
        if (!pattern.get().contains("{")
                && !LATIN.matcher(finding.expected() + finding.actual()).find()) {
            text += "（应为" + finding.expected() + "，实为" + finding.actual() + "）";
        } else if (!pattern.get().contains("{")
                && !LATIN.matcher(finding.actual()).find()) {
            text += "（所填为" + finding.actual() + "）";
        }
        return text;
    }

    /**
     * One line: severity, rule, location and the sentence, in the reader's language.
     *
     * @param finding a finding, not null
     * @param locale the reader's language, not null
     * @return the line; in English the finding's own {@link Finding#toString()}; never null
     */
    public static String line(Finding finding, Locale locale) {
        if (!isChinese(locale)) {
            return finding.toString();
        }
        String severity = finding.severity() == Severity.ERROR ? "错误" : "警告";
        return severity + " " + finding.rule() + " 位置 " + finding.location() + "：" + message(finding, locale);
    }

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
