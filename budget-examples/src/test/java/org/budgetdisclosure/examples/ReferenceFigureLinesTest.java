package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.RenderOptions;
import org.budgetdisclosure.render.profile.Profile;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The references' figures stand whole on their lines: the 财政局's chapter 四 broke "收入预算3,⏎121.42万元" at the line
 * end; now no PDF line of the three references ends inside a figure, the HTML keeps each figure in a no-wrap span
 * whose text a program extracts unchanged, and the DOCX holds the same text.
 */
class ReferenceFigureLinesTest {

    private static final String SENTENCE = "2025年，上海市普陀区财政局收入预算3,121.42万元，其中：财政拨款收入3,121.42万元";

    @Test
    void noPdfLineOfTheReferencesEndsInsideAFigure() throws Exception {
        for (String[] reference : new String[][] {
            {"leting-industry-bureau-2022.json", "hebei-2022"},
            {"shanghai-putuo-finance-bureau-2025.json", "shanghai-2025-department"},
            {"shanghai-putuo-welfare-home-2024-unit.json", "shanghai-unit"}
        }) {
            List<String> lines =
                    ReadBack.pdfLines(render(reference[0], reference[1]).bytes(Format.PDF));
            assertThat(lines).hasSizeGreaterThan(100);
            for (int i = 0; i + 1 < lines.size(); i++) {
                String line = lines.get(i);
                String next = lines.get(i + 1);
                boolean broken = line.matches(".*\\d[,.]$") && next.matches("^\\d.*")
                        || line.matches(".*\\d$") && next.matches("^(万元|元|%).*")
                        || line.matches(".*\\d万$") && next.startsWith("元");
                assertThat(broken)
                        .as("%s: «%s» then «%s»", reference[0], line, next)
                        .isFalse();
            }
        }
    }

    @Test
    void theFinanceBureausIncomeStandsWholeInEveryFormat() throws Exception {
        Disclosure d = render("shanghai-putuo-finance-bureau-2025.json", "shanghai-2025-department");
        List<String> lines = ReadBack.pdfLines(d.bytes(Format.PDF));
        // every 3,121.42 of the narrative on one line with its 万元 (the figure moved to the next line whole)
        String pdf = String.join("\n", lines);
        assertThat(pdf).contains("3,121.42万元").doesNotContain("3,\n121.42").doesNotContain("3,121.42\n万元");
        assertThat(String.join("", lines).replaceAll("\\s", "")).contains(SENTENCE);

        var html = ReadBack.html(d.bytes(Format.HTML));
        Element paragraph = html.select("p").stream()
                .filter(p -> p.text().startsWith(SENTENCE))
                .findFirst()
                .orElseThrow();
        // the text a program extracts is unchanged: no invisible character inside or around a figure
        assertThat(paragraph.text()).contains(SENTENCE).doesNotContain("\u2060").doesNotContain("\u00a0");
        assertThat(paragraph.select("span.fig").eachText())
                .startsWith("3,121.42万元", "3,121.42万元")
                .contains("107.62万元")
                .allSatisfy(f -> assertThat(f).matches("-?[0-9][0-9,]*(\\.[0-9]+)?(万元|元|%)?"));
        assertThat(html.select("style").html()).contains(".fig { white-space: nowrap; }");
        // a right-aligned table figure never wraps by its cell's CSS: no span added there
        assertThat(html.select("td.right span.fig")).isEmpty();
        assertThat(html.select("td.right").eachText()).contains("31,214,205.80");

        try (XWPFDocument docx = ReadBack.docx(d.bytes(Format.DOCX))) {
            assertThat(docx.getParagraphs().stream().map(XWPFParagraph::getText))
                    .anyMatch(t -> t.startsWith(SENTENCE));
        }
    }

    private static Disclosure render(String file, String profile) throws Exception {
        return Disclosure.of(
                BudgetFiles.read(Path.of("budgets", file)),
                RenderOptions.defaults().withProfile(Profile.of(profile)));
    }
}
