package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.budgetdisclosure.model.facts.ExpenditureType.BASIC;
import static org.budgetdisclosure.model.facts.ExpenditureType.PROJECT;
import static org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.render.testing.ReadBack;
import org.junit.jupiter.api.Test;

/** Different budgets rendered on 8 threads, hundreds of times: each output holds its own budget, no other's. */
class ConcurrencyTest {

    private static final String[] NAMES = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};

    static Budget budget(int i) {
        String name = "某县" + NAMES[i % 10] + NAMES[(i / 10) % 10] + "局";
        return Budget.builder()
                .department(String.valueOf(100 + i), name, NAMES[i % 10] + "局", DepartmentKind.ADMINISTRATIVE)
                .year(2023)
                .appropriation("2150501", GENERAL_PUBLIC_BUDGET, BASIC, (100 + i) + ".00")
                .appropriation("2150517", GENERAL_PUBLIC_BUDGET, PROJECT, i + ".37")
                .basicExpenditure("30101", (90 + i) + ".00")
                .basicExpenditure("30201", "10.00")
                .build();
    }

    static String total(int i) {
        return (100 + i + i) + ".37";
    }

    @Test
    void eightThreadsHundredsOfRendersEachWithItsOwnContent() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int n = 0; n < 240; n++) {
                int i = n % 100;
                Format format =
                        n % 12 == 0 ? Format.PDF : n % 12 == 1 ? Format.DOCX : n % 12 == 2 ? Format.XLSX : Format.HTML;
                tasks.add(pool.submit(() -> {
                    check(i, format, Disclosure.of(budget(i)).bytes(format));
                    return null;
                }));
            }
            for (Future<?> t : tasks) {
                t.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void check(int i, Format format, byte[] bytes) throws Exception {
        String text = switch (format) {
            case HTML -> ReadBack.html(bytes).text();
            case PDF -> ReadBack.pdfText(bytes).replaceAll("\\s+", "");
            case DOCX -> ReadBack.docxText(bytes);
            case XLSX -> {
                try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(bytes));
                        var extractor = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(xlsx)) {
                    yield extractor.getText();
                }
            }
            case CSV, JSON -> new String(bytes, StandardCharsets.UTF_8);
        };
        assertThat(text)
                .as("%s of budget %d", format, i)
                .contains(String.valueOf(100 + i) + NAMES[i % 10] + "局")
                .contains(total(i));
        for (int other = 0; other < 100; other++) {
            if (other != i && !total(other).equals(total(i))) {
                assertThat(text).as("%s of budget %d", format, i).doesNotContain(total(other) + "万元");
            }
        }
    }
}
