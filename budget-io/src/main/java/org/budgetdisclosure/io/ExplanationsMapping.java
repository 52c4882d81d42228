package org.budgetdisclosure.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.budgetdisclosure.io.FileModel.AllocationDoc;
import org.budgetdisclosure.io.FileModel.ExplanationsDoc;
import org.budgetdisclosure.io.FileModel.LineExplanationDoc;
import org.budgetdisclosure.io.FileModel.LineLastYearDoc;
import org.budgetdisclosure.io.FileModel.PeriodDoc;
import org.budgetdisclosure.io.FileModel.PriorRevenueDoc;
import org.budgetdisclosure.io.FileModel.ProjectExplanationDoc;
import org.budgetdisclosure.model.facts.Explanations;
import org.budgetdisclosure.model.facts.LineExplanation;
import org.budgetdisclosure.model.facts.LineLastYear;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PriorRevenue;
import org.budgetdisclosure.model.facts.ProjectAllocation;
import org.budgetdisclosure.model.facts.ProjectExplanation;
import org.budgetdisclosure.model.facts.ProjectPeriod;

/** Between the file's {@code explanations} and the 编制说明 facts, both ways; see {@link FileMapping}. */
final class ExplanationsMapping extends FieldMapping {

    ExplanationsMapping(String file, MoneyUnit unit) {
        super(file, unit);
    }

    /** The 编制说明 and 项目经费情况说明 facts; a value the facts reject is reported at its path. */
    Explanations explanations(ExplanationsDoc e) throws BudgetFileException {
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

    static ExplanationsDoc explanationsDoc(Explanations e) {
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
}
