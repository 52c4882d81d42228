package org.budgetdisclosure.model.validation;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.model.classification.Catalogue;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.Level;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.statements.Statements;

/**
 * The classification codes of the facts: at the right level ({@code code.level}), in the right classification
 * ({@code code.malformed}: functional codes start with 2, economic with 3), known to the catalogue
 * ({@code code.unknown}), with their parents known ({@code code.parent-unknown}), and named as the catalogue
 * names them ({@code code.name-differs}). Unknown codes and differing names are warnings.
 *
 * <p>A name the budget states ({@code names}) is authoritative for that budget: a code the catalogue lacks but the
 * budget names is not unknown. A stated name is compared with the catalogue's only when the catalogue is of the
 * budget's year (or states no year: one the user loaded for the budget); the catalogue of an earlier year, which
 * {@link Catalogue#forYear(int)} falls back to, may predate a renaming and is not held against the budget.
 */
final class CodeRules implements Rule {

    static final String LEVEL = "code.level";
    static final String MALFORMED = "code.malformed";
    static final String UNKNOWN = "code.unknown";
    static final String PARENT_UNKNOWN = "code.parent-unknown";
    static final String NAME_DIFFERS = "code.name-differs";

    @Override
    public void check(Statements statements, Findings findings) {
        Budget budget = statements.budget();
        Catalogue catalogue = statements.catalogue();
        Map<String, Code> used = new TreeMap<>();
        Map<String, String> firstPlace = new TreeMap<>();
        for (int i = 0; i < budget.appropriations().size(); i++) {
            String at = "appropriations[" + i + "].functionCode";
            Code code = budget.appropriations().get(i).functionCode();
            if (code.level() != Level.ITEM) {
                findings.error(
                        LEVEL,
                        at,
                        "a 项 (7 digits)",
                        code.value(),
                        "a budget line is booked on a functional 项, not on a "
                                + code.level().chineseName());
            }
            note(used, firstPlace, code, at);
            budget.appropriations()
                    .get(i)
                    .economicCode()
                    .ifPresent(e -> note(used, firstPlace, e, at.replace("functionCode", "economicCode")));
        }
        for (int i = 0; i < budget.basicExpenditures().size(); i++) {
            String at = "basicExpenditures[" + i + "].economicCode";
            Code code = budget.basicExpenditures().get(i).economicCode();
            if (code.level() != Level.SECTION) {
                findings.error(
                        LEVEL,
                        at,
                        "an economic 款 (5 digits)",
                        code.value(),
                        "basic expenditure is booked on an economic 款, not on a 类");
            }
            note(used, firstPlace, code, at);
        }
        for (int i = 0; i < budget.narrative().procurement().size(); i++) {
            note(
                    used,
                    firstPlace,
                    budget.narrative().procurement().get(i).functionCode(),
                    "narrative.procurement[" + i + "].functionCode");
        }
        for (Map.Entry<String, Code> e : used.entrySet()) {
            Code code = e.getValue();
            String at = firstPlace.get(e.getKey());
            char first = code.value().charAt(0);
            boolean functional = code.classification() == Code.Classification.FUNCTIONAL;
            if (functional ? first != '2' : first != '3') {
                findings.error(
                        MALFORMED,
                        at,
                        functional
                                ? "an expenditure function code starting with 2"
                                : "an economic code starting with 3",
                        code.value(),
                        "the code is not one of " + code.classification().chineseName());
                continue;
            }
            Optional<String> official = catalogue.name(code);
            Optional<String> stated = budget.statedName(code);
            if (official.isEmpty() && stated.isEmpty()) {
                findings.warning(
                        UNKNOWN,
                        at,
                        "a code of the catalogue or a stated name",
                        code.value(),
                        "the code is neither in the catalogue nor named by the budget; its row prints without a name: "
                                + "name it (the workbook's sheet of names, or names in the file) and it prints so");
            }
            for (Optional<? extends Code> p = code.parent();
                    p.isPresent();
                    p = p.get().parent()) {
                Code parent = p.get();
                if (!catalogue.contains(parent) && budget.statedName(parent).isEmpty()) {
                    // the parent said by its level and code alone (款 20601): the Chinese message quotes it
                    findings.warning(
                            PARENT_UNKNOWN,
                            at,
                            parent.level().chineseName() + " " + parent.value(),
                            "missing",
                            "the " + code.level().chineseName() + " " + code.value()
                                    + " has no named " + parent.level().chineseName()
                                    + "; its row prints without a name: "
                                    + "name it (the workbook's sheet of names, or names in the file) and it prints so");
                }
            }
        }
        boolean sameYear = catalogue.year().isEmpty() || catalogue.year().getAsInt() == budget.year();
        if (!sameYear) {
            return;
        }
        budget.names()
                .forEach((code, name) -> catalogue.name(code).ifPresent(official -> {
                    if (!official.equals(name)) {
                        findings.warning(
                                NAME_DIFFERS,
                                "names." + code.value(),
                                official,
                                name,
                                "the stated name differs from the catalogue's; the stated name is printed");
                    }
                }));
    }

    private static void note(Map<String, Code> used, Map<String, String> places, Code code, String at) {
        String key = code.classification() + ":" + code.value();
        used.putIfAbsent(key, code);
        places.putIfAbsent(key, at);
    }
}
