package org.budgetdisclosure.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.budgetdisclosure.model.facts.Amount;
import org.budgetdisclosure.model.facts.AssetHoldings;
import org.budgetdisclosure.model.facts.AssetPurchases;
import org.budgetdisclosure.model.facts.Budget;
import org.budgetdisclosure.model.facts.DepartmentKind;
import org.budgetdisclosure.model.facts.Fund;
import org.budgetdisclosure.model.facts.MoneyUnit;
import org.budgetdisclosure.model.facts.PerformanceProject;
import org.budgetdisclosure.model.facts.PerformanceTargets;
import org.budgetdisclosure.model.facts.ProcurementTotals;
import org.budgetdisclosure.model.facts.ThreePublicItem;
import org.budgetdisclosure.model.facts.VehicleCounts;
import org.budgetdisclosure.model.testing.BudgetArbitraries;
import org.budgetdisclosure.render.document.TableTooWideException;
import org.budgetdisclosure.render.profile.Profile;
import org.budgetdisclosure.render.testing.ReadBack;

/**
 * No figure is broken across lines: any generated budget (in 万元 or in 元 with figures of up to ten digits, with
 * the Shanghai facts: units of every kind including 参公, key projects listed or not), rendered in every bundled
 * profile and read back from the PDF in reading order, has no line that ends inside a figure, in the narrative and
 * in the tables. The layouts' counting sentences are checked on the way.
 */
class FigureLineBreakProperties {

    /** A line ending in a digit and a separator whose next line starts with a digit: 3,⏎121.42. */
    private static final Pattern ENDS_IN_SEPARATOR = Pattern.compile(".*\\d[,.]$");
    /** A line ending in a digit, or in a digit and 万, whose next line starts with the rest of its unit: 3.42⏎万元. */
    private static final Pattern ENDS_IN_DIGIT = Pattern.compile(".*\\d[万亿]?$");

    private static final Pattern STARTS_WITH_UNIT = Pattern.compile("^(万元|亿元|元|%|％).*");
    /** A line ending in a sign standing before a figure: −⏎2.10%. */
    private static final Pattern ENDS_IN_SIGN = Pattern.compile("(.*[^0-9A-Za-z])?[-−]$");

    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^\\d.*");

    /** The facts of the Shanghai layouts, generated beside the budget (amounts in the budget's unit). */
    record Facts(
            List<DepartmentKind> unitKinds, int keyProjects, int otherProjects, long extraCents, DepartmentKind kind) {}

    @Provide
    Arbitrary<Budget> budgets() {
        Arbitrary<Facts> facts = Combinators.combine(
                        Arbitraries.of(DepartmentKind.class).list().ofMinSize(1).ofMaxSize(6),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.frequencyOf(
                                Tuple.of(1, Arbitraries.just(0)),
                                Tuple.of(2, Arbitraries.integers().between(1, 60))),
                        Arbitraries.longs().between(0, 99_999_999_99L),
                        Arbitraries.of(DepartmentKind.class))
                .as(Facts::new);
        return Arbitraries.of(MoneyUnit.TEN_THOUSAND_YUAN, MoneyUnit.YUAN)
                .flatMap(unit -> Combinators.combine(BudgetArbitraries.budgets(unit), facts)
                        .as((budget, f) -> withFacts(budget, f)));
    }

    /** The budget with every fact the Shanghai layouts require; key projects from its own project lines. */
    private static Budget withFacts(Budget budget, Facts f) {
        MoneyUnit unit = budget.unit();
        Budget.Builder b = budget.toBuilder().department("901", "上海市测试区测试局", "测试局", f.kind());
        if (budget.threePublic().isEmpty()) {
            b.threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "0");
        }
        for (int i = 0; i < f.unitKinds().size(); i++) {
            b.budgetUnit(i == 0 ? "测试局本部" : "测试局第" + i + "单位", f.unitKinds().get(i), i == 0);
        }
        b.internalDivisions("办公室", "预算科");
        if (f.kind().hasOperatingCosts()) {
            b.operatingCosts(Amount.of(BigDecimal.valueOf(f.extraCents() % 1_000_000, 2), unit));
        }
        Amount extra = Amount.of(BigDecimal.valueOf(f.extraCents(), 2), unit);
        // the totals of the listed procurement items, by addition (the rule procurement.totals)
        b.procurementTotals(ProcurementTotals.of(
                Amount.total(
                        unit,
                        budget.narrative().procurement().stream()
                                .map(org.budgetdisclosure.model.facts.ProcurementItem::amount)
                                .toList()),
                Amount.zero(unit),
                Amount.zero(unit)));
        List<PerformanceProject> projects = new ArrayList<>();
        for (int i = 0; i < f.keyProjects(); i++) {
            projects.add(new PerformanceProject(
                    "重点项目" + (i + 1),
                    Amount.of(BigDecimal.valueOf(f.extraCents() / (i + 2), 2), unit),
                    List.of(),
                    List.of(),
                    List.of()));
        }
        projects.forEach(b::project);
        Amount listed = Amount.total(
                unit, projects.stream().map(PerformanceProject::amount).toList());
        b.performanceTargets(new PerformanceTargets(
                projects.size() + f.otherProjects(), f.otherProjects() == 0 ? listed : listed.plus(extra)));
        b.heldAssets(new AssetHoldings(
                LocalDate.of(2024, 12, 31), Optional.of(new VehicleCounts(Map.of())), OptionalInt.of(f.keyProjects())));
        b.plannedAssets(new AssetPurchases(Optional.empty(), OptionalInt.of(f.otherProjects() % 3)));
        return b.build();
    }

    @Property(tries = 10)
    void noLineEndsInsideAFigureInAnyBundledProfile(@ForAll("budgets") Budget budget) throws Exception {
        Statistics.label("unit").collect(budget.unit().name());
        boolean civilServiceManaged = budget.narrative().budgetUnits().stream()
                .anyMatch(u -> u.kind() == DepartmentKind.CIVIL_SERVICE_MANAGED);
        Statistics.label("参公").collect(civilServiceManaged);
        int listed = budget.narrative().projects().size();
        int count = budget.narrative().performanceTargets().orElseThrow().projects();
        Statistics.label("projects").collect(listed == 0 ? "none listed" : listed < count ? "key projects" : "all");
        for (Profile profile : Profile.registered()) {
            if (profile.isFinalAccounts()) {
                continue; // a layout of the other family: the property below
            }
            Disclosure d;
            try {
                d = Disclosure.of(budget, RenderOptions.defaults().withProfile(profile));
            } catch (TableTooWideException e) {
                // ten-digit figures in a table of many columns: refused clearly, never split
                Statistics.label("outcome").collect("too wide");
                continue;
            }
            Statistics.label("outcome").collect("rendered");
            List<String> lines = pdfLines(d.bytes(Format.PDF));
            noFigureBroken(profile.name(), lines);
            if (profile.name().startsWith("shanghai")) {
                // the text without its page numbers (—14—), which stand between the lines of two pages
                String text = String.join(
                        "",
                        lines.stream().filter(l -> !l.matches("—\\s*\\d+\\s*—")).toList());
                counts(budget, profile, text.replaceAll("\\s", ""), civilServiceManaged, listed, count);
            }
        }
    }

    /** The final accounts (部门决算) in every bundled layout of theirs, 万元 and 元 to ten digits, units or none. */
    @Property(tries = 12)
    void noLineEndsInsideAFigureInTheFinalAccountsLayouts(
            @ForAll("finalAccounts") org.budgetdisclosure.model.finalaccounts.FinalAccounts accounts) throws Exception {
        Statistics.label("unit").collect(accounts.unit().name());
        Statistics.label("units").collect(accounts.units().isEmpty() ? "none" : "some");
        for (Profile profile : Profile.registered()) {
            if (profile.isFinalAccounts()) {
                byte[] pdf;
                try {
                    pdf = FinalDisclosure.of(accounts, RenderOptions.defaults().withProfile(profile))
                            .bytes(Format.PDF);
                } catch (TableTooWideException e) {
                    Statistics.label("outcome").collect("too wide");
                    continue;
                }
                Statistics.label("outcome").collect("rendered");
                noFigureBroken(profile.name(), pdfLines(pdf));
            }
        }
    }

    @Provide
    Arbitrary<org.budgetdisclosure.model.finalaccounts.FinalAccounts> finalAccounts() {
        return Arbitraries.of(MoneyUnit.TEN_THOUSAND_YUAN, MoneyUnit.YUAN)
                .flatMap(unit -> Arbitraries.oneOf(
                        org.budgetdisclosure.model.testing.FinalAccountsArbitraries.finalAccounts(unit),
                        org.budgetdisclosure.model.testing.FinalAccountsArbitraries.departmentsWithUnits(unit)));
    }

    private static void noFigureBroken(String layout, List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            String where = layout + ", line " + (i + 1) + ": «" + line + "» then «" + next + "»";
            assertThat(ENDS_IN_SEPARATOR.matcher(line).matches()
                            && STARTS_WITH_DIGIT.matcher(next).matches())
                    .as("a figure broken at its separator: " + where)
                    .isFalse();
            assertThat(ENDS_IN_DIGIT.matcher(line).matches()
                            && STARTS_WITH_UNIT.matcher(next).matches())
                    .as("a figure broken before its unit: " + where)
                    .isFalse();
            assertThat(ENDS_IN_SIGN.matcher(line).matches()
                            && STARTS_WITH_DIGIT.matcher(next).matches())
                    .as("a figure broken after its sign: " + where)
                    .isFalse();
        }
    }

    /** The Shanghai sentences that count: 行政 / 参公 / 事业 as published, 本部门 or 本单位, key projects. */
    private static void counts(
            Budget budget, Profile profile, String text, boolean civilServiceManaged, int listed, int count) {
        String self = profile.name().equals("shanghai-unit") ? "本单位" : "本部门";
        String other = self.equals("本部门") ? "本单位" : "本部门";
        assertThat(text).contains(self + "编报绩效目标的项目共" + count + "个").contains(self + "政府采购预算");
        assertThat(text).doesNotContain(other + "编报绩效目标").doesNotContain(other + "政府采购预算");
        if (listed > 0 && listed < count) {
            assertThat(text).contains("其中重点项目" + listed + "个：重点项目1");
        } else {
            assertThat(text).doesNotContain("其中重点项目");
        }
        {
            var units = budget.narrative().budgetUnits();
            long administrative = units.stream()
                    .filter(u -> u.kind() == DepartmentKind.ADMINISTRATIVE)
                    .count();
            long managed = units.stream()
                    .filter(u -> u.kind() == DepartmentKind.CIVIL_SERVICE_MANAGED)
                    .count();
            long institutions = units.size() - administrative - managed;
            assertThat(text)
                    .contains(
                            civilServiceManaged
                                    ? self + "中，行政单位" + administrative + "家，参公单位" + managed + "家，事业单位" + institutions
                                            + "家"
                                    : self + "中，行政单位" + administrative + "家，事业单位" + institutions + "家");
        }
    }

    /** The PDF's text in reading order, one entry a line, trimmed, blank lines left out. */
    static List<String> pdfLines(byte[] pdf) {
        return ReadBack.pdfLines(pdf);
    }
}
