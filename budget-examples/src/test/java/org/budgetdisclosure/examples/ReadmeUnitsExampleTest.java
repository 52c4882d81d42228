package org.budgetdisclosure.examples;
// spotless:off: this file holds the Java of the docs as the docs print it, line for line (DocsTest, and a test
// here, compare them), so the formatter leaves it as written

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.budgetdisclosure.io.BudgetFiles;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.Consolidation;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.ExpenditureType;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.RevenueSource;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.validation.ValidationReport;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;
import org.budgetdisclosure.render.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * The documented department with two units ({@code docs/budget-files.md}, "A department and its units", moved there
 * from the README): its JSON, read from that page itself, and its Java, as written there, make the same budget,
 * which validates and renders.
 */
class ReadmeUnitsExampleTest {

    @Test
    void theReadmeJsonAndJavaMakeTheSameDepartment() throws Exception {
        Budget finance = Budget.builder().unit(MoneyUnit.YUAN)
                .department(Department.of(null, "上海市普陀区财政局", "财政局", DepartmentKind.ADMINISTRATIVE)).year(2025)
                .duties("贯彻执行国家和本市有关财政工作的法律、法规、规章和方针、政策。")
                .unit(Department.of("035001", "上海市普陀区财政局本部", "财政局本部", DepartmentKind.ADMINISTRATIVE), u -> u
                        .appropriation("2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "16000000.00")
                        .appropriation("2010608", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "4188000.00")
                        .basicExpenditure("30101", "15990500.00")
                        .basicExpenditure("30217", "9500.00")
                        .threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "9500.00"))
                .unit(Department.of("035002", "上海市普陀区财政局国库收付中心", "国库收付中心",
                        DepartmentKind.CIVIL_SERVICE_MANAGED), u -> u
                        .appropriation("2010601", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "3000000.00")
                        .basicExpenditure("30101", "3000000.00"))
                .build();

        Budget whole = Consolidation.of(finance);          // the department's facts: 2010601 基本 19000000.00, …
        ValidationReport report = Validator.validate(finance);   // every unit (findings at units[1]…) and the department
        Disclosure department = Disclosure.of(finance);    // the department's document (部门预算), from the consolidation
        Map<String, Disclosure> units = Disclosure.units(finance, Profile.hebei2022());   // "035001", "035002": 单位预算

        assertThat(whole.appropriations().get(0).amount()).isEqualTo(Amount.yuan("19000000.00"));
        assertThat(report.errors()).isEmpty();
        assertThat(units.keySet()).containsExactly("035001", "035002");
        assertThat(ReadBack.html(department.bytes(Format.HTML)).text())
                .contains("2318.80");   // 23,188,000.00 元 in 万元
        assertThat(ReadBack.html(units.get("035002").bytes(Format.HTML)).text())
                .contains("上海市普陀区财政局国库收付中心").contains("300.00");

        String readme = Files.readString(Path.of("..", "docs", "budget-files.md"));
        int section = readme.indexOf("## A department and its units");
        assertThat(section).isNotNegative();
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        String json = readme.substring(start, readme.indexOf("```", start));
        assertThat(BudgetFiles.read(json.getBytes(StandardCharsets.UTF_8), "budget-files.md", BudgetFiles.Syntax.JSON))
                .isEqualTo(finance);
        // the page's Java is this test's, line for line
        int java = readme.indexOf("```java\n", section) + "```java\n".length();
        String source = Files.readString(Path.of("src", "test", "java", "org", "budgetdisclosure", "examples",
                "ReadmeUnitsExampleTest.java"));
        assertThat(readme.substring(java, readme.indexOf("```", java)).lines().map(String::strip)
                .filter(l -> !l.isEmpty())).allSatisfy(line -> assertThat(source).contains(line));
    }
}
// spotless:on
