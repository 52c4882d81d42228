package org.budgetdisclosure.render.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.statements.RowKind;
import org.budgetdisclosure.model.statements.StatementId;
import org.budgetdisclosure.render.tables.AmountStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table descriptor is typed: one record per layout, chosen by its {@code layout} key, its options enums read by
 * their words. A wrong word, a field the layout does not have or a missing layout is refused at its line, all at
 * once with the other problems, and the bundled layouts read into the records they name.
 */
class TypedLayoutTest {

    @TempDir
    Path dir;

    private static final String HEAD = String.join(
            "\n",
            "format: budget-profile/1",
            "name: typed",
            "document: {title: \"{department}\"}",
            "narrative: {template: narrative.ftl}",
            "tables:",
            "");

    private ProfileException refused(String tables) throws Exception {
        Files.writeString(dir.resolve("narrative.ftl"), "<@tables/>");
        Files.writeString(dir.resolve("profile.yaml"), HEAD + tables);
        try {
            Profile.load(dir);
        } catch (ProfileException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void everyWrongWordIsRefusedAtItsLineAllAtOnce() throws Exception {
        ProfileException e = refused(String.join(
                "\n",
                "  - {id: a, number: 1, title: A, layout: hierarchy, statement: revenue, code: diagonal,",
                "     total: middle, widths: [1, 1, 1], header: [[x, y, z]], columns: [TOTAL]}",
                "  - {id: b, number: 2, title: B, layout: three-public, zeros: sometimes, widths: [1, 1],",
                "     header: [[x, y]], columns: [TOTAL], rows: [{line: NOWHERE, label: x, align: diagonal}]}",
                "  - {id: c, number: 3, title: C, layout: hierarchy, statement: spending, widths: [1, 1, 1],",
                "     header: [[x, y, z]], columns: [TOTAL], amounts: {unit: 千元, zero: dash}}",
                ""));
        List<String> m =
                e.problems().stream().map(ProfileException.Problem::toString).toList();
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:6:")
                        .contains("tables[0].code")
                        .contains("expected 'single' or 'split', found 'diagonal'"));
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:7:")
                        .contains("tables[0].total")
                        .contains("expected 'top' or 'bottom', found 'middle'"));
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:8:")
                        .contains("tables[1].zeros")
                        .contains("'blank' or 'where-column-used'")
                        .contains("'sometimes'"));
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:9:")
                        .contains("tables[1].rows[0].line")
                        .contains("'NOWHERE'")
                        .contains("'RECEPTION'"));
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:9:")
                        .contains("tables[1].rows[0].align")
                        .contains("one of 'left', 'centre', 'right', found 'diagonal'"));
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:10:")
                        .contains("tables[2].statement")
                        .contains("'spending'")
                        .contains("'general-public-basic'"));
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:11:")
                        .contains("tables[2].amounts.unit")
                        .contains("'万元' or '元', found '千元'"));
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:11:")
                        .contains("tables[2].amounts.zero")
                        .contains("one of 'number', 'bare', 'blank', found 'dash'"));
        assertThat(m).noneMatch(p -> p.contains("org.budgetdisclosure") || p.contains("Cannot deserialize"));
    }

    @Test
    void aFieldTheLayoutDoesNotHaveAndAMissingLayoutAreRefusedAtTheirLines() throws Exception {
        ProfileException e = refused(String.join(
                "\n",
                "  - id: a",
                "    number: 1",
                "    title: A",
                "    layout: hierarchy",
                "    statement: revenue",
                "    blocks: [[\"301\"]]",
                "    widths: [1, 1, 1]",
                "    header: [[x, y, z]]",
                "    columns: [TOTAL]",
                "  - {id: b, number: 2, title: B, widths: [1], header: [[x]]}",
                "  - {id: a, number: 3, title: C, layout: bar-chart, widths: [1], header: [[x]]}",
                ""));
        List<String> m =
                e.problems().stream().map(ProfileException.Problem::toString).toList();
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:11:")
                        .contains("tables[0].blocks")
                        .contains("unknown field 'blocks'")
                        .contains("statement"));
        assertThat(m).anySatisfy(p -> assertThat(p).contains("tables[1]").contains("missing: the table's layout"));
        assertThat(m)
                .anySatisfy(p -> assertThat(p)
                        .contains("profile.yaml:16:")
                        .contains("tables[2].layout")
                        .contains("unknown layout 'bar-chart'")
                        .contains("'final-basic'"));
        assertThat(m)
                .as("a table of an unknown layout still has its common fields checked")
                .anySatisfy(p -> assertThat(p).contains("tables[2].id").contains("earlier table"));
    }

    @Test
    void aFinalAccountsLayoutInABudgetProfileIsRefusedAtItsLayout() throws Exception {
        ProfileException e =
                refused("  - {id: a, number: 1, title: A, layout: final-three-public, widths: [1, 1], header: [[x, y]],"
                        + " columns: [TOTAL]}\n");
        assertThat(e.getMessage())
                .contains("profile.yaml:6:")
                .contains("tables[0].layout")
                .contains("found 'final-three-public'")
                .contains("family: final-accounts");
    }

    @Test
    void theBundledLayoutsReadIntoTheirRecords() {
        Profile hebei = Profile.of("hebei-2022");
        assertThat(tables(hebei))
                .extracting(t -> t.spec().getClass().getSimpleName())
                .containsExactly(
                        "Summary",
                        "Hierarchy",
                        "Hierarchy",
                        "Summary",
                        "Hierarchy",
                        "Hierarchy",
                        "Hierarchy",
                        "Hierarchy",
                        "ThreePublic");
        TableSpec.Hierarchy revenue = (TableSpec.Hierarchy) tables(hebei).get(1).spec();
        assertThat(revenue.statement()).isEqualTo(TableOptions.BudgetStatement.REVENUE);
        assertThat(revenue.statement().id()).isEqualTo(StatementId.REVENUE);
        TableSpec.Summary summary = (TableSpec.Summary) tables(hebei).get(0).spec();
        assertThat(summary.closing()).extracting(ProfileSpec.ClosingRow::kind).contains(RowKind.TOTAL);
        assertThat(hebei.statementTables(2022)).containsKeys(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(hebei.splitsOverseasTravel())
                .as("its “三公” table has the line OVERSEAS_TEACHING_RESEARCH")
                .isTrue();
        assertThat(Profile.of("hebei-2025").splitsOverseasTravel()).isTrue();
        assertThat(Profile.of("shanghai-2025-department").splitsOverseasTravel())
                .isFalse();

        Profile shanghai = Profile.of("shanghai-2025-department");
        assertThat(tables(shanghai))
                .map(TableLayout::spec)
                .filteredOn(TableSpec.Hierarchy.class::isInstance)
                .map(TableSpec.Hierarchy.class::cast)
                .anyMatch(TableSpec.Hierarchy::splitCode)
                .anyMatch(TableSpec.Hierarchy::totalAtBottom);
        assertThat(tables(shanghai))
                .map(TableLayout::spec)
                .filteredOn(TableSpec.ThreePublicRow.class::isInstance)
                .singleElement()
                .satisfies(t -> assertThat(t.amounts().unit()).isEqualTo(MoneyUnit.TEN_THOUSAND_YUAN));

        Profile finals = Profile.of("shanghai-2024-final-accounts");
        assertThat(tables(finals))
                .map(TableLayout::spec)
                .allMatch(TableSpec.FinalTable.class::isInstance)
                .map(TableSpec::layout)
                .contains(
                        "final-summary",
                        "final-fiscal-summary",
                        "final-hierarchy",
                        "final-basic",
                        "final-three-public");
        assertThat(ProfileStyles.style(
                                new ProfileSpec.StyleSpec(null, null, null, AmountStyle.Zero.BARE),
                                ProfileStyles.TABLES)
                        .zero())
                .isEqualTo(AmountStyle.Zero.BARE);
    }

    @Test
    void theSchemaSaysWhichFieldsEachLayoutHas() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                        com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Profile.schema());
        for (String name : Profile.bundledNames()) {
            try (var in = Profile.class.getResourceAsStream(Profile.BUNDLED + "/" + name + "/profile.yaml")) {
                assertThat(schema.validate(yaml.readTree(in))).as(name).isEmpty();
            }
        }
        var blocksOnAHierarchy = yaml.readTree(HEAD
                + "  - {id: a, number: 1, title: A, layout: hierarchy, statement: revenue, blocks: [[\"301\"]],"
                + " widths: [1, 1, 1], header: [[x, y, z]], columns: [TOTAL]}\n");
        assertThat(schema.validate(blocksOnAHierarchy))
                .extracting(Object::toString)
                .anyMatch(m -> m.contains("$.tables[0]") && m.contains("blocks"));
    }

    private static List<TableLayout> tables(Profile p) {
        return p.tableLayouts();
    }
}
