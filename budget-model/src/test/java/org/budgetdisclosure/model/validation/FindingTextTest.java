package org.budgetdisclosure.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The findings in Chinese and in English: one Chinese sentence a rule, no English word in it. */
class FindingTextTest {

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    /** Every rule id the standard rules declare (their constants). */
    static Set<String> ruleIds() throws Exception {
        Set<String> ids = new TreeSet<>();
        for (Class<?> c : new Class<?>[] {
            AmountRules.class,
            CodeRules.class,
            EconomicSplitRules.class,
            ExplanationRules.class,
            FundRules.class,
            NarrativeRules.class,
            RequiredFacts.class,
            StatedFactRules.class,
            TextRules.class,
            ThreePublicRules.class,
            TotalRules.class,
            UnitPlausibility.class
        }) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    f.setAccessible(true);
                    String v = (String) f.get(null);
                    if (v.matches("[a-z][a-z-]*\\.[a-z.-]+")) {
                        ids.add(v);
                    }
                }
            }
        }
        ids.add("rule.failed");
        ids.add("units.duplicate");
        ids.add("profile.default");
        return ids;
    }

    @Test
    void everyRuleHasAChineseSentenceWithoutEnglishWords() throws Exception {
        Set<String> ids = ruleIds();
        assertThat(ids).hasSizeGreaterThan(45);
        assertThat(FindingText.chineseRules()).containsAll(ids);
        for (String rule : FindingText.chineseRules()) {
            String zh = FindingText.chinese(rule).orElseThrow();
            assertThat(LATIN_WORD.matcher(zh).find()).as(rule + "=" + zh).isFalse();
            assertThat(CJK.matcher(zh).find()).as(rule).isTrue();
        }
    }

    @Test
    void aFindingReadsInEitherLanguageWithItsRuleAndLocationUnchanged() {
        Finding f = new Finding(
                "basic.economic-total",
                Severity.ERROR,
                "table 6 / 合计 / 合计",
                "100.00",
                "99.00",
                "the economic classes of basic expenditure must add up to its total");
        assertThat(FindingText.line(f, Locale.ENGLISH)).isEqualTo(f.toString());
        String zh = FindingText.line(f, Locale.CHINESE);
        assertThat(zh)
                .isEqualTo(
                        "错误 basic.economic-total 位置 table 6 / 合计 / 合计：" + "基本支出经济分类合计与一般公共预算基本支出不符（应为100.00，实为99.00）");
        // values in English words stay out of the Chinese sentence (they are in --json)
        Finding worded = new Finding(
                "three-public.above-basic",
                Severity.WARNING,
                "x",
                "at most 5.00 (table 6)",
                "6.00",
                "the “三公” item exceeds its basic expenditure line");
        assertThat(LATIN_WORD
                        .matcher(FindingText.message(worded, Locale.CHINESE))
                        .find())
                .isFalse();
        // the English sentence of a finding made here has no Chinese words
        assertThat(CJK.matcher(FindingText.message(f, Locale.ENGLISH)).find()).isFalse();
        Finding unit = new Finding(UnitPlausibility.RULE, Severity.WARNING, "unit", "元", "31214205.80万元", "m");
        assertThat(FindingText.message(unit, Locale.CHINESE))
                .isEqualTo("金额看起来是以元为单位填写的，与所填的金额单位不符" + "（合计31214205.80万元）；请核对“金额单位”");
    }
}
