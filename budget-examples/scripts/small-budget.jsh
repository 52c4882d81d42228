// A small budget built through the API and rendered in every format.
// Run from the repository root after the build:
//   jshell -q --class-path budget-cli/target/budget.jar budget-examples/scripts/small-budget.jsh
import java.nio.file.Path;
import org.budgetdisclosure.model.facts.*;
import org.budgetdisclosure.model.validation.Validator;
import org.budgetdisclosure.render.Disclosure;
import org.budgetdisclosure.render.Format;

// (in JShell a continued line must end with the dot)
var budget = Budget.builder().
        department("901", "某县测试局", "测试局", DepartmentKind.ADMINISTRATIVE).
        year(2024).
        appropriation("2150501", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.BASIC, "120.00").
        appropriation("2150517", RevenueSource.GENERAL_PUBLIC_BUDGET, ExpenditureType.PROJECT, "30.00").
        basicExpenditure("30101", "100.00").
        basicExpenditure("30201", "20.00").
        threePublic(ThreePublicItem.RECEPTION, Fund.GENERAL_PUBLIC, "1.50").
        staffing(12, 10, 0, 2).
        build();

System.out.println(Validator.validate(budget));
var files = Disclosure.of(budget).writeTo(Path.of("out"), "small-budget", Format.values());
files.forEach(f -> System.out.println("wrote " + f));
/exit files.size() == Format.values().length ? 0 : 1
