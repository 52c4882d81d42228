package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.budgetdisclosure.io.BudgetFileException;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks as a careless or hostile user gives them (issue 20): a link to a device or a FIFO named .xlsx, 700,000
 * rows in 3 MB, a chain of 20,000 formulas without stored values, 1E+308 and NaN in number cells, a
 * password-protected file. Each is refused with a located message, quickly, never with a stack trace.
 */
class HostileWorkbookTest {

    private static final Path REFERENCE =
            Path.of("..", "budget-examples", "budgets", "leting-industry-bureau-2022.json");
    private static final Duration QUICK = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private static String refused(byte[] workbook) {
        BudgetFileException e = org.junit.jupiter.api.Assertions.assertThrows(
                BudgetFileException.class, () -> BudgetWorkbook.read(workbook, "book.xlsx"));
        assertThat(e.getMessage())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("java.");
        return e.getMessage();
    }

    private static byte[] reference(Consumer<XSSFWorkbook> change) throws Exception {
        byte[] bytes = WorkbookRoundTripProperties.bytes(BudgetFiles.read(REFERENCE));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aLinkToADeviceOrAFifoNamedXlsxIsRefusedWithoutReadingIt() throws Exception {
        Path zero = dir.resolve("zero.xlsx");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        Path fifo = dir.resolve("fifo.xlsx");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        for (Path p : new Path[] {zero, fifo}) {
            BudgetFileException e = assertTimeoutPreemptively(
                    QUICK,
                    () -> org.junit.jupiter.api.Assertions.assertThrows(
                            BudgetFileException.class, () -> BudgetFiles.read(p)));
            assertThat(e.getMessage()).contains(p.toString()).contains("not a regular file");
        }
        assertThat(assertTimeoutPreemptively(
                                QUICK,
                                () -> org.junit.jupiter.api.Assertions.assertThrows(
                                        BudgetFileException.class, () -> BudgetWorkbook.read(fifo)))
                        .getMessage())
                .contains("a FIFO");
    }

    /** The template with a sheet replaced by rows streamed as XML: {@code rows} rows of one number each. */
    static byte[] withRows(String sheetName, int rows) throws Exception {
        return withSheet(sheetName, out -> writeRows(out, rows));
    }

    interface SheetWriter {
        void write(OutputStream out) throws Exception;
    }

    @Test
    void aDoctypeInTheContentTypesIsRefusedInWordsWithoutTheExceptionPoiQuotes() throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        BudgetWorkbook.template(Catalogue.bundled(), 2022, template);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8)
                            .replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY a SYSTEM \"file:///etc/passwd\">]>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        assertThat(refused(out.toByteArray())).contains("cannot be read as an Excel workbook");
    }

    static byte[] withSheet(String sheetName, SheetWriter sheet) throws Exception {
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        BudgetWorkbook.template(Catalogue.bundled(), 2022, template);
        String part;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            part = wb.getSheet(sheetName)
                    .getPackagePart()
                    .getPartName()
                    .getName()
                    .substring(1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    sheet.write(zip);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeRows(OutputStream out, int rows) throws Exception {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 1; r <= rows; r++) {
            s.append("<row r=\"").append(r).append("\"><c r=\"J").append(r).append("\"><v>1</v></c></row>");
            if (s.length() > 1 << 16) {
                out.write(s.toString().getBytes(StandardCharsets.UTF_8));
                s.setLength(0);
            }
        }
        s.append("</sheetData></worksheet>");
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWorkbookOf700000RowsIsRefusedNamingTheSheetAndTheLimitQuickly() throws Exception {
        byte[] big = withRows("收支明细", 700_000);
        assertThat(big.length).isLessThan(8 << 20);
        long start = System.nanoTime();
        String message = assertTimeoutPreemptively(QUICK, () -> refused(big));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(message).contains("收支明细").contains("rows").contains(String.valueOf(BudgetWorkbook.MAX_ROWS));
        System.out.println("700,000 rows, " + big.length + " bytes: refused in " + millis + " ms");
    }

    @Test
    void aSheetOfXmlUnpackingBeyondTheBoundIsRefusedQuickly() throws Exception {
        byte[] bomb = withSheet("收支明细", out -> {
            out.write(
                    "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            .getBytes(StandardCharsets.UTF_8));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                out.write(blanks);
            }
            out.write("<sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(bomb.length).isLessThan(2 << 20);
        assertThat(assertTimeoutPreemptively(QUICK, () -> refused(bomb))).contains("256 MiB of XML");
    }

    @Test
    void aChainOf60000FormulasWithoutStoredValuesIsExplainedAtItsCell() throws Exception {
        byte[] chain = reference(wb -> {
            // 60,000 cells in three columns of 20,000, each adding one to the one before
            XSSFSheet work = wb.createSheet("演算");
            for (int r = 0; r < 20_000; r++) {
                work.createRow(r);
            }
            work.getRow(0).createCell(0).setCellValue(1);
            for (int c = 0; c < 3; c++) {
                String col = String.valueOf((char) ('A' + c));
                String prev = c == 0 ? null : String.valueOf((char) ('A' + c - 1));
                for (int r = c == 0 ? 1 : 0; r < 20_000; r++) {
                    work.getRow(r).createCell(c).setCellFormula(r == 0 ? prev + "20000+1" : col + r + "+1");
                }
            }
            var amount = wb.getSheet("收支明细").getRow(1).getCell(3);
            amount.setCellFormula("演算!C20000");
            if (amount.getCTCell().isSetV()) {
                amount.getCTCell().unsetV(); // no stored value, as a generator that writes formulas only
            }
        });
        // read where batch reads, on a worker thread of the JVM's usual 1 MiB stack
        String[] message = new String[1];
        Throwable[] failure = new Throwable[1];
        Thread worker = new Thread(
                null,
                () -> {
                    try {
                        message[0] = refused(chain);
                    } catch (Throwable t) {
                        failure[0] = t;
                    }
                },
                "worker",
                1 << 20);
        worker.start();
        worker.join(QUICK.toMillis());
        assertThat(failure[0]).isNull();
        assertThat(message[0]).contains("收支明细!D2").contains("too deep").contains("open and save the workbook in Excel");
    }

    @Test
    void anAmountOf1E308IsBlamedOnItsCellAndNaNIsNotANumber() throws Exception {
        byte[] huge = reference(wb -> wb.getSheet("收支明细").getRow(1).getCell(3).setCellValue(1E308));
        assertThat(refused(huge)).contains("收支明细!D2");
        byte[] nan = reference(wb -> wb.getSheet("收支明细").getRow(1).getCell(3).setCellValue(Double.NaN));
        assertThat(refused(nan)).contains("收支明细!D2").doesNotContain("NumberFormat");
        // "-INF" written into the XML of a number cell by hand: no number either
        byte[] inf = reference(
                wb -> wb.getSheet("收支明细").getRow(1).getCell(3).getCTCell().setV("-INF"));
        assertThat(refused(inf)).contains("收支明细!D2").contains("must be a number, found \"-INF\"");
    }

    @Test
    void anEncryptedWorkbookIsCalledPasswordProtected() throws Exception {
        // what Excel writes for a workbook with a password to open: an OLE2 container of EncryptionInfo and
        // EncryptedPackage (POI's Encryptor writes the same structure)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertThat(refused(out.toByteArray())).contains("password-protected");
    }
}
