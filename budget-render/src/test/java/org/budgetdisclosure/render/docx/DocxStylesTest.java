package org.budgetdisclosure.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.TestBudgetsAccess;
import org.budgetdisclosure.render.testing.EffectiveRun;
import org.budgetdisclosure.render.testing.ReadBack;
import org.junit.jupiter.api.Test;

/**
 * The DOCX's paragraph styles: cells, heading lines and the narrative name their style, runs state only what
 * differs from it, and read back with the style chain resolved they are in the font, size and weight the document
 * asks for; empty cells have no run; white space is preserved where it needs to be and only there.
 */
class DocxStylesTest {

    private static final Pattern NEEDS_PRESERVE = Pattern.compile("^\\s|\\s$|[\\t\\n\\r]|\\s\\s");

    @Test
    void cellsTakeTheirStyleAndTheirRunsOnlyTheirSizeAndWeight() throws Exception {
        byte[] bytes = Disclosure.of(TestBudgetsAccess.small()).bytes(Format.DOCX);
        try (XWPFDocument docx = ReadBack.docx(bytes)) {
            String body = docx.getDocument().xmlText();
            assertThat(body)
                    .doesNotContain("<w:t xml:space=\"preserve\"></w:t>")
                    .doesNotContain("<w:t></w:t>")
                    .doesNotContain("w:line=\"240\" w:lineRule=\"auto\"");
            int cells = 0;
            int totals = 0;
            for (XWPFTable table : docx.getTables()) {
                List<XWPFTableRow> rows = table.getRows();
                for (XWPFTableRow row : rows) {
                    String text = row.getTableCells().stream()
                            .map(XWPFTableCell::getText)
                            .reduce("", String::concat)
                            .replaceAll("\\s", "");
                    // a row is in one weight: bold for a total (合计 first), regular for most
                    Boolean weight = !row.isRepeatHeader() && (text.startsWith("合计") || text.startsWith("总计"))
                            ? Boolean.TRUE
                            : null;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            assertThat(p.getStyle()).startsWith(DocxStyles.TABLE_CELL);
                            for (XWPFRun run : p.getRuns()) {
                                if (run.text().isEmpty() || run.text().equals("\n")) {
                                    continue;
                                }
                                EffectiveRun format = EffectiveRun.of(run);
                                assertThat(format.family()).isEqualTo("Noto Serif SC");
                                assertThat(format.halfPoints()).isBetween(14, 24);
                                if (weight == null) {
                                    weight = format.bold();
                                }
                                assertThat(format.bold())
                                        .as("%s in %s", run.text(), text)
                                        .isEqualTo(weight);
                                // the family is the style's: the run does not repeat it
                                var rPr = run.getCTR().getRPr();
                                assertThat(rPr == null || rPr.sizeOfRFontsArray() == 0)
                                        .isTrue();
                                cells++;
                                totals += format.bold() ? 1 : 0;
                            }
                        }
                    }
                }
            }
            assertThat(cells).isGreaterThan(100);
            assertThat(totals).isGreaterThan(3).isLessThan(cells / 4);
            XWPFParagraph narrative = docx.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("按照预算管理"))
                    .findFirst()
                    .orElseThrow();
            assertThat(narrative.getStyle()).isEqualTo(DocxStyles.BODY_TEXT);
            assertThat(narrative.getRuns().get(0).getCTR().getRPr()).isNull();
            assertThat(EffectiveRun.of(narrative.getRuns().get(0)))
                    .isEqualTo(new EffectiveRun("Noto Serif SC", 32, false));
            XWPFParagraph heading = docx.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle()))
                    .findFirst()
                    .orElseThrow();
            assertThat(EffectiveRun.of(heading.getRuns().get(0)).bold()).isTrue();
        }
    }

    @Property
    void whiteSpaceIsPreservedWhereAReaderWouldLoseItAndOnlyThere(@ForAll("texts") String text) {
        assertThat(WordText.preserve(text))
                .isEqualTo(NEEDS_PRESERVE.matcher(text).find());
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings()
                .withChars(' ', '\t', '\n', 'a', '元', '1')
                .ofMinLength(1)
                .ofMaxLength(10);
    }

    @Property
    void aRunStatesWhatDiffersFromItsStyleAndNothingElse(
            @ForAll("formats") RunFormat format, @ForAll("formats") RunFormat base) {
        String rPr = format.differences(base);
        assertThat(rPr.isEmpty()).isEqualTo(format.equals(base));
        assertThat(rPr.contains("w:eastAsia=\"" + format.family() + "\""))
                .isEqualTo(!format.family().equals(base.family()));
        assertThat(rPr.contains("<w:sz w:val=\"" + format.halfPoints() + "\"/>"))
                .isEqualTo(format.halfPoints() != base.halfPoints());
        assertThat(rPr.contains("<w:b/>")).isEqualTo(format.bold() && !base.bold());
        assertThat(rPr.contains("<w:b w:val=\"0\"/>")).isEqualTo(!format.bold() && base.bold());
    }

    @Provide
    Arbitrary<RunFormat> formats() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.of("Noto Serif SC", "Noto Sans SC", "仿宋_GB2312"),
                        Arbitraries.of(true, false),
                        Arbitraries.of(16, 21, 32, 44))
                .as(RunFormat::new);
    }
}
