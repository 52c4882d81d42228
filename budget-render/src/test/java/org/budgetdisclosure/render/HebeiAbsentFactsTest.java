package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.render.testing.ReadBack;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Facts a budget does not state, in the Hebei layout: no “三公” line says so and claims no amount (not even zero), one
 * that states zeros prints them; no procurement stated is 未列报, not 未安排; a department of units that states no
 * institutions lists its units under 机构设置.
 */
class HebeiAbsentFactsTest {

    @Test
    void noThreePublicLineClaimsNoAmountInAnyFormat() throws Exception {
        Disclosure d = Disclosure.of(TestBudgets.small("某某局").build());
        String html = ReadBack.html(d.bytes(Format.HTML)).text();
        String pdf = ReadBack.pdfText(d.bytes(Format.PDF)).replaceAll("\\s", "");
        String docx;
        try (XWPFDocument doc = ReadBack.docx(d.bytes(Format.DOCX))) {
            docx = String.join(
                    "", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
        for (String text : new String[] {html.replaceAll("\\s", ""), pdf, docx.replaceAll("\\s", "")}) {
            assertThat(text)
                    .contains("2023年我部门预算未列报“三公”经费。")
                    .doesNotContain("“三公”经费预算安排")
                    .doesNotContain("公务接待费安排");
        }
    }

    @Test
    void zerosStatedArePrintedAsZeros() {
        Disclosure d = Disclosure.of(TestBudgets.small("某某局")
                .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "0")
                .build());
        String html = ReadBack.html(d.bytes(Format.HTML)).text();
        assertThat(html)
                .contains("2023年我部门“三公”经费预算安排0.00万元")
                .contains("公务接待费安排0.00万元")
                .doesNotContain("未列报“三公”经费");
    }

    @Test
    void aDepartmentOfUnitsWithNoInstitutionsStatedListsItsUnitsAndNoEmptyHeading() {
        org.budgetdisclosure.model.facts.Budget b = org.budgetdisclosure.model.facts.Budget.builder()
                .unit(org.budgetdisclosure.model.facts.MoneyUnit.YUAN)
                .department(org.budgetdisclosure.model.facts.Department.of(
                        "512", "某市交通运输局", "交通局", org.budgetdisclosure.model.facts.DepartmentKind.ADMINISTRATIVE))
                .year(2025)
                .unit(
                        org.budgetdisclosure.model.facts.Department.of(
                                "512002",
                                "某市公路事业发展中心",
                                "公路中心",
                                org.budgetdisclosure.model.facts.DepartmentKind.PUBLIC_INSTITUTION),
                        u -> u.appropriation(
                                        "2140101",
                                        org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET,
                                        org.budgetdisclosure.model.facts.ExpenditureType.BASIC,
                                        "5000000000.00")
                                .basicExpenditure("30101", "5000000000.00"))
                .unit(
                        org.budgetdisclosure.model.facts.Department.of(
                                "512001",
                                "某市交通运输局本部",
                                "局本部",
                                org.budgetdisclosure.model.facts.DepartmentKind.ADMINISTRATIVE),
                        u -> u.appropriation(
                                        "2140101",
                                        org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET,
                                        org.budgetdisclosure.model.facts.ExpenditureType.BASIC,
                                        "1234567890.12")
                                .basicExpenditure("30101", "1234567890.12"))
                .build();
        String html = ReadBack.html(Disclosure.of(b).bytes(Format.HTML)).text();
        assertThat(html)
                .contains("纳入本部门预算编制范围的单位共2家，包括：某市交通运输局本部、某市公路事业发展中心。")
                .contains("2025年我部门预算未列报政府采购预算。")
                .contains("2025年我部门预算未列报“三公”经费。")
                .contains("本年度预算收入623456.79万元");
        // institutions stated: the heading and its table as before
        String bare = Jsoup.parse(new String(
                        Disclosure.of(TestBudgets.small("某某局").build()).bytes(Format.HTML), StandardCharsets.UTF_8))
                .text();
        assertThat(bare).contains("（一）机构及组成单位情况");
    }
}
