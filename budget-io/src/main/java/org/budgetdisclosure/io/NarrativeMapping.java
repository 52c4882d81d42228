package org.budgetdisclosure.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.budgetdisclosure.io.FileModel.AssetCategoryDoc;
import org.budgetdisclosure.io.FileModel.AssetsDoc;
import org.budgetdisclosure.io.FileModel.BudgetUnitDoc;
import org.budgetdisclosure.io.FileModel.GlossaryDoc;
import org.budgetdisclosure.io.FileModel.HeldAssetsDoc;
import org.budgetdisclosure.io.FileModel.IndicatorDoc;
import org.budgetdisclosure.io.FileModel.InstitutionDoc;
import org.budgetdisclosure.io.FileModel.NarrativeDoc;
import org.budgetdisclosure.io.FileModel.PerformanceTargetsDoc;
import org.budgetdisclosure.io.FileModel.PlannedAssetsDoc;
import org.budgetdisclosure.io.FileModel.PriorThreePublicDoc;
import org.budgetdisclosure.io.FileModel.ProcurementDoc;
import org.budgetdisclosure.io.FileModel.ProcurementTotalsDoc;
import org.budgetdisclosure.io.FileModel.ProjectDoc;
import org.budgetdisclosure.io.FileModel.StaffingDoc;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetCategory;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.AssetRegister;
import org.budgetdisclosure.model.facts.GlossaryEntry;
import org.budgetdisclosure.model.facts.Indicator;
import org.budgetdisclosure.model.facts.Institution;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.Narrative;
import org.budgetdisclosure.model.facts.OrganisationUnit;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PerformanceTargets;
import org.budgetdisclosure.model.facts.PriorThreePublic;
import org.budgetdisclosure.model.facts.ProcurementItem;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.Staffing;
import org.budgetdisclosure.model.facts.VehicleCategory;
import org.budgetdisclosure.model.facts.VehicleCounts;

/** Between the file's {@code narrative} and the facts of the 情况说明, both ways; see {@link FileMapping}. */
final class NarrativeMapping extends FieldMapping {

    NarrativeMapping(String file, MoneyUnit unit) {
        super(file, unit);
    }

    Narrative narrative(NarrativeDoc n) throws BudgetFileException {
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

    static NarrativeDoc narrativeDoc(Narrative n) {
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
}
