package org.budgetdisclosure.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.facts.Budget;
import org.junit.jupiter.api.Test;

/**
 * The workbook as written (issue 20): the same bytes under any time zone, well-formed XML whatever the department's
 * name holds, and no year its own reader refuses.
 */
class WorkbookWritingSafetyTest {

    private static final Path REFERENCE =
            Path.of("..", "budget-examples", "budgets", "leting-industry-bureau-2022.json");

    private static byte[] template(String zone) throws Exception {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BudgetWorkbook.template(Catalogue.bundled(), 2023, out);
            return out.toByteArray();
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void theTemplatesBytesDoNotDependOnTheTimeZone() throws Exception {
        byte[] utc = template("UTC");
        assertThat(template("Asia/Shanghai")).isEqualTo(utc);
        assertThat(template("America/Los_Angeles")).isEqualTo(utc);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(utc))) {
            ZipEntry e = zip.getNextEntry();
            assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2023, 1, 1, 0, 0));
        }
    }

    @Test
    void aControlCharacterInTheNameStillMakesAWellFormedWorkbookThatReadsBack() throws Exception {
        Budget reference = BudgetFiles.read(REFERENCE);
        Budget odd = reference.toBuilder()
                .department(
                        reference.department().code().orElse(null),
                        "乐亭县\u0001工业_x0041_和信息化局",
                        reference.department().shortName(),
                        reference.department().kind())
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BudgetWorkbook.write(odd, Catalogue.bundled(), out);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    byte[] part = zip.readAllBytes();
                    // every part is well-formed XML 1.0
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(part));
                    if (e.getName().equals("docProps/core.xml")) {
                        assertThat(new String(part, StandardCharsets.UTF_8)).contains("乐亭县工业_x0041_和信息化局2022年部门预算");
                    }
                }
            }
        }
        assertThat(BudgetWorkbook.read(out.toByteArray(), "book.xlsx")
                        .department()
                        .name())
                .isEqualTo("乐亭县\u0001工业_x0041_和信息化局"); // the text as written, escapes and all
        assertThat(BudgetWorkbook.leftOut(odd, Catalogue.bundled())).isEmpty();
    }

    @Test
    void aYearItsReaderRefusesIsNotWritten() {
        assertThatThrownBy(() -> BudgetWorkbook.template(Catalogue.bundled(), 1800, new ByteArrayOutputStream()))
                .isInstanceOf(org.budgetdisclosure.model.errors.FactException.class)
                .hasMessageContaining("1800")
                .hasMessageContaining("1949");
    }
}
