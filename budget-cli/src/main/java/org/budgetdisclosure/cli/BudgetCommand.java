package org.budgetdisclosure.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code budget}: the command line of the budget disclosure library.
 */
@Command(name = "budget", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Renders departmental budget disclosures (部门预算公开) as PDF, DOCX and HTML.",
        subcommands = {ValidateCommand.class, RenderCommand.class, BatchCommand.class, TemplateCommand.class,
                SchemaCommand.class, ReferenceCommand.class, CommandLine.HelpCommand.class})
public final class BudgetCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line without exiting, for tests and embedding.
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BudgetCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new UserErrors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
