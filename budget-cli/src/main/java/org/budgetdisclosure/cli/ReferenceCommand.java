package org.budgetdisclosure.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.budgetdisclosure.examples.ReferenceBudget;
import org.budgetdisclosure.model.validation.Finding;
import org.budgetdisclosure.render.Disclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code budget reference}: renders the reference disclosure (乐亭县工业和信息化局, 2022). */
@Command(
        name = "reference",
        mixinStandardHelpOptions = true,
        description = "Renders the reference budget (乐亭县工业和信息化局, 2022) in every format.")
final class ReferenceCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() throws Exception {
        Disclosure disclosure = Disclosure.of(ReferenceBudget.build());
        for (Finding warning : disclosure.validation().warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        for (Path file : output.write(disclosure, "leting-industry-bureau-2022")) {
            spec.commandLine().getOut().println(Lang.text("render.wrote", "wrote " + file, file));
        }
        return 0;
    }
}
