package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.PdfFigures;
import org.budgetdisclosure.render.document.Block;
import org.budgetdisclosure.render.document.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The structure of every bundled reference's PDF, read back with PDFBox (and poppler's {@code pdfinfo} where it is
 * installed): one Table per table of the document, with its ID, TH cells and TD cells, a table continued over pages
 * being one Table; no printed text is an artifact except the page numbers and the header rows repeated on a
 * continuation page; the carried figures are the JSON export byte for byte; the same document gives the same bytes.
 */
class PdfStructureTest {

    @Test
    void everyTableIsOneTableWithHeaderAndDataCellsAndOnlyPageNumbersAndRepeatedHeadersAreArtifacts() throws Exception {
        for (Map.Entry<String, Disclosure> e : PdfSamples.references().entrySet()) {
            byte[] pdf = e.getValue().bytes(Format.PDF);
            List<String> anchors = new ArrayList<>();
            for (Block block : e.getValue().document().blocks()) {
                if (block instanceof Table t) {
                    anchors.add(t.anchor());
                }
            }
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
                assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
                assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                        .isTrue();
                Map<String, COSDictionary> tables = new LinkedHashMap<>();
                Set<String> headerTexts = new HashSet<>();
                List<Set<COSBase>> pagesOfTables = new ArrayList<>();
                collect(
                        PdfStructureTexts.kids(doc.getDocumentCatalog()
                                .getStructureTreeRoot()
                                .getCOSObject()
                                .getDictionaryObject(COSName.K)),
                        tables,
                        headerTexts,
                        pagesOfTables,
                        doc);
                assertThat(tables.keySet()).as(e.getKey()).containsExactlyElementsOf(anchors);
                if (e.getKey().equals("hebei-leting-2022")) {
                    // its 支出总表 and 基本支出表 run over pages (the Shanghai ones fit a page each)
                    assertThat(pagesOfTables)
                            .as(e.getKey() + ": a table set over pages is one Table")
                            .anyMatch(pages -> pages.size() > 1);
                }
                assertThat(pagesOfTables).allMatch(pages -> !pages.isEmpty());
                for (PDPage page : doc.getPages()) {
                    for (String artifact : artifacts(page)) {
                        assertThat(artifact.matches("— \\d+ —") || headerTexts.contains(artifact.strip()))
                                .as(e.getKey() + ": artifact text " + artifact)
                                .isTrue();
                    }
                }
            }
            byte[] figures = PdfFigures.extract(pdf).get(0).bytes();
            assertThat(figures)
                    .as("the carried figures are the JSON export")
                    .isEqualTo(e.getValue().bytes(Format.JSON));
            assertThat(e.getValue().bytes(Format.PDF))
                    .as("same document, same bytes")
                    .isEqualTo(pdf);
        }
    }

    /** poppler says {@code Tagged: yes} and {@code pdfinfo -struct} lists the nine tables with TH and TD cells. */
    @Test
    void popplerSeesTheTaggedTables() throws Exception {
        Assumptions.assumeTrue(Path.of("/usr/bin/pdfinfo").toFile().canExecute(), "poppler-utils installed");
        Path file = PdfSamples.write(
                "finance-bureau-structure",
                PdfSamples.references()
                        .get("shanghai-putuo-finance-bureau-2025")
                        .bytes(Format.PDF));
        assertThat(run("pdfinfo", file.toString())).containsPattern("Tagged:\\s+yes");
        String struct = run("pdfinfo", "-struct", file.toString());
        List<String> tables =
                struct.lines().filter(l -> l.startsWith("  Table ")).toList();
        assertThat(tables).hasSize(9);
        for (String block : struct.split("\n  Table ")) {
            if (block.startsWith("<table-")) {
                assertThat(block)
                        .contains("THead")
                        .contains("TH")
                        .contains("TBody")
                        .contains("TD");
            }
        }
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static List<String> artifacts(PDPage page) throws Exception {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        List<String> texts = new ArrayList<>();
        for (PDMarkedContent content : extractor.getMarkedContents()) {
            if ("Artifact".equals(content.getTag())) {
                StringBuilder text = new StringBuilder();
                for (Object o : content.getContents()) {
                    if (o instanceof TextPosition t) {
                        text.append(t.getUnicode());
                    }
                }
                if (!text.toString().isBlank()) {
                    texts.add(text.toString());
                }
            }
        }
        return texts;
    }

    private static void collect(
            List<COSDictionary> elements,
            Map<String, COSDictionary> tables,
            Set<String> headerTexts,
            List<Set<COSBase>> pagesOfTables,
            PDDocument doc)
            throws Exception {
        for (COSDictionary element : elements) {
            String type = element.getNameAsString(COSName.S);
            if (type == null) {
                continue;
            }
            if (type.equals("Table")) {
                tables.put(element.getString(COSName.ID), element);
                Map<String, Integer> cells = new LinkedHashMap<>();
                Set<COSBase> pages = new HashSet<>();
                count(element, cells, pages);
                assertThat(cells.getOrDefault("TH", 0))
                        .as(element.getString(COSName.ID) + " TH")
                        .isPositive();
                assertThat(cells.getOrDefault("TD", 0))
                        .as(element.getString(COSName.ID) + " TD")
                        .isPositive();
                pagesOfTables.add(pages);
                headerTexts.addAll(PdfStructureTexts.headerTexts(element, doc));
            } else {
                collect(
                        PdfStructureTexts.kids(element.getDictionaryObject(COSName.K)),
                        tables,
                        headerTexts,
                        pagesOfTables,
                        doc);
            }
        }
    }

    private static void count(COSDictionary element, Map<String, Integer> cells, Set<COSBase> pages) {
        if (element.getDictionaryObject(COSName.PG) != null) {
            pages.add(element.getDictionaryObject(COSName.PG));
        }
        for (COSDictionary kid : PdfStructureTexts.kids(element.getDictionaryObject(COSName.K))) {
            String type = kid.getNameAsString(COSName.S);
            if (type != null) {
                cells.merge(type, 1, Integer::sum);
                count(kid, cells, pages);
            } else if (COSName.MCR.equals(kid.getCOSName(COSName.TYPE))) {
                pages.add(kid.getDictionaryObject(COSName.PG));
            }
        }
    }
}
