package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The final-accounts layout (部门决算) is a profile like the others: bundled, listed, and its options checked. */
class FinalAccountsProfileTest {

    @TempDir
    Path dir;

    @Test
    void theShanghaiFinalAccountsLayoutIsBundledWithItsNineTables() {
        Profile p = Profile.of("shanghai-2024-final-accounts");
        assertThat(p.isFinalAccounts()).isTrue();
        assertThat(p.description()).startsWith("上海市部门决算");
        assertThat(p.tableTitles())
                .containsExactly(
                        "收入支出决算总表",
                        "收入决算表",
                        "支出决算表",
                        "财政拨款收入支出决算总表",
                        "一般公共预算财政拨款支出决算表",
                        "一般公共预算财政拨款基本支出决算表",
                        "财政拨款“三公”经费支出决算表",
                        "政府性基金预算财政拨款收入支出决算表",
                        "国有资本经营预算财政拨款收入支出决算表");
        assertThat(p.glossary()).hasSize(11);
        assertThat(Profile.registered()).extracting(Profile::name).contains("shanghai-2024-final-accounts");
        assertThat(Profile.of("shanghai-2025-department").isFinalAccounts()).isFalse();
    }

    /** A budget given the final-accounts layout is refused with a message, not a failure deep in the tables. */
    @Test
    void aBudgetIsNotRenderedInTheFinalAccountsLayout() {
        var budget = org.budgetdisclosure.model.facts.Budget.builder()
                .department("304", "上海市普陀区测试局", "测试局", org.budgetdisclosure.model.facts.DepartmentKind.ADMINISTRATIVE)
                .year(2024)
                .appropriation(
                        "2010101",
                        org.budgetdisclosure.model.facts.RevenueSource.GENERAL_PUBLIC_BUDGET,
                        org.budgetdisclosure.model.facts.ExpenditureType.BASIC,
                        "10.00")
                .basicExpenditure("30101", "10.00")
                .build();
        assertThatThrownBy(() -> org.budgetdisclosure.render.Disclosure.of(
                        budget,
                        org.budgetdisclosure.render.RenderOptions.defaults()
                                .withProfile(Profile.of("shanghai-2024-final-accounts"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lays out final accounts");
    }

    /** Each new option refused at its line and field, all at once. */
    @Test
    void aBrokenFinalAccountsProfileIsRefusedAtItsLines() throws Exception {
        Files.writeString(dir.resolve("narrative.ftl"), "<@tables/>");
        Files.writeString(
                dir.resolve("profile.yaml"),
                String.join(
                        "\n",
                        "format: budget-profile/1",
                        "name: broken-final",
                        "family: final-accounts",
                        "document: {title: \"{department}\"}",
                        "narrative: {template: narrative.ftl}",
                        "tables:",
                        "  - {id: a, number: 1, title: A, layout: hierarchy, statement: revenue, widths: [1, 1], header: [[x, y]], columns: [TOTAL]}",
                        "  - {id: b, number: 2, title: B, layout: final-hierarchy, statement: final-nope, widths: [1, 1], header: [[x, y]]}",
                        "  - {id: c, number: 3, title: C, layout: final-basic, blocks: [[\"30x\"]], widths: [1, 1, 1], header: [[x, y, z]]}",
                        "  - id: d",
                        "    number: 4",
                        "    title: D",
                        "    layout: final-summary",
                        "    widths: [1, 1, 1, 1]",
                        "    header: [[a, b, c, d]]",
                        "    left: [{label: 一, figure: summary.nope}]",
                        "    right: {classes: [{code: \"201\"}]}",
                        "    notes: [\"{nope}\"]",
                        ""));
        assertThatThrownBy(() -> Profile.load(dir))
                .isInstanceOf(ProfileException.class)
                .satisfies(e -> {
                    String m = e.getMessage();
                    assertThat(m)
                            .containsPattern("profile\\.yaml:7:\\d+: .*tables\\[0\\]\\.layout.*final-")
                            .containsPattern("profile\\.yaml:8:\\d+: .*tables\\[1\\]\\.statement.*final-nope")
                            .containsPattern("profile\\.yaml:9:\\d+: .*tables\\[2\\]\\.blocks\\[0\\].*30x")
                            .containsPattern(
                                    "profile\\.yaml:\\d+:\\d+: .*tables\\[3\\]\\.left\\[0\\]\\.figure.*summary\\.nope")
                            .containsPattern("tables\\[3\\]\\.notes.*\\{nope\\}");
                });
        Files.writeString(
                dir.resolve("profile.yaml"),
                Files.readString(dir.resolve("profile.yaml")).replace("family: final-accounts", "family: accounts"));
        assertThatThrownBy(() -> Profile.load(dir))
                .hasMessageContaining("family")
                .hasMessageContaining("final-accounts");
    }
}
