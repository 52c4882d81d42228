package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Heading;
import org.budgetdisclosure.render.document.Table;
import org.junit.jupiter.api.Test;

/**
 * What a screen reader finds in the DOCX of every bundled reference: each table's header rows are repeated table
 * headers ({@code w:tblHeader}, Word's “Repeat as header row”, LibreOffice's “Repeat heading”), its body rows are
 * not; each heading of the document is a paragraph in a heading style that Word knows by its built-in name
 * ({@code heading N}) and LibreOffice by its outline level (N − 1), so that both list it in their navigation.
 */
class DocxAccessibilityTest {

    @Test
    void headerRowsRepeatAndHeadingsAreHeadingStyles() throws Exception {
        for (Map.Entry<String, Disclosure> e : PdfSamples.references().entrySet()) {
            Disclosure disclosure = e.getValue();
            try (XWPFDocument docx = ReadBack.docx(disclosure.bytes(Format.DOCX))) {
                List<Table> tables = new ArrayList<>();
                List<Heading> headings = new ArrayList<>();
                for (Block block : disclosure.document().blocks()) {
                    if (block instanceof Table t && !t.isEmpty()) {
                        tables.add(t);
                    } else if (block instanceof Heading h) {
                        headings.add(h);
                    }
                }
                List<XWPFTable> written = docx.getTables().stream()
                        .filter(t -> t.getRows().stream().anyMatch(r -> r.isRepeatHeader()))
                        .toList();
                assertThat(written).as(e.getKey() + ": tables with header rows").hasSize((int)
                        tables.stream().filter(t -> !t.header().isEmpty()).count());
                int i = 0;
                for (Table table : tables) {
                    if (table.header().isEmpty()) {
                        continue;
                    }
                    XWPFTable t = written.get(i++);
                    for (int r = 0; r < t.getRows().size(); r++) {
                        assertThat(t.getRow(r).isRepeatHeader())
                                .as(e.getKey() + " " + table.title() + " row " + r)
                                .isEqualTo(r < table.header().size());
                    }
                }
                assertThat(i).isPositive();
                for (Heading heading : headings) {
                    XWPFParagraph p = docx.getParagraphs().stream()
                            .filter(q -> q.getStyle() == null || !q.getStyle().startsWith("TOC")) // the contents' entry
                            .filter(q ->
                                    q.getText().strip().equals(heading.text().strip()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(e.getKey() + ": no paragraph " + heading.text()));
                    String id = p.getStyle();
                    assertThat(id).as(e.getKey() + ": " + heading.text()).isEqualTo("Heading" + heading.level());
                    XWPFStyle style = docx.getStyles().getStyle(id);
                    assertThat(style).as(id).isNotNull();
                    assertThat(style.getName()).isEqualTo("heading " + heading.level());
                    assertThat(style.getCTStyle()
                                    .getPPr()
                                    .getOutlineLvl()
                                    .getVal()
                                    .intValue())
                            .isEqualTo(heading.level() - 1);
                }
                assertThat(headings).as(e.getKey()).isNotEmpty();
            }
        }
    }
}
