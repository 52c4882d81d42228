package org.budgetdisclosure.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.budgetdisclosure.render.pdf.AssociatedFile;

/**
 * Reads what a disclosure's PDF carries: its associated files ({@link #extract}: the figures {@value
 * Disclosure#FIGURES_FILE}, AFRelationship Data, and the budget file where it was embedded, Source), and checks
 * every figure its tables print against the figures it carries ({@link #check}): each table is found in the
 * structure tree by its ID (the anchor the figures name), each cell by its row and column (spans counted), its text
 * read from its marked content, so that what is checked is what a reader sees. Stateless and thread-safe.
 */
public final class PdfFigures {

    /** The largest PDF read: 256 MiB. */
    public static final long MAX_PDF = 256L << 20;
    /** The largest file a PDF may carry, unpacked: 64 MiB, as a budget file. */
    public static final int MAX_CARRIED = 64 << 20;
    /** How deep the structure tree is walked: deeper is not a disclosure's. */
    static final int MAX_DEPTH = 256;
    /** The most grid slots a table's cells (with their spans) may cover. */
    static final int MAX_SLOTS = 4_000_000;

    private PdfFigures() {}

    /**
     * Reads a PDF file under the checks of every input file: it exists, is a regular file after following links
     * (not a FIFO, not a device), and is at most {@link #MAX_PDF} bytes.
     *
     * @param file the PDF, not null
     * @return its bytes, never null
     * @throws org.budgetdisclosure.model.files.InputFiles.RefusedFileException if it is not to be read, saying why
     * @throws IOException if it cannot be read
     */
    public static byte[] read(java.nio.file.Path file) throws IOException {
        return org.budgetdisclosure.model.files.InputFiles.read(file, MAX_PDF, "PDFs");
    }

    /** A figure printed otherwise than the figures carried say (or not printed): where, and both texts. */
    public record Mismatch(
            String table,
            String tableTitle,
            int row,
            String rowName,
            int column,
            String columnName,
            String printed,
            String embedded) {

        @Override
        public String toString() {
            return tableTitle + "（" + table + "）第" + row + "行" + (rowName.isEmpty() ? "" : "「" + rowName + "」")
                    + "第" + column + "列「" + columnName + "」: printed " + (printed.isEmpty() ? "(blank)" : printed)
                    + ", embedded " + embedded;
        }
    }

    /** What {@link #check} found: how many figures were compared and those that differ. */
    public record Check(int figures, List<Mismatch> mismatches) {

        public Check {
            mismatches = List.copyOf(mismatches);
        }

        /** @return whether every figure is printed as carried */
        public boolean passed() {
            return mismatches.isEmpty();
        }
    }

    /** A PDF that cannot be read, or that carries no figures. */
    public static final class UnreadablePdfException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadablePdfException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param pdf the PDF's bytes, not null
     * @return the files it carries, in the order of its {@code AF} array, never null (empty for a PDF without)
     * @throws UnreadablePdfException if it is not a readable PDF
     */
    public static List<AssociatedFile> extract(byte[] pdf) throws UnreadablePdfException {
        try (PDDocument doc = load(pdf)) {
            return extract(doc);
        } catch (UnreadablePdfException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadablePdfException("cannot read the PDF: " + e.getMessage(), e);
        }
    }

    private static List<AssociatedFile> extract(PDDocument doc) throws IOException {
        List<AssociatedFile> files = new ArrayList<>();
        COSArray af = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
        if (af == null) {
            return files;
        }
        for (int i = 0; i < af.size(); i++) {
            if (!(af.getObject(i) instanceof COSDictionary spec)) {
                continue;
            }
            String name = Optional.ofNullable(spec.getString(COSName.UF)).orElse(spec.getString(COSName.F));
            COSDictionary ef = spec.getCOSDictionary(COSName.EF);
            COSBase stream = ef == null ? null : ef.getDictionaryObject(COSName.UF);
            stream = stream == null && ef != null ? ef.getDictionaryObject(COSName.F) : stream;
            if (name == null || !(stream instanceof COSStream embedded)) {
                continue;
            }
            byte[] bytes = unpacked(embedded, name);
            String type = Optional.ofNullable(embedded.getNameAsString(COSName.SUBTYPE))
                    .orElse("application/octet-stream");
            String relationship = spec.getNameAsString(COSName.getPDFName("AFRelationship"));
            files.add(new AssociatedFile(
                    name,
                    type,
                    Optional.ofNullable(spec.getString(COSName.DESC)).orElse(""),
                    "Source".equals(relationship)
                            ? AssociatedFile.Relationship.SOURCE
                            : AssociatedFile.Relationship.DATA,
                    bytes));
        }
        return files;
    }

    /**
     * The content of a carried file, unpacked within {@link #MAX_CARRIED}: stored plain or with FlateDecode (as
     * this library writes it), inflated here rather than by PDFBox, which would unpack the whole stream in memory
     * before a byte is counted (a few megabytes of zeros deflated are gigabytes).
     */
    private static byte[] unpacked(COSStream stream, String name) throws IOException {
        COSBase filter = stream.getDictionaryObject(COSName.FILTER);
        List<COSBase> filters = new ArrayList<>();
        if (filter instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                filters.add(array.getObject(i));
            }
        } else if (filter != null) {
            filters.add(filter);
        }
        boolean flate = filters.size() == 1
                && (COSName.FLATE_DECODE.equals(filters.get(0))
                        || COSName.FLATE_DECODE_ABBREVIATION.equals(filters.get(0)));
        COSBase parameters = stream.getDictionaryObject(COSName.DECODE_PARMS);
        boolean predictor = parameters instanceof COSDictionary p && p.getInt(COSName.PREDICTOR, 1) > 1
                || parameters instanceof COSArray;
        if (!filters.isEmpty() && (!flate || predictor)) {
            throw new UnreadablePdfException(
                    "the carried file " + name + " is packed otherwise than with "
                            + "FlateDecode; carried files are read stored plain or deflated",
                    null);
        }
        byte[] bytes;
        try (var raw = stream.createRawInputStream();
                var in = flate ? new java.util.zip.InflaterInputStream(raw) : raw) {
            bytes = in.readNBytes(MAX_CARRIED + 1);
        }
        if (bytes.length > MAX_CARRIED) {
            throw new UnreadablePdfException(
                    "the carried file " + name + " unpacks to more than " + MAX_CARRIED
                            + " bytes; a carried file is limited to 64 MiB",
                    null);
        }
        return bytes;
    }

    /**
     * Checks every figure the PDF carries against the cell of its table that prints it: the printed text, its
     * separators removed, must be the exact value rounded half-up to the decimals printed (a blank cell: zero).
     *
     * @param pdf the PDF's bytes, not null
     * @return how many figures were compared and each that differs, never null
     * @throws UnreadablePdfException if it is not a readable PDF or carries no figures
     */
    public static Check check(byte[] pdf) throws UnreadablePdfException {
        try (PDDocument doc = load(pdf)) {
            byte[] figures = extract(doc).stream()
                    .filter(f -> f.name().equals(Disclosure.FIGURES_FILE))
                    .findFirst()
                    .orElseThrow(() -> new UnreadablePdfException(
                            "the PDF carries no " + Disclosure.FIGURES_FILE
                                    + " (made without its figures, or not by budget-disclosure)",
                            null))
                    .bytes();
            JsonNode root = new ObjectMapper().readTree(new String(figures, StandardCharsets.UTF_8));
            Map<String, Map<Long, String>> cells = printedCells(doc);
            List<Mismatch> mismatches = new ArrayList<>();
            Map<String, java.util.Set<Long>> carried = new HashMap<>();
            Map<String, java.util.Set<Integer>> figureColumns = new HashMap<>();
            int count = 0;
            for (JsonNode f : root.path("figures")) {
                count++;
                String table = f.path("table").asText();
                int row = f.path("row").asInt();
                int column = f.path("column").asInt();
                String value = f.path("value").asText();
                Map<Long, String> printed = cells.get(table);
                String text = printed == null ? null : printed.get(key(row, column));
                if (text == null || !matches(text, new BigDecimal(value))) {
                    mismatches.add(new Mismatch(
                            table,
                            f.path("tableTitle").asText(),
                            row,
                            f.path("rowName").asText(),
                            column,
                            f.path("columnName").asText(),
                            text == null ? "(not printed)" : text,
                            value));
                }
                carried.computeIfAbsent(table, t -> new java.util.HashSet<>()).add(key(row, column));
                figureColumns
                        .computeIfAbsent(table, t -> new java.util.HashSet<>())
                        .add(column);
            }
            // and the other way round: a figure printed in a column of figures (or, where the PDF carries none at
            // all, in any table) must be carried, or figures taken out of figures.json would pass unseen
            for (Map.Entry<String, Map<Long, String>> table : new java.util.TreeMap<>(cells).entrySet()) {
                java.util.Set<Integer> columns = figureColumns.get(table.getKey());
                if (columns == null && count > 0) {
                    continue;
                }
                for (Map.Entry<Long, String> cell : new java.util.TreeMap<>(table.getValue()).entrySet()) {
                    int row = (int) (cell.getKey() >>> 32);
                    int column = (int) (cell.getKey() & 0xffffffffL);
                    if ((columns == null || columns.contains(column))
                            && isFigure(cell.getValue())
                            && !carried.getOrDefault(table.getKey(), java.util.Set.of())
                                    .contains(cell.getKey())) {
                        mismatches.add(new Mismatch(
                                table.getKey(), "", row, "", column, "", cell.getValue(), "(not carried)"));
                    }
                }
            }
            return new Check(count, mismatches);
        } catch (UnreadablePdfException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // in the file's words: not Jackson's source excerpt or its settings (StreamReadConstraints)
            throw new UnreadablePdfException(
                    "cannot read the PDF's figures: "
                            + org.budgetdisclosure.model.files.ParserMessages.plain(String.valueOf(e.getMessage())),
                    e);
        }
    }

    private static PDDocument load(byte[] pdf) throws UnreadablePdfException {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UnreadablePdfException("not a readable PDF: " + e.getMessage(), e);
        }
    }

    /** Whether a printed text shows an exact value: rounded half-up to its decimals; blank for zero. */
    static boolean matches(String printed, BigDecimal value) {
        String plain = printed.replace(",", "").replaceAll("[\\s\u3000]+", "");
        if (plain.isEmpty()) {
            return value.setScale(2, RoundingMode.HALF_UP).signum() == 0;
        }
        try {
            BigDecimal shown = new BigDecimal(plain);
            return value.setScale(Math.max(shown.scale(), 0), RoundingMode.HALF_UP)
                            .compareTo(shown)
                    == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether a printed text is a figure: a number once its separators are removed. */
    static boolean isFigure(String printed) {
        String plain = printed.replace(",", "").replaceAll("[\\s\u3000]+", "");
        if (plain.isEmpty() || plain.length() > 40) {
            return false;
        }
        try {
            new BigDecimal(plain);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | column;
    }

    /** The text of each body cell of each table, by table ID, then by body row and grid column (1-based). */
    private static Map<String, Map<Long, String>> printedCells(PDDocument doc) throws IOException {
        Map<COSDictionary, Map<Integer, String>> texts = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, byMcid);
            }
            texts.put(page.getCOSObject(), byMcid);
        }
        Map<String, Map<Long, String>> tables = new HashMap<>();
        COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root != null) {
            walk(
                    root.getDictionaryObject(COSName.K),
                    texts,
                    tables,
                    java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()),
                    0);
        }
        return tables;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byMcid) {
        if (content.getMCID() >= 0) {
            StringBuilder text = new StringBuilder();
            for (Object o : content.getContents()) {
                if (o instanceof TextPosition t) {
                    text.append(t.getUnicode());
                }
            }
            byMcid.merge(content.getMCID(), text.toString(), String::concat);
        }
        for (Object o : content.getContents()) {
            if (o instanceof PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
    }

    private static List<COSDictionary> kids(COSBase k) {
        List<COSDictionary> kids = new ArrayList<>();
        COSBase base = k instanceof COSObject o ? o.getObject() : k;
        if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSDictionary d) {
                    kids.add(d);
                }
            }
        } else if (base instanceof COSDictionary d) {
            kids.add(d);
        }
        return kids;
    }

    /** Walks the structure tree: each element once (a tree that holds itself is not walked again), within a depth. */
    private static void walk(
            COSBase k,
            Map<COSDictionary, Map<Integer, String>> texts,
            Map<String, Map<Long, String>> tables,
            java.util.Set<COSDictionary> seen,
            int depth)
            throws UnreadablePdfException {
        if (depth > MAX_DEPTH) {
            throw new UnreadablePdfException("its structure tree is nested deeper than " + MAX_DEPTH + " levels", null);
        }
        for (COSDictionary element : kids(k)) {
            if (!seen.add(element)) {
                continue;
            }
            if ("Table".equals(element.getNameAsString(COSName.S)) && element.getString(COSName.ID) != null) {
                tables.put(element.getString(COSName.ID), table(element, texts));
            } else if (element.containsKey(COSName.S)) {
                walk(element.getDictionaryObject(COSName.K), texts, tables, seen, depth + 1);
            }
        }
    }

    /** The body cells of a table by body row and grid column, header rows counted for the spans. */
    private static Map<Long, String> table(COSDictionary table, Map<COSDictionary, Map<Integer, String>> texts)
            throws UnreadablePdfException {
        List<List<COSDictionary>> head = new ArrayList<>();
        List<List<COSDictionary>> body = new ArrayList<>();
        for (COSDictionary part : kids(table.getDictionaryObject(COSName.K))) {
            String type = part.getNameAsString(COSName.S);
            if ("THead".equals(type) || "TBody".equals(type)) {
                for (COSDictionary tr : kids(part.getDictionaryObject(COSName.K))) {
                    ("THead".equals(type) ? head : body).add(kids(tr.getDictionaryObject(COSName.K)));
                }
            }
        }
        List<List<COSDictionary>> rows = new ArrayList<>(head);
        rows.addAll(body);
        Map<Long, Boolean> taken = new HashMap<>();
        Map<Long, String> cells = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (COSDictionary cell : rows.get(r)) {
                while (taken.containsKey(key(r, c))) {
                    c++;
                }
                // a span reaches no further than the table's rows, and all spans together cover a bounded grid
                int rowSpan = Math.min(span(cell, "RowSpan"), rows.size() - r);
                int colSpan = span(cell, "ColSpan");
                if ((long) rowSpan * colSpan + taken.size() > MAX_SLOTS) {
                    throw new UnreadablePdfException(
                            "its table " + table.getString(COSName.ID) + " covers more than " + MAX_SLOTS
                                    + " cells with its spans",
                            null);
                }
                for (int i = 0; i < rowSpan; i++) {
                    for (int j = 0; j < colSpan; j++) {
                        taken.put(key(r + i, c + j), true);
                    }
                }
                if (r >= head.size()) {
                    cells.put(key(r - head.size() + 1, c + 1), text(cell, texts));
                }
                c += colSpan;
            }
        }
        return cells;
    }

    private static int span(COSDictionary cell, String name) {
        COSBase a = cell.getDictionaryObject(COSName.A);
        return a instanceof COSDictionary attributes ? Math.max(1, attributes.getInt(COSName.getPDFName(name), 1)) : 1;
    }

    private static String text(COSDictionary element, Map<COSDictionary, Map<Integer, String>> texts) {
        StringBuilder text = new StringBuilder();
        COSBase k = element.getDictionaryObject(COSName.K);
        List<COSBase> kids = new ArrayList<>();
        if (k instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                kids.add(array.getObject(i));
            }
        } else if (k != null) {
            kids.add(k);
        }
        for (COSBase kid : kids) {
            // an MCID of the element's page (/Pg), or a marked-content reference naming its page
            if (kid instanceof org.apache.pdfbox.cos.COSInteger mcid
                    && element.getDictionaryObject(COSName.PG) instanceof COSDictionary page) {
                text.append(texts.getOrDefault(page, Map.of()).getOrDefault(mcid.intValue(), ""));
            } else if (kid instanceof COSDictionary mcr
                    && COSName.MCR.equals(mcr.getCOSName(COSName.TYPE))
                    && mcr.getDictionaryObject(COSName.PG) instanceof COSDictionary page) {
                text.append(texts.getOrDefault(page, Map.of()).getOrDefault(mcr.getInt(COSName.MCID), ""));
            }
        }
        return text.toString().strip();
    }
}
