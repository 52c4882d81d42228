package org.budgetdisclosure.io.workbook;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.budgetdisclosure.io.BudgetFileException;

/**
 * The bounds a workbook is held to before POI builds it: a workbook is read into memory as a tree of its cells,
 * whose size grows with its XML, not with its file (700,000 empty rows fit in 3 MB and take gigabytes). So its
 * sheets are first streamed (StAX, no DTD, no entities), counting rows and cells, and a workbook over
 * {@link BudgetWorkbook#MAX_ROWS} rows in a sheet or {@link BudgetWorkbook#MAX_CELLS} cells in all, or whose XML
 * unpacks to more than {@link #MAX_XML} bytes, is refused naming the sheet and the limit. Also tells the files
 * that are not workbooks by their first bytes: a password-protected workbook, an Excel 97-2003 file.
 */
final class WorkbookBounds {

    /** The most bytes the XML parts of a workbook may unpack to. */
    static final long MAX_XML = 256L << 20;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private WorkbookBounds() {}

    /**
     * @param content the file's bytes, not null
     * @param name the file's name for messages, not null
     * @throws BudgetFileException if the file is an OLE2 file (encrypted or .xls) or over a bound, saying which
     */
    static void check(byte[] content, String name) throws BudgetFileException {
        if (content.length >= 8
                && (content[0] & 0xff) == 0xD0
                && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11
                && (content[3] & 0xff) == 0xE0) {
            throw new BudgetFileException(name, 0, 0, "", ole2(content));
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> sheetOfPart = new HashMap<>();
        long cells = 0;
        long xml = 0;
        boolean[] exceeded = {false};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            // the workbook part and its relations come before the sheets in the packages Excel, WPS and POI write;
            // a sheet met before them is named by its part
            Map<String, String> idOfName = new HashMap<>();
            Map<String, String> targetOfId = new HashMap<>();
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String part = e.getName();
                Counting in = new Counting(zip, MAX_XML - xml, exceeded);
                if (part.equals("xl/workbook.xml")) {
                    sheets(in, idOfName);
                } else if (part.equals("xl/_rels/workbook.xml.rels")) {
                    relations(in, targetOfId);
                } else if (part.startsWith("xl/worksheets/") && part.endsWith(".xml")
                        || part.equals("xl/sharedStrings.xml")) {
                    long[] counted = count(in, BudgetWorkbook.MAX_ROWS, BudgetWorkbook.MAX_CELLS - cells);
                    rows.put(part, counted[0]);
                    cells += counted[1];
                    if (counted[0] > BudgetWorkbook.MAX_ROWS || cells > BudgetWorkbook.MAX_CELLS) {
                        idOfName.forEach((sheet, id) -> {
                            String target = targetOfId.getOrDefault(id, "");
                            sheetOfPart.put(target.startsWith("/") ? target.substring(1) : "xl/" + target, sheet);
                        });
                        String sheet = sheetOfPart.getOrDefault(part, part);
                        if (part.equals("xl/sharedStrings.xml")) {
                            throw new BudgetFileException(
                                    name,
                                    0,
                                    0,
                                    "",
                                    "the workbook holds more than "
                                            + BudgetWorkbook.MAX_CELLS + " texts; a budget workbook is limited to "
                                            + BudgetWorkbook.MAX_CELLS + " cells");
                        }
                        throw new BudgetFileException(
                                name,
                                0,
                                0,
                                sheet,
                                counted[0] > BudgetWorkbook.MAX_ROWS
                                        ? "the sheet has more than " + BudgetWorkbook.MAX_ROWS
                                                + " rows (empty rows count: "
                                                + "delete the rows below the data); a sheet is limited to "
                                                + BudgetWorkbook.MAX_ROWS + " rows"
                                        : "the workbook has more than " + BudgetWorkbook.MAX_CELLS + " cells (empty "
                                                + "formatted cells count); a budget workbook is limited to "
                                                + BudgetWorkbook.MAX_CELLS + " cells");
                    }
                } else {
                    in.transferTo(OutputNowhere.INSTANCE);
                }
                xml += in.count;
            }
        } catch (BudgetFileException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // the XML parser wraps the bound's exception: the flag says it was passed
            if (exceeded[0]) {
                throw new BudgetFileException(
                        name,
                        0,
                        0,
                        "",
                        "the workbook's parts unpack to more than " + MAX_XML
                                + " bytes; a budget workbook is limited to " + (MAX_XML >> 20) + " MiB of XML");
            }
            // not a package, or not XML: POI says which, with the advice to save it again
        }
    }

    private static String ole2(byte[] content) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
                new org.apache.poi.poifs.filesystem.POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return "the workbook is password-protected (encrypted), so it cannot be read; open it in Excel or "
                        + "WPS, remove the password (文件 > 信息 > 保护工作簿 > 用密码进行加密: clear it) and save it";
            }
        } catch (IOException | RuntimeException e) {
            // not a readable OLE2 file either: said below
        }
        return "an Excel 97-2003 file (.xls) or another OLE2 document, not an .xlsx workbook; save it from Excel "
                + "or WPS as “Excel 工作簿 (*.xlsx)”";
    }

    private static void sheets(InputStream in, Map<String, String> idOfName) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(in);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sheet")) {
                String id = null;
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    if (r.getAttributeLocalName(i).equals("id")) {
                        id = r.getAttributeValue(i);
                    }
                }
                String sheetName = r.getAttributeValue(null, "name");
                if (id != null && sheetName != null) {
                    idOfName.put(sheetName, id);
                }
            }
        }
    }

    private static void relations(InputStream in, Map<String, String> targetOfId) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(in);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Relationship")) {
                String id = r.getAttributeValue(null, "Id");
                String target = r.getAttributeValue(null, "Target");
                if (id != null && target != null) {
                    targetOfId.put(id, target);
                }
            }
        }
    }

    /** @return rows and cells (or shared texts) counted, stopping just past a bound */
    private static long[] count(InputStream in, long maxRows, long maxCells) throws XMLStreamException {
        XMLStreamReader r = XML.createXMLStreamReader(in);
        long rows = 0;
        long cells = 0;
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                String element = r.getLocalName();
                if (element.equals("row")) {
                    rows++;
                } else if (element.equals("c") || element.equals("si")) {
                    cells++;
                }
                if (rows > maxRows || cells > maxCells) {
                    break;
                }
            }
        }
        return new long[] {rows, cells};
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A part's stream, counting what it unpacks to and refusing past a bound; the zip stays open. */
    private static final class Counting extends FilterInputStream {
        long count;
        private final long limit;
        private final boolean[] exceeded;

        Counting(InputStream in, long limit, boolean[] exceeded) {
            super(in);
            this.limit = limit;
            this.exceeded = exceeded;
        }

        private TooLarge tooLarge() {
            exceeded[0] = true;
            return new TooLarge();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw tooLarge();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > limit) {
                throw tooLarge();
            }
            return n;
        }

        @Override
        public void close() {
            // the zip's next entry follows
        }
    }

    private static final class OutputNowhere extends java.io.OutputStream {
        static final OutputNowhere INSTANCE = new OutputNowhere();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
