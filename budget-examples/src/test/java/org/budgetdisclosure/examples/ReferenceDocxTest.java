package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.render.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** The DOCX of the reference, read back with POI: every cell, the merges, styles, sections, fonts. */
class ReferenceDocxTest {

    private static final ReferenceDocument REFERENCE = ReferenceDocument.load();
    private static XWPFDocument docx;

    @BeforeAll
    static void open() throws IOException {
        docx = ReadBack.docx(ReferenceRendering.bytes(Format.DOCX));
    }

    @Test
    void everyCellOfEveryTableIsTheReferenceCell() {
        for (StatementId id : StatementId.values()) {
            XWPFTable table = docx.getTables().get(id.number() - 1);
            List<List<String>> body = new ArrayList<>();
            for (XWPFTableRow row : table.getRows()) {
                if (row.isRepeatHeader()) {
                    continue;
                }
                body.add(row.getTableCells().stream()
                        .map(c -> ReferenceRendering.normalize(c.getText()))
                        .toList());
            }
            assertThat(body)
                    .as("table %d", id.number())
                    .isEqualTo(ReferenceRendering.expectedBody(REFERENCE, id.number()));
            long headerRows = table.getRows().stream()
                    .filter(XWPFTableRow::isRepeatHeader)
                    .count();
            assertThat(headerRows)
                    .as("repeating header rows of table %d", id.number())
                    .isEqualTo(REFERENCE.header(id.number()).size());
        }
    }

    @Test
    void headerCellsAreMergedOnAWrittenGrid() {
        XWPFTable table2 = docx.getTables().get(1);
        assertThat(table2.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(13);
        XWPFTableRow first = table2.getRow(0);
        assertThat(first.getTableCells())
                .extracting(XWPFTableCell::getText)
                .containsExactly("序号", "功能分类科目", "合计", "本年收入", "上年结转");
        assertThat(tcPr(first.getCell(0)).getVMerge().getVal()).isEqualTo(STMerge.RESTART);
        assertThat(tcPr(first.getCell(1)).getGridSpan().getVal().intValue()).isEqualTo(2);
        assertThat(tcPr(first.getCell(3)).getGridSpan().getVal().intValue()).isEqualTo(8);
        XWPFTableRow second = table2.getRow(1);
        assertThat(tcPr(second.getCell(0)).getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
        assertThat(second.getCell(1).getText()).isEqualTo("科目编码");
        // table 6: 一般公共预算基本支出 over three columns
        assertThat(tcPr(docx.getTables().get(5).getRow(0).getCell(2))
                        .getGridSpan()
                        .getVal()
                        .intValue())
                .isEqualTo(3);
    }

    @Test
    void sectionsAndTableTitlesUseHeadingStylesAndWideTablesAreLandscape() {
        List<String> headings = new ArrayList<>();
        int landscape = 0;
        for (IBodyElement e : docx.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getText());
                }
                CTSectPr sect =
                        p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getSectPr();
                if (sect != null && sect.getPgSz().getOrient() == STPageOrientation.LANDSCAPE) {
                    landscape++;
                }
            }
        }
        for (StatementId id : StatementId.values()) {
            assertThat(headings).contains(ReferenceRendering.title(id));
        }
        assertThat(headings).containsAll(ReferenceRendering.SECTIONS);
        assertThat(landscape)
                .as("landscape sections: nine tables and procurement")
                .isEqualTo(10);
        assertThat(docx.getStyles()
                        .getStyle("Heading2")
                        .getCTStyle()
                        .getPPr()
                        .getOutlineLvl()
                        .getVal()
                        .intValue())
                .isEqualTo(1);
        String body = docx.getDocument().xmlText();
        assertThat(body).contains("TOC \\o \"1-2\"");
    }

    @Test
    void theContentsFieldIsPreFilledWithItsEntriesAndTheCoverIsCentred() {
        List<String> entries = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (p.getStyle() != null
                    && p.getStyle().startsWith("TOC")
                    && !p.getStyle().equals("TOCHeading")) {
                entries.add(p.getText().strip());
            }
        }
        // shown before any update: the tables and the sections, linked to their bookmarks
        for (StatementId id : StatementId.values()) {
            assertThat(entries).contains(ReferenceRendering.title(id));
        }
        assertThat(entries).containsAll(ReferenceRendering.SECTIONS);
        String body = docx.getDocument().xmlText();
        assertThat(body)
                .contains("PAGEREF table_1 \\h")
                .contains("w:anchor=\"table_1\"")
                .doesNotContain("更新域");
        XWPFParagraph first = docx.getParagraphs().get(0);
        assertThat(first.getText()).isEqualTo("乐亭县工业和信息化局");
        assertThat(first.getStyle()).isEqualTo("Title");
    }

    @Test
    void narrativeSectionsStateTheTableFigures() {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : docx.getParagraphs()) {
            text.append(p.getText()).append('\n');
        }
        for (XWPFTable t : docx.getTables()) {
            text.append(t.getText());
        }
        String all = ReferenceRendering.normalize(text.toString());
        for (String heading : ReferenceRendering.SECTIONS) {
            for (String figure : ReferenceRendering.SECTION_FIGURES.get(heading.substring(0, 1))) {
                assertThat(all).contains(ReferenceRendering.normalize(figure));
            }
        }
    }

    @Test
    void runsAndStylesSetEastAsianFontsAndTheFontsAreEmbedded() throws Exception {
        XWPFParagraph body = docx.getParagraphs().stream()
                .filter(p -> p.getText().startsWith("按照预算管理有关规定"))
                .findFirst()
                .orElseThrow();
        assertThat(EffectiveRun.of(body.getRuns().get(0)).family()).isEqualTo("Noto Serif SC");
        PackagePart fontTable = docx.getPackage()
                .getPartsByName(Pattern.compile("/word/fontTable.xml"))
                .get(0);
        String xml = new String(fontTable.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("w:name=\"Noto Serif SC\"")
                .contains("w:embedRegular")
                .contains("w:embedBold");
        Matcher m = Pattern.compile("w:embedRegular r:id=\"([^\"]+)\" w:fontKey=\"\\{([^}]+)\\}\"")
                .matcher(xml);
        assertThat(m.find()).isTrue();
        PackagePart font = fontTable.getRelatedPart(fontTable.getRelationship(m.group(1)));
        byte[] data;
        try (InputStream in = font.getInputStream()) {
            data = in.readAllBytes();
        }
        String hex = m.group(2).replace("-", "");
        for (int i = 0; i < 32; i++) {
            int k = 15 - (i % 16);
            data[i] ^= (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
            var cmap = ttf.getUnicodeCmapLookup();
            ReferenceRendering.normalize(body.getText())
                    .codePoints()
                    .forEach(cp -> assertThat(cmap.getGlyphId(cp))
                            .as(Character.toString(cp))
                            .isNotZero());
        }
        assertThat(docx.getSettings().getCTSettings().isSetEmbedTrueTypeFonts()).isTrue();
    }

    /**
     * Every character of every run, fixed text included (the contents, the cover), is in the embedded subset of
     * the run's face: no word processor has to take a glyph from a system font.
     */
    @Test
    void everyCharacterOfEveryRunIsInTheEmbeddedSubsetOfItsFace() throws Exception {
        PackagePart fontTable = docx.getPackage()
                .getPartsByName(Pattern.compile("/word/fontTable.xml"))
                .get(0);
        String xml = new String(fontTable.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.Map<String, java.util.Set<Integer>> faces = new java.util.HashMap<>();
        Matcher font =
                Pattern.compile("<w:font w:name=\"([^\"]+)\">(.*?)</w:font>").matcher(xml);
        while (font.find()) {
            Matcher embed = Pattern.compile("w:embed(Regular|Bold) r:id=\"([^\"]+)\" w:fontKey=\"\\{([^}]+)\\}\"")
                    .matcher(font.group(2));
            while (embed.find()) {
                PackagePart part = fontTable.getRelatedPart(fontTable.getRelationship(embed.group(2)));
                byte[] data;
                try (InputStream in = part.getInputStream()) {
                    data = in.readAllBytes();
                }
                String hex = embed.group(3).replace("-", "");
                for (int i = 0; i < 32; i++) {
                    int k = 15 - (i % 16);
                    data[i] ^= (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
                }
                java.util.Set<Integer> chars = new java.util.HashSet<>();
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                    var cmap = ttf.getUnicodeCmapLookup();
                    for (int cp = 0x20; cp < 0x10000; cp++) {
                        if (cmap.getGlyphId(cp) != 0) {
                            chars.add(cp);
                        }
                    }
                }
                faces.put(font.group(1) + "/" + embed.group(1), chars);
            }
        }
        int runs = 0;
        for (XWPFRun run : EffectiveRun.runs(docx)) {
            EffectiveRun format = EffectiveRun.of(run);
            String face = format.family() + (format.bold() ? "/Bold" : "/Regular");
            String text = run.text();
            if (text.isEmpty() || text.isBlank()) {
                continue;
            }
            assertThat(faces).as("embedded faces").containsKey(face);
            text.codePoints()
                    .filter(cp -> cp > 0x20)
                    .forEach(cp -> assertThat(faces.get(face))
                            .as("'%s' in the %s subset", Character.toString(cp), face)
                            .contains(cp));
            runs++;
        }
        assertThat(runs).isGreaterThan(1000);
        assertThat(docx.getDocument().xmlText()).doesNotContain("更新域");
    }

    /**
     * The paragraph styles took the repeated formatting off the runs, not from the text: every run reads back, its
     * style chain resolved, in the font, size and weight it had when each run stated them all (docx-run-formats.tsv,
     * read from the DOCX of before; docs/docx.md), counted by runs and characters.
     */
    @Test
    void everyRunHasTheFontSizeAndWeightItHadBeforeTheStyles() throws IOException {
        java.util.Map<String, int[]> formats = new java.util.TreeMap<>();
        for (XWPFRun run : EffectiveRun.runs(docx)) {
            if (!run.text().isEmpty()) {
                EffectiveRun f = EffectiveRun.of(run);
                int[] count =
                        formats.computeIfAbsent(f.family() + "\t" + f.halfPoints() + "\t" + f.bold(), k -> new int[2]);
                count[0]++;
                count[1] += run.text().length();
            }
        }
        List<String> read = formats.entrySet().stream()
                .map(e -> e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1])
                .toList();
        List<String> expected;
        try (InputStream in = ReferenceDocxTest.class.getResourceAsStream("/docx-run-formats.tsv")) {
            expected = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .sorted()
                    .toList();
        }
        assertThat(read).isEqualTo(expected);
        String body = docx.getDocument().xmlText();
        assertThat(body).doesNotContain("<w:t xml:space=\"preserve\"></w:t>").doesNotContain("<w:t></w:t>");
        assertThat(body).contains("<w:pStyle w:val=\"TableCell\"/>");
    }

    @Test
    void theSameBudgetGivesTheSameBytes() {
        assertThat(ReferenceRendering.DISCLOSURE.bytes(Format.DOCX)).isEqualTo(ReferenceRendering.bytes(Format.DOCX));
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
        return cell.getCTTc().getTcPr();
    }
}
