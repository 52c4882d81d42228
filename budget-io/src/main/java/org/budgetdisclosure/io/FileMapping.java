package org.budgetdisclosure.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.io.FileModel.AppropriationDoc;
import org.budgetdisclosure.io.FileModel.BasicDoc;
import org.budgetdisclosure.io.FileModel.BudgetDoc;
import org.budgetdisclosure.io.FileModel.DepartmentDoc;
import org.budgetdisclosure.io.FileModel.NamesDoc;
import org.budgetdisclosure.io.FileModel.PriorYearDoc;
import org.budgetdisclosure.io.FileModel.ThreePublicDoc;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.errors.FactException;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ThreePublicExpense;

/** Between the file's shape and the facts, both ways. Facts that reject a value are reported with the field's path. */
final class FileMapping extends FieldMapping {

    FileMapping(String file) {
        super(file, MoneyUnit.TEN_THOUSAND_YUAN);
    }

    Budget toBudget(BudgetDoc d) throws BudgetFileException {
        if (!FileModel.FORMAT.equals(d.format())) {
            throw error("$.format", "expected \"" + FileModel.FORMAT + "\", found \"" + d.format() + "\"");
        }
        MoneyUnit found = null;
        for (MoneyUnit u : MoneyUnit.values()) {
            if (u.chineseName().equals(d.unit())) {
                found = u;
            }
        }
        if (found == null) {
            throw error("$.unit", "expected \"万元\" or \"元\", found \"" + d.unit() + "\"");
        }
        unit = found;
        Budget.Builder b = Budget.builder().unit(unit).rounded(Boolean.TRUE.equals(d.rounded()));
        at("$.year", () -> b.year(d.year()));
        DepartmentDoc dept = d.department();
        if (dept == null) {
            throw error("$.department", "expected an object, found null");
        }
        at("$.department", () -> b.department(Department.of(dept.code(), dept.name(), dept.shortName(), dept.kind())));
        List<AppropriationDoc> lines = elements(d.appropriations(), "$.appropriations");
        for (int i = 0; i < lines.size(); i++) {
            AppropriationDoc a = lines.get(i);
            String path = "$.appropriations[" + i + "]";
            if (a.source() != null && a.fund() == null && a.source().isCarryover()) {
                throw error(path + ".fund", "a line of 上年结转结余 (PRIOR_YEAR_CARRYOVER) must state its fund");
            }
            at(
                    path,
                    () -> b.appropriation(new Appropriation(
                            a.functionCode(),
                            a.source(),
                            a.fund() != null || a.source() == null
                                    ? a.fund()
                                    : a.source().fund().orElseThrow(),
                            a.type(),
                            in(a.amount()),
                            Optional.ofNullable(a.economicCode()))));
        }
        List<BasicDoc> basic = elements(d.basicExpenditures(), "$.basicExpenditures");
        for (int i = 0; i < basic.size(); i++) {
            BasicDoc e = basic.get(i);
            at(
                    "$.basicExpenditures[" + i + "]",
                    () -> b.basicExpenditure(new BasicExpenditure(e.economicCode(), in(e.amount()))));
        }
        if (d.costClasses() != null) {
            Map<EconomicCode, CostClass> classes = new TreeMap<>();
            for (Map.Entry<String, CostClass> e : d.costClasses().entrySet()) {
                String path = "$.costClasses." + e.getKey();
                at(path, () -> {
                    EconomicCode code = EconomicCode.of(e.getKey());
                    if (code.parent().isPresent()) {
                        throw new IllegalArgumentException("expected an economic 类 of 3 digits, found " + code);
                    }
                    classes.put(code, e.getValue());
                });
            }
            at("$.costClasses", () -> b.costClasses(new CostClassAssignment(classes)));
        }
        List<ThreePublicDoc> three = elements(d.threePublic(), "$.threePublic");
        for (int i = 0; i < three.size(); i++) {
            ThreePublicDoc t = three.get(i);
            at(
                    "$.threePublic[" + i + "]",
                    () -> b.threePublic(new ThreePublicExpense(t.item(), t.fund(), in(t.amount()))));
        }
        PriorYearDoc p = d.priorYear();
        if (p != null) {
            at(
                    "$.priorYear",
                    () -> b.priorYear(new PriorYear(
                            in(p.total()),
                            in(p.personnel()),
                            in(p.publicUse()),
                            in(p.project()),
                            in(map(p.threePublic())),
                            map(p.reasons()))));
        }
        if (d.names() != null) {
            for (Map.Entry<String, String> e : map(d.names().functional()).entrySet()) {
                at("$.names.functional." + e.getKey(), () -> b.functionName(e.getKey(), e.getValue()));
            }
            for (Map.Entry<String, String> e : map(d.names().economic()).entrySet()) {
                at("$.names.economic." + e.getKey(), () -> b.economicName(e.getKey(), e.getValue()));
            }
        }
        if (d.declaredTotals() != null) {
            at("$.declaredTotals", () -> b.declaredTotals(in(d.declaredTotals())));
        }
        if (d.operatingCosts() != null) {
            at("$.operatingCosts", () -> b.operatingCosts(in(d.operatingCosts())));
        }
        b.narrative(new NarrativeMapping(file, unit).narrative(d.narrative()));
        b.explanations(new ExplanationsMapping(file, unit).explanations(d.explanations()));
        UnitMapping.read(file, d, b);
        try {
            return b.build();
        } catch (FactException | IllegalArgumentException e) {
            throw error("$", e.getMessage());
        }
    }

    static BudgetDoc toDoc(Budget b) {
        List<AppropriationDoc> lines = new ArrayList<>();
        for (Appropriation a : b.appropriations()) {
            lines.add(new AppropriationDoc(
                    a.functionCode(),
                    a.source(),
                    a.fund(),
                    a.type(),
                    a.amount(),
                    a.economicCode().orElse(null)));
        }
        List<BasicDoc> basic = new ArrayList<>();
        b.basicExpenditures().forEach(e -> basic.add(new BasicDoc(e.economicCode(), e.amount())));
        Map<String, CostClass> classes = new LinkedHashMap<>();
        b.costClasses().classes().forEach((code, c) -> classes.put(code.value(), c));
        List<ThreePublicDoc> three = new ArrayList<>();
        b.threePublic().forEach(t -> three.add(new ThreePublicDoc(t.item(), t.fund(), t.amount())));
        PriorYearDoc prior = b.priorYear()
                .map(p -> new PriorYearDoc(
                        p.total(), p.personnel(), p.publicUse(), p.project(), p.threePublic(), p.reasons()))
                .orElse(null);
        Map<String, String> functional = new TreeMap<>();
        Map<String, String> economic = new TreeMap<>();
        b.names()
                .forEach((code, name) -> (code.classification() == Code.Classification.FUNCTIONAL
                                ? functional
                                : economic)
                        .put(code.value(), name));
        NamesDoc names = functional.isEmpty() && economic.isEmpty() ? null : new NamesDoc(functional, economic);
        Map<org.budgetdisclosure.model.facts.DeclaredTotal, Amount> declared =
                b.declaredTotals().isEmpty() ? null : b.declaredTotals();
        return new BudgetDoc(
                FileModel.FORMAT,
                null,
                b.unit().chineseName(),
                b.year(),
                new DepartmentDoc(
                        b.department().code().orElse(null),
                        b.department().name(),
                        b.department().shortName(),
                        b.department().kind()),
                lines,
                basic,
                classes,
                three,
                prior,
                names,
                declared,
                b.rounded() ? Boolean.TRUE : null,
                b.operatingCosts().orElse(null),
                NarrativeMapping.narrativeDoc(b.narrative()),
                ExplanationsMapping.explanationsDoc(b.explanations()),
                UnitMapping.docs(b));
    }
}
