package org.budgetdisclosure.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code budget}: the command line of the budget disclosure library.
 */
@Command(
        name = "budget",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Renders departmental budget disclosures (部门预算公开) as PDF, DOCX and HTML.",
        subcommands = {
            ValidateCommand.class,
            RenderCommand.class,
            BatchCommand.class,
            TemplateCommand.class,
            SchemaCommand.class,
            ProfilesCommand.class,
            ReferenceCommand.class,
            ExtractCommand.class,
            VerifyCommand.class,
            CommandLine.HelpCommand.class
        })
public final class BudgetCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Read before parsing by {@link Lang#choose}; declared here for every command's help and parsing. */
    @CommandLine.Option(
            names = "--lang",
            paramLabel = "zh|en",
            scope = CommandLine.ScopeType.INHERIT,
            description = "The language of messages: zh (中文) or en (default: the locale's).")
    private String lang;

    /**
     * @param args the arguments
     */
    public static void main(String[] args) {
        LibraryLogs.configure(System.getenv("BUDGET_LOG"));
        // UTF-8 whatever the locale: System.out encodes with the locale's charset, which under LC_ALL=C prints
        // every Chinese character as '?'
        PrintWriter out = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        String jnu = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!Charset.isSupported(jnu) || !Charset.forName(jnu).equals(StandardCharsets.UTF_8)) {
            for (String arg : args) {
                if (arg.indexOf('\uFFFD') >= 0
                        || !Charset.forName(jnu).newEncoder().canEncode(arg)) {
                    // Java 17 decodes arguments and file names with the locale's charset (sun.jnu.encoding, which
                    // cannot be set on the command line): such a name cannot even be named to the file system
                    err.println("budget: " + TerminalText.fileName(arg) + ": the file name is not readable in this "
                            + "locale's character set (" + jnu + "); run under a UTF-8 locale, for example "
                            + "LC_ALL=C.UTF-8 (bin/budget does so when one is installed)");
                    System.exit(UserErrors.UNUSABLE_INPUT);
                }
            }
        }
        System.exit(run(args, out, err));
    }

    /**
     * Runs the command line without exiting, for tests and embedding. What it prints is made safe for a terminal
     * ({@link TerminalText}).
     *
     * @param args the arguments
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new BudgetCommand(), factory);
        cli.setOut(TerminalText.safe(out));
        cli.setErr(TerminalText.safe(err));
        cli.setExecutionExceptionHandler(new UserErrors());
        Lang.set(Lang.choose(args));
        if (Lang.chinese()) {
            // the help in Chinese: descriptions and headings from help_zh.properties, the English ones elsewhere
            cli.setResourceBundle(java.util.ResourceBundle.getBundle(
                    "org.budgetdisclosure.cli.help",
                    java.util.Locale.CHINESE,
                    java.util.ResourceBundle.Control.getNoFallbackControl(
                            java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
            cli.setParameterExceptionHandler(BudgetCommand::badArguments);
        }
        try {
            return cli.execute(args);
        } finally {
            Lang.clear();
        }
    }

    /**
     * A command line picocli cannot parse, said in Chinese: the message ({@link ErrorText#parameter}), then the
     * commands or options meant (是否要输入) or else the usage, as picocli's own handler does in English.
     */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(ErrorText.parameter(e.getMessage()));
        java.util.List<String> meant =
                e instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : java.util.List.of();
        if (meant.isEmpty()) {
            cli.usage(err);
        } else {
            err.println(Lang.text(
                    "args.suggestions",
                    "",
                    String.join(
                            Lang.text("args.or", " or "),
                            meant.stream()
                                    .map(s -> s.startsWith("-") ? s : cli.getCommandName() + " " + s)
                                    .toList())));
        }
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
