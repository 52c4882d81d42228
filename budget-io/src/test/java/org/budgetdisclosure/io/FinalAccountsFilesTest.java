package org.budgetdisclosure.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetdisclosure.io.BudgetFiles.Syntax;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.finalaccounts.FinalAccounts;
import org.budgetdisclosure.model.finalaccounts.statements.FinalStatements;
import org.budgetdisclosure.model.finalaccounts.validation.FinalAccountsValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Final-accounts files: read as JSON and YAML, told from budgets, refused with located errors, valid by the schema. */
class FinalAccountsFilesTest {

    static final Path REFERENCE =
            Path.of("..", "budget-examples", "budgets", "shanghai-putuo-finance-bureau-2024-final.json");
    static final String HEAD = """
            {
              "format": "budget-disclosure-final-accounts/1",
              "unit": "万元",
              "year": 2024,
              "department": {"name": "甲局", "shortName": "甲局", "kind": "ADMINISTRATIVE"},
            """;

    @TempDir
    Path dir;

    private static FinalAccounts read(String text) throws BudgetFileException {
        return FinalAccountsFiles.read(text.getBytes(StandardCharsets.UTF_8), "f.json", Syntax.JSON);
    }

    @Test
    void theReferenceReadsAsJsonAndAsYamlToTheSameFacts() throws Exception {
        FinalAccounts json = FinalAccountsFiles.read(REFERENCE);
        assertThat(json.year()).isEqualTo(2024);
        assertThat(json.revenues()).hasSize(13);
        assertThat(json.spending()).hasSize(12);
        assertThat(json.rounded()).isTrue();
        Path yaml = dir.resolve("final.yaml");
        Files.writeString(yaml, new YAMLMapper().writeValueAsString(new ObjectMapper().readTree(REFERENCE.toFile())));
        assertThat(FinalAccountsFiles.isFinalAccounts(yaml)).isTrue();
        assertThat(FinalAccountsFiles.read(yaml)).isEqualTo(json);
    }

    @Test
    void finalAccountsAreToldFromBudgetsByTheirFormat() throws Exception {
        assertThat(FinalAccountsFiles.isFinalAccounts(REFERENCE)).isTrue();
        Path budget = REFERENCE.resolveSibling("leting-industry-bureau-2022.json");
        assertThat(FinalAccountsFiles.isFinalAccounts(budget)).isFalse();
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": ");
        assertThat(FinalAccountsFiles.isFinalAccounts(broken)).isFalse();
        // a budget reader given final accounts says what it is, at $.format
        assertThatThrownBy(() -> BudgetFiles.read(REFERENCE))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageContaining("at $.format: this is a final-accounts file (部门决算")
                .hasMessageContaining("`budget validate`");
    }

    @Test
    void aBadValueIsLocatedAtItsLineColumnAndPath() {
        String text = HEAD + """
                  "revenues": [
                    {"functionCode": "2010601", "source": "GENERAL_PUBLIC", "amount": "12,3O0"}
                  ]
                }
                """;
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageStartingWith("f.json:7:")
                .hasMessageContaining("at $.revenues[0].amount");
        String source = HEAD + """
                  "revenues": [{"functionCode": "2010601", "source": "BANK", "amount": "1"}]
                }
                """;
        assertThatThrownBy(() -> read(source))
                .hasMessageContaining("f.json:6:")
                .hasMessageContaining("at $.revenues[0].source")
                .hasMessageContaining("GENERAL_PUBLIC, GOVERNMENT_FUND");
        String unknown = HEAD + """
                  "spending": [{"functionCode": "2010601", "type": "BASIC", "fund": "GENERAL_PUBLIC", "amount": "1",
                    "unit": "元"}]
                }
                """;
        assertThatThrownBy(() -> read(unknown))
                .hasMessageContaining("f.json:7:")
                .hasMessageContaining("unknown field \"unit\"");
    }

    @Test
    void aValueTheFactsRefuseIsLocatedAtItsPath() {
        String text = HEAD + """
                  "fundBalances": [
                    {"fund": "GENERAL_PUBLIC", "opening": "1", "closing": "1"},
                    {"fund": "NON_FISCAL", "opening": "1", "closing": "1"}
                  ]
                }
                """;
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(BudgetFileException.class)
                .hasMessageStartingWith("f.json:8:")
                .hasMessageContaining("at $.fundBalances[1]")
                .hasMessageContaining("fiscal fund");
        String units = HEAD + """
                  "revenues": [{"functionCode": "2010601", "source": "OTHER", "amount": "1"}],
                  "units": [{"department": {"name": "乙", "shortName": "乙", "kind": "PUBLIC_INSTITUTION"}}]
                }
                """;
        assertThatThrownBy(() -> read(units))
                .hasMessageContaining("at $")
                .hasMessageContaining("revenues of a department with units is the sum of its units'");
    }

    @Test
    void aDepartmentWithUnitsReadsAndValidatesEachUnitAtItsPath() throws Exception {
        String text = HEAD + """
                  "composition": [{"name": "甲局（本级）"}, {"name": "乙中心", "note": "预算单列"}],
                  "units": [
                    {"department": {"name": "甲局（本级）", "shortName": "甲局", "kind": "ADMINISTRATIVE"},
                     "revenues": [{"functionCode": "2010601", "source": "GENERAL_PUBLIC", "amount": "1234567890.12"}],
                     "spending": [{"functionCode": "2010601", "type": "BASIC", "fund": "GENERAL_PUBLIC",
                                   "amount": "1234567890.12"}],
                     "balances": {"opening": "0", "closing": "0"},
                     "basicExpenditures": [{"economicCode": "30101", "amount": "1234567890.12"}]},
                    {"department": {"name": "乙中心", "shortName": "乙", "kind": "PUBLIC_INSTITUTION"},
                     "revenues": [{"functionCode": "2010602", "source": "PUBLIC_SERVICE", "amount": "5"}],
                     "spending": [{"functionCode": "2010602", "type": "PROJECT", "fund": "NON_FISCAL", "amount": "4"}],
                     "balances": {"opening": "0", "closing": "2"},
                     "operatingCosts": "1"}
                  ]
                }
                """;
        FinalAccounts accounts = read(text);
        assertThat(accounts.units())
                .extracting(u -> u.department().kind())
                .containsExactly(DepartmentKind.ADMINISTRATIVE, DepartmentKind.PUBLIC_INSTITUTION);
        FinalStatements statements = FinalStatements.of(accounts);
        assertThat(statements.summary().revenueTotal()).isEqualTo(Amount.wan("1234567895.12"));
        assertThat(FinalAccountsValidator.validate(accounts).errors())
                .extracting(f -> f.rule() + " at " + f.location())
                .containsExactly(
                        "balance.total at units[1].balances.closing",
                        "operating-costs.kind at units[1].operatingCosts");
    }

    @Test
    void theReferenceIsValidByTheShippedSchemaAndTheSchemaRefusesWhatTheReaderRefuses() throws Exception {
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(
                        com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(FinalAccountsFiles.schema());
        ObjectMapper mapper = new ObjectMapper();
        assertThat(schema.validate(mapper.readTree(REFERENCE.toFile()))).isEmpty();
        assertThat(schema.validate(mapper.readTree(HEAD + "\"revenues\": [{\"functionCode\": \"2010601\", "
                        + "\"source\": \"BANK\", \"amount\": \"1\"}]}")))
                .isNotEmpty();
        assertThat(schema.validate(
                        mapper.readTree(HEAD + "\"statedPercentages\": {\"GRAND_TOTAL_CHANGE\": " + "\"-1.87\"}}")))
                .isEmpty();
        assertThat(FinalAccountsFiles.schema()).contains("\"const\": \"budget-disclosure-final-accounts/1\"");
    }
}
