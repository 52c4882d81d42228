package org.budgetdisclosure.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.statements.ExpenditureColumn;
import org.budgetdisclosure.model.statements.Statements;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, as written there (only the output directory differs), so that it stays true. */
class ReadmeExampleTest {

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleRuns() throws Exception {
        Path outDir = dir.resolve("out");
        Files.createDirectories(outDir);

        Budget budget = Budget.builder()
                .department("304", "乐亭县工业和信息化局", "工信局", DepartmentKind.ADMINISTRATIVE)
                .year(2022)
                .appropriation("2150501", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "517.76")
                .appropriation("2150502", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "209.00")
                .basicExpenditure("30101", "500.00")
                .basicExpenditure("30201", "17.76")
                .build();

        ValidationReport report = Validator.validate(budget); // every finding at once, none thrown
        Statements statements = Statements.of(budget); // the nine tables as typed data
        Amount total = statements.expenditure().total().get(ExpenditureColumn.TOTAL); // 726.76

        Disclosure disclosure = Disclosure.of(budget); // refuses a budget with validation errors
        try (OutputStream out = Files.newOutputStream(outDir.resolve("budget.pdf"))) {
            disclosure.write(Format.PDF, out);
        }
        disclosure.writeTo(outDir, "budget", Format.DOCX, Format.HTML); // temp file, then moved into place

        assertThat(report.hasErrors()).isFalse();
        assertThat(total).isEqualTo(Amount.wan("726.76"));
        try (PDDocument pdf = Loader.loadPDF(outDir.resolve("budget.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("726.76").contains("部门预算支出总表");
        }
        try (var files = Files.list(outDir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("budget.docx", "budget.html", "budget.pdf");
        }
    }
}
