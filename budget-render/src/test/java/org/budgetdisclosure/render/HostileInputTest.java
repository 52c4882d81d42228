package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.budgetdisclosure.model.facts.ExpenditureType.PROJECT;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.BudgetValidationException;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.fonts.MissingGlyphException;
import org.budgetdisclosure.render.testing.ReadBack;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text typed by anyone never becomes markup or code, never corrupts a file, never loops. */
class HostileInputTest {

    private static final String[] ATTACKS = {
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "' onmouseover='alert(1)",
        "<a href=\"javascript:alert(1)\">链接</a>",
        "</td></tr></table></figure></section><h1>假标题</h1>",
        "<style>body{display:none}</style>",
        "</style><script>x()</script>",
        "<!-- 注释 -->",
        "]]><![CDATA[",
        "${7*7}",
        "#{7*7}",
        "<#assign x=1>",
        "[#assign x=1]",
        "&amp;&lt;&#x3C;",
        "<svg onload=alert(1)>"
    };

    private static Budget withText(String text) {
        return TestBudgets.small("某局" + text)
                .overallGoals("目标" + text)
                .otherNotes(text)
                .institutionOverview(text)
                .build();
    }

    /** Every element and attribute name of the parsed HTML. */
    private static Set<String> structure(Document doc) {
        Set<String> names = new TreeSet<>();
        for (Element e : doc.getAllElements()) {
            names.add(e.tagName());
            e.attributes().forEach(a -> names.add(e.tagName() + "@" + a.getKey()));
        }
        return names;
    }

    @Test
    void htmlHasNoElementOrAttributeTheTemplateDidNotWrite() {
        Set<String> benign = structure(
                Jsoup.parse(new String(Disclosure.of(withText("普通文字")).bytes(Format.HTML), StandardCharsets.UTF_8)));
        for (String attack : ATTACKS) {
            String html = new String(Disclosure.of(withText(attack)).bytes(Format.HTML), StandardCharsets.UTF_8);
            Document doc = Jsoup.parse(html);
            assertThat(structure(doc)).as(attack).isEqualTo(benign);
            assertThat(doc.body().text()).as(attack).contains("某局" + attack).contains("目标" + attack);
        }
    }

    @Test
    void pdfAndDocxCarryHostileTextAsText() throws Exception {
        String attack = String.join("", ATTACKS);
        Disclosure d = Disclosure.of(withText(attack));
        try (PDDocument pdf = Loader.loadPDF(d.bytes(Format.PDF))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(9);
        }
        try (XWPFDocument docx = ReadBack.docx(d.bytes(Format.DOCX))) {
            assertThat(docx.getParagraphs().stream().map(p -> p.getText()).toList())
                    .contains(attack);
        }
    }

    @Test
    void controlBidiAndInvisibleCharactersAreRejectedWithTheirPlace() {
        String[][] cases = {
            {"\u0000", "text.control-character"}, {"\u0007", "text.control-character"},
            {"\u202E", "text.bidi-control"}, {"\u2066", "text.bidi-control"},
            {"\u200B", "text.invisible-character"}, {"\uFEFF", "text.invisible-character"},
            {"\uD800", "text.unpaired-surrogate"}
        };
        for (String[] c : cases) {
            Budget b =
                    TestBudgets.small("某县测试局").overallGoals("目标" + c[0] + "文字").build();
            var report = Validator.validate(b);
            assertThat(report.errors())
                    .extracting(Finding::rule, Finding::location)
                    .as("U+%04X", (int) c[0].charAt(0))
                    .contains(org.assertj.core.groups.Tuple.tuple(c[1], "narrative.overallGoals[0]"));
            assertThatThrownBy(() -> Disclosure.of(b)).isInstanceOf(BudgetValidationException.class);
        }
    }

    @Test
    void charactersOutsideTheBasicPlaneRenderWhenAFontHasThemAndAreRefusedClearlyOtherwise() {
        Budget emoji = TestBudgets.small("某县测试局").otherNotes("说明😀").build();
        assertThatThrownBy(() -> Disclosure.of(emoji))
                .isInstanceOf(MissingGlyphException.class)
                .hasMessageContaining("U+1F600");
    }

    @Test
    void veryLongWordsParagraphsAndEmptyTextRenderInTime() {
        String word = "A".repeat(20_000);
        String paragraph = "预算公开，".repeat(40_000);
        Budget b = TestBudgets.small("某县测试局")
                .institution(word, "行政", "", "")
                .overallGoals(paragraph, "", word)
                .otherNotes("")
                .build();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Disclosure d = Disclosure.of(b);
            for (Format f : Format.values()) {
                assertThat(d.bytes(f)).isNotEmpty();
            }
        });
    }

    @Test
    void aHundredThousandLinesAreHandledInProportionOrRefusedWithAClearLimit() {
        Budget.Builder few = TestBudgets.small("某县测试局");
        Budget.Builder many = TestBudgets.small("某县测试局");
        for (int i = 0; i < 100_000; i++) {
            few.appropriation("21505" + String.format("%02d", 1 + i % 40), GENERAL_PUBLIC_BUDGET, PROJECT, "0.01");
            many.appropriation(
                    "2" + String.format("%02d", 1 + i % 30) + String.format("%04d", i % 9999),
                    GENERAL_PUBLIC_BUDGET,
                    PROJECT,
                    "0.01");
        }
        Budget aggregated = few.build();
        Budget scattered = many.build();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            assertThat(Validator.validate(aggregated).hasErrors()).isFalse();
            assertThat(Disclosure.of(aggregated).bytes(Format.HTML)).isNotEmpty();
            Statements s = Statements.of(scattered);
            assertThat(s.expenditure().rows().size()).isGreaterThan(Disclosure.MAX_TABLE_ROWS);
            assertThatThrownBy(() -> Disclosure.of(scattered))
                    .isInstanceOf(RenderLimitException.class)
                    .hasMessageContaining("limited to 10000 rows");
        });
    }
}
