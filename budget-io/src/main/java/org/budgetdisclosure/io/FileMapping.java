package org.budgetdisclosure.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.budgetdisclosure.io.FileModel.AllocationDoc;
import org.budgetdisclosure.io.FileModel.AppropriationDoc;
import org.budgetdisclosure.io.FileModel.AssetCategoryDoc;
import org.budgetdisclosure.io.FileModel.AssetsDoc;
import org.budgetdisclosure.io.FileModel.BasicDoc;
import org.budgetdisclosure.io.FileModel.BudgetDoc;
import org.budgetdisclosure.io.FileModel.BudgetUnitDoc;
import org.budgetdisclosure.io.FileModel.DepartmentDoc;
import org.budgetdisclosure.io.FileModel.ExplanationsDoc;
import org.budgetdisclosure.io.FileModel.GlossaryDoc;
import org.budgetdisclosure.io.FileModel.HeldAssetsDoc;
import org.budgetdisclosure.io.FileModel.IndicatorDoc;
import org.budgetdisclosure.io.FileModel.InstitutionDoc;
import org.budgetdisclosure.io.FileModel.LineExplanationDoc;
import org.budgetdisclosure.io.FileModel.LineLastYearDoc;
import org.budgetdisclosure.io.FileModel.NamesDoc;
import org.budgetdisclosure.io.FileModel.NarrativeDoc;
import org.budgetdisclosure.io.FileModel.PerformanceTargetsDoc;
import org.budgetdisclosure.io.FileModel.PeriodDoc;
import org.budgetdisclosure.io.FileModel.PlannedAssetsDoc;
import org.budgetdisclosure.io.FileModel.PriorRevenueDoc;
import org.budgetdisclosure.io.FileModel.PriorThreePublicDoc;
import org.budgetdisclosure.io.FileModel.PriorYearDoc;
import org.budgetdisclosure.io.FileModel.ProcurementDoc;
import org.budgetdisclosure.io.FileModel.ProcurementTotalsDoc;
import org.budgetdisclosure.io.FileModel.ProjectDoc;
import org.budgetdisclosure.io.FileModel.ProjectExplanationDoc;
import org.budgetdisclosure.io.FileModel.StaffingDoc;
import org.budgetdisclosure.io.FileModel.ThreePublicDoc;
import org.budgetdisclosure.model.classification.Code;
import org.budgetdisclosure.model.classification.EconomicCode;
import org.budgetdisclosure.model.errors.FactException;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.Appropriation;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.AssetRegister;
import org.budgetdisclosure.model.facts.BasicExpenditure;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.CostClass;
import org.budgetdisclosure.model.facts.CostClassAssignment;
import org.budgetdisclosure.model.facts.Department;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.Institution;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PerformanceTargets;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.PriorThreePublic;
import org.budgetdisclosure.model.facts.PriorYear;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.ProjectPeriod;
import org.budgetdisclosure.model.facts.Staffing;
import org.budgetdisclosure.model.facts.ThreePublicExpense;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;

/** Between the file's shape and the facts, both ways. Facts that reject a value are reported with the field's path. */
final class FileMapping {

    private final String file;
    /** The file's unit: every amount read is in it. */
    private MoneyUnit unit = MoneyUnit.TEN_THOUSAND_YUAN;

    FileMapping(String file) {
        this.file = file;
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
        Narrative narrative = narrative(d.narrative());
        b.narrative(narrative);
        b.explanations(explanations(d.explanations()));
        UnitMapping.read(file, d, b);
        try {
            return b.build();
        } catch (FactException | IllegalArgumentException e) {
            throw error("$", e.getMessage());
        }
    }

    private Narrative narrative(NarrativeDoc n) throws BudgetFileException {
        if (n == null) {
            return Narrative.empty(unit);
        }
        List<Institution> institutions = new ArrayList<>();
        List<InstitutionDoc> is = elements(n.institutions(), "$.narrative.institutions");
        for (int i = 0; i < is.size(); i++) {
            InstitutionDoc x = is.get(i);
            at(
                    "$.narrative.institutions[" + i + "]",
                    () -> institutions.add(new Institution(x.name(), x.kind(), x.rank(), x.fundingForm())));
        }
        Optional<Staffing> staffing = Optional.empty();
        if (n.staffing() != null) {
            StaffingDoc s = n.staffing();
            Staffing[] made = new Staffing[1];
            at(
                    "$.narrative.staffing",
                    () -> made[0] = new Staffing(s.total(), s.active(), s.retiredCadres(), s.retired()));
            staffing = Optional.of(made[0]);
        }
        List<PerformanceProject> projects = new ArrayList<>();
        List<ProjectDoc> ps = elements(n.projects(), "$.narrative.projects");
        for (int i = 0; i < ps.size(); i++) {
            ProjectDoc x = ps.get(i);
            List<Indicator> indicators = new ArrayList<>();
            List<IndicatorDoc> ins = elements(x.indicators(), "$.narrative.projects[" + i + "].indicators");
            for (int j = 0; j < ins.size(); j++) {
                IndicatorDoc r = ins.get(j);
                at(
                        "$.narrative.projects[" + i + "].indicators[" + j + "]",
                        () -> indicators.add(new Indicator(
                                r.level1(), r.level2(), r.level3(), r.description(), r.value(), r.basis())));
            }
            at(
                    "$.narrative.projects[" + i + "]",
                    () -> projects.add(new PerformanceProject(
                            x.name(), in(x.amount()), list(x.description()), list(x.goals()), indicators)));
        }
        List<ProcurementItem> procurement = new ArrayList<>();
        List<ProcurementDoc> pr = elements(n.procurement(), "$.narrative.procurement");
        for (int i = 0; i < pr.size(); i++) {
            ProcurementDoc x = pr.get(i);
            at(
                    "$.narrative.procurement[" + i + "]",
                    () -> procurement.add(new ProcurementItem(
                            x.unitName(),
                            x.functionCode(),
                            text(x.projectName()),
                            text(x.projectType()),
                            text(x.catalogueNumber()),
                            x.itemName(),
                            text(x.specification()),
                            text(x.measureUnit()),
                            in(x.unitPrice()),
                            x.quantity(),
                            in(x.amount()),
                            in(x.funding()))));
        }
        AssetRegister assets = AssetRegister.none(unit);
        if (n.assets() != null) {
            AssetsDoc a = n.assets();
            List<AssetCategory> categories = new ArrayList<>();
            List<AssetCategoryDoc> cs = elements(a.categories(), "$.narrative.assets.categories");
            for (int i = 0; i < cs.size(); i++) {
                AssetCategoryDoc c = cs.get(i);
                at(
                        "$.narrative.assets.categories[" + i + "]",
                        () -> categories.add(
                                new AssetCategory(c.name(), Optional.ofNullable(c.quantity()), in(c.value()))));
            }
            AssetRegister[] made = new AssetRegister[1];
            at(
                    "$.narrative.assets",
                    () -> made[0] = new AssetRegister(
                            a.asOf(),
                            categories,
                            a.plannedAcquisitions() == null ? Amount.zero(unit) : in(a.plannedAcquisitions())));
            assets = made[0];
        }
        List<GlossaryEntry> glossary = List.of();
        if (n.glossary() != null) {
            glossary = new ArrayList<>();
            List<GlossaryDoc> gs = elements(n.glossary(), "$.narrative.glossary");
            for (int i = 0; i < gs.size(); i++) {
                GlossaryDoc g = gs.get(i);
                List<GlossaryEntry> target = glossary;
                at("$.narrative.glossary[" + i + "]", () -> target.add(new GlossaryEntry(g.term(), g.definition())));
            }
        }
        Narrative[] made = new Narrative[1];
        Optional<Staffing> st = staffing;
        AssetRegister as = assets;
        List<GlossaryEntry> gl = glossary;
        at(
                "$.narrative",
                () -> made[0] = new Narrative(
                        list(n.duties()),
                        list(n.institutionOverview()),
                        institutions,
                        st,
                        list(n.overallGoals()),
                        list(n.specialFunds()),
                        projects,
                        list(n.safeguards()),
                        procurement,
                        as,
                        gl,
                        list(n.otherNotes())));
        return publishedFacts(n, made[0]);
    }

    /** The facts of the Shanghai layouts (机构设置, 政府采购 totals, 绩效目标, vehicles, last year's “三公”). */
    private Narrative publishedFacts(NarrativeDoc n, Narrative narrative) throws BudgetFileException {
        List<OrganisationUnit> units = new ArrayList<>();
        List<BudgetUnitDoc> us = elements(n.budgetUnits(), "$.narrative.budgetUnits");
        for (int i = 0; i < us.size(); i++) {
            BudgetUnitDoc u = us.get(i);
            at(
                    "$.narrative.budgetUnits[" + i + "]",
                    () -> units.add(new OrganisationUnit(
                            u.name(),
                            u.kind(),
                            Boolean.TRUE.equals(u.headquarters()),
                            Boolean.TRUE.equals(u.mergedIntoHeadquarters()))));
        }
        Object[] made = new Object[5];
        ProcurementTotalsDoc p = n.procurementTotals();
        if (p != null) {
            at(
                    "$.narrative.procurementTotals",
                    () -> made[0] = new ProcurementTotals(
                            in(p.goods()),
                            in(p.works()),
                            in(p.services()),
                            Optional.ofNullable(in(p.reservedForSmes())),
                            Optional.ofNullable(in(p.reservedForSmallAndMicro()))));
        }
        PerformanceTargetsDoc t = n.performanceTargets();
        if (t != null) {
            at("$.narrative.performanceTargets", () -> made[1] = new PerformanceTargets(t.projects(), in(t.amount())));
        }
        HeldAssetsDoc h = n.heldAssets();
        if (h != null) {
            at(
                    "$.narrative.heldAssets",
                    () -> made[2] = new AssetHoldings(h.asOf(), vehicles(h.vehicles()), count(h.largeEquipment())));
        }
        PlannedAssetsDoc pl = n.plannedAssets();
        if (pl != null) {
            at(
                    "$.narrative.plannedAssets",
                    () -> made[3] = new AssetPurchases(vehicles(pl.vehicles()), count(pl.largeEquipment())));
        }
        PriorThreePublicDoc pr = n.priorThreePublic();
        if (pr != null) {
            at(
                    "$.narrative.priorThreePublic",
                    () -> made[4] = new PriorThreePublic(in(map(pr.amounts())), map(pr.reasons())));
        }
        Narrative[] result = new Narrative[1];
        at(
                "$.narrative",
                () -> result[0] = narrative.withPublishedFacts(
                        units,
                        list(n.internalDivisions()),
                        Optional.ofNullable((ProcurementTotals) made[0]),
                        Optional.ofNullable((PerformanceTargets) made[1]),
                        Optional.ofNullable((AssetHoldings) made[2]),
                        Optional.ofNullable((AssetPurchases) made[3]),
                        Optional.ofNullable((PriorThreePublic) made[4])));
        return result[0];
    }

    private static Optional<VehicleCounts> vehicles(Map<VehicleCategory, Integer> counts) {
        return counts == null ? Optional.empty() : Optional.of(new VehicleCounts(counts));
    }

    private static java.util.OptionalInt count(Integer count) {
        return count == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(count);
    }

    private static Integer count(java.util.OptionalInt count) {
        return count.isPresent() ? count.getAsInt() : null;
    }

    /** The 编制说明 and 项目经费情况说明 facts; a value the facts reject is reported at its path. */
    private Explanations explanations(ExplanationsDoc e) throws BudgetFileException {
        if (e == null) {
            return Explanations.none();
        }
        Optional<PriorRevenue> prior = Optional.empty();
        if (e.priorRevenue() != null) {
            PriorRevenueDoc p = e.priorRevenue();
            PriorRevenue[] made = new PriorRevenue[1];
            at(
                    "$.explanations.priorRevenue",
                    () -> made[0] = new PriorRevenue(in(p.bySource()), Optional.ofNullable(p.fiscalReason())));
            prior = Optional.of(made[0]);
        }
        List<LineExplanation> lines = new ArrayList<>();
        List<LineExplanationDoc> ls = elements(e.lines(), "$.explanations.lines");
        for (int i = 0; i < ls.size(); i++) {
            LineExplanationDoc l = ls.get(i);
            String path = "$.explanations.lines[" + i + "]";
            Optional<LineLastYear> lastYear = Optional.empty();
            if (l.lastYear() != null) {
                LineLastYearDoc y = l.lastYear();
                LineLastYear[] made = new LineLastYear[1];
                at(
                        path + ".lastYear",
                        () -> made[0] = new LineLastYear(in(y.amount()), y.kind(), Optional.ofNullable(y.reason())));
                lastYear = Optional.of(made[0]);
            }
            Optional<LineLastYear> last = lastYear;
            at(path, () -> lines.add(new LineExplanation(l.functionCode(), l.purpose(), last)));
        }
        List<ProjectExplanation> projects = new ArrayList<>();
        List<ProjectExplanationDoc> ps = elements(e.projects(), "$.explanations.projects");
        for (int i = 0; i < ps.size(); i++) {
            ProjectExplanationDoc p = ps.get(i);
            String path = "$.explanations.projects[" + i + "]";
            Optional<ProjectPeriod> period = Optional.empty();
            if (p.period() != null) {
                ProjectPeriod[] made = new ProjectPeriod[1];
                at(
                        path + ".period",
                        () -> made[0] =
                                new ProjectPeriod(p.period().start(), p.period().end()));
                period = Optional.of(made[0]);
            }
            List<ProjectAllocation> allocations = new ArrayList<>();
            List<AllocationDoc> as = elements(p.allocations(), path + ".allocations");
            for (int j = 0; j < as.size(); j++) {
                AllocationDoc a = as.get(j);
                at(
                        path + ".allocations[" + j + "]",
                        () -> allocations.add(new ProjectAllocation(a.name(), in(a.amount()))));
            }
            Optional<ProjectPeriod> pp = period;
            at(
                    path,
                    () -> projects.add(new ProjectExplanation(
                            Optional.ofNullable(p.name()),
                            list(p.overview()),
                            list(p.basis()),
                            list(p.implementers()),
                            list(p.plan()),
                            pp,
                            allocations,
                            list(p.goals()))));
        }
        Explanations[] made = new Explanations[1];
        Optional<PriorRevenue> pr = prior;
        at("$.explanations", () -> made[0] = new Explanations(pr, lines, projects));
        return made[0];
    }

    private static ExplanationsDoc explanationsDoc(Explanations e) {
        if (e.isEmpty()) {
            return null;
        }
        PriorRevenueDoc prior = e.priorRevenue()
                .map(p -> new PriorRevenueDoc(p.bySource(), p.fiscalReason().orElse(null)))
                .orElse(null);
        List<LineExplanationDoc> lines = new ArrayList<>();
        for (LineExplanation l : e.lines()) {
            lines.add(new LineExplanationDoc(
                    l.functionCode(),
                    l.purpose(),
                    l.lastYear()
                            .map(y -> new LineLastYearDoc(
                                    y.amount(), y.kind(), y.reason().orElse(null)))
                            .orElse(null)));
        }
        List<ProjectExplanationDoc> projects = new ArrayList<>();
        for (ProjectExplanation p : e.projects()) {
            List<AllocationDoc> allocations = new ArrayList<>();
            p.allocations().forEach(a -> allocations.add(new AllocationDoc(a.name(), a.amount())));
            projects.add(new ProjectExplanationDoc(
                    p.name().orElse(null),
                    p.overview(),
                    p.basis(),
                    p.implementers(),
                    p.plan(),
                    p.period().map(x -> new PeriodDoc(x.start(), x.end())).orElse(null),
                    allocations,
                    p.goals()));
        }
        return new ExplanationsDoc(prior, lines, projects);
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
                narrativeDoc(b.narrative()),
                explanationsDoc(b.explanations()),
                UnitMapping.docs(b));
    }

    private static NarrativeDoc narrativeDoc(Narrative n) {
        List<InstitutionDoc> institutions = new ArrayList<>();
        n.institutions()
                .forEach(i -> institutions.add(new InstitutionDoc(i.name(), i.kind(), i.rank(), i.fundingForm())));
        StaffingDoc staffing = n.staffing()
                .map(s -> new StaffingDoc(s.total(), s.active(), s.retiredCadres(), s.retired()))
                .orElse(null);
        List<ProjectDoc> projects = new ArrayList<>();
        for (PerformanceProject p : n.projects()) {
            List<IndicatorDoc> indicators = new ArrayList<>();
            p.indicators()
                    .forEach(r -> indicators.add(new IndicatorDoc(
                            r.level1(), r.level2(), r.level3(), r.description(), r.value(), r.basis())));
            projects.add(new ProjectDoc(p.name(), p.amount(), p.description(), p.goals(), indicators));
        }
        List<ProcurementDoc> procurement = new ArrayList<>();
        for (ProcurementItem p : n.procurement()) {
            procurement.add(new ProcurementDoc(
                    p.unitName(),
                    p.functionCode(),
                    p.projectName(),
                    p.projectType(),
                    p.catalogueNumber(),
                    p.itemName(),
                    p.specification(),
                    p.measureUnit(),
                    p.unitPrice(),
                    p.quantity(),
                    p.amount(),
                    p.funding()));
        }
        AssetsDoc assets = null;
        if (!n.assets()
                .equals(AssetRegister.none(n.assets().plannedAcquisitions().unit()))) {
            List<AssetCategoryDoc> categories = new ArrayList<>();
            n.assets()
                    .categories()
                    .forEach(c -> categories.add(
                            new AssetCategoryDoc(c.name(), c.quantity().orElse(null), c.value())));
            assets = new AssetsDoc(n.assets().asOf(), categories, n.assets().plannedAcquisitions());
        }
        List<GlossaryDoc> glossary = new ArrayList<>();
        n.glossary().forEach(g -> glossary.add(new GlossaryDoc(g.term(), g.definition())));
        List<BudgetUnitDoc> units = new ArrayList<>();
        n.budgetUnits()
                .forEach(u -> units.add(new BudgetUnitDoc(
                        u.name(),
                        u.kind(),
                        u.headquarters() ? Boolean.TRUE : null,
                        u.mergedIntoHeadquarters() ? Boolean.TRUE : null)));
        return new NarrativeDoc(
                n.duties(),
                n.institutionOverview(),
                institutions,
                staffing,
                n.overallGoals(),
                n.specialFunds(),
                projects,
                n.safeguards(),
                procurement,
                assets,
                glossary,
                n.otherNotes(),
                units.isEmpty() ? null : units,
                n.internalDivisions().isEmpty() ? null : n.internalDivisions(),
                n.procurementTotals()
                        .map(t -> new ProcurementTotalsDoc(
                                t.goods(),
                                t.works(),
                                t.services(),
                                t.reservedForSmes().orElse(null),
                                t.reservedForSmallAndMicro().orElse(null)))
                        .orElse(null),
                n.performanceTargets()
                        .map(t -> new PerformanceTargetsDoc(t.projects(), t.amount()))
                        .orElse(null),
                n.heldAssets()
                        .map(h -> new HeldAssetsDoc(
                                h.asOf(),
                                h.vehicles().map(VehicleCounts::counts).orElse(null),
                                count(h.largeEquipment())))
                        .orElse(null),
                n.plannedAssets()
                        .map(p -> new PlannedAssetsDoc(
                                p.vehicles().map(VehicleCounts::counts).orElse(null), count(p.largeEquipment())))
                        .orElse(null),
                n.priorThreePublic()
                        .map(p -> new PriorThreePublicDoc(p.amounts(), p.reasons()))
                        .orElse(null));
    }

    private interface Step {
        void run();
    }

    /** Runs a step that builds facts; a value the facts reject is reported at the path. */
    private void at(String path, Step step) throws BudgetFileException {
        try {
            step.run();
        } catch (FactException | IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    private BudgetFileException error(String path, String detail) {
        return new BudgetFileException(file, 0, 0, path, detail);
    }

    /** The elements of a list of objects; a null element is reported at its path. */
    private <T> List<T> elements(List<T> list, String path) throws BudgetFileException {
        List<T> elements = list(list);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) == null) {
                throw error(path + "[" + i + "]", "expected an object, found null");
            }
        }
        return elements;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }

    /** An amount as read, in the file's unit; null stays null (the facts report it at its path). */
    private Amount in(Amount read) {
        return read == null ? null : Amount.of(read.value(), unit);
    }

    /** Amounts as read, in the file's unit, in the file's order; null keys and values stay for the facts to report. */
    private <K> Map<K, Amount> in(Map<K, Amount> read) {
        if (read == null) {
            return null;
        }
        Map<K, Amount> m = new LinkedHashMap<>();
        read.forEach((k, v) -> m.put(k, in(v)));
        return m;
    }
}
