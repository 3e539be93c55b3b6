package org.saydo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code saydo}: the command line. Exit codes: 0 success, 1 failure, 2 bad usage. */
@Command(name = "saydo", mixinStandardHelpOptions = true, version = org.saydo.Version.PIPELINE,
        description = "Who said what and who did what to whom, and when: sourced events and quotes from reporting.",
        subcommands = {CodeCommand.class, BenchCommand.class, DemoCommand.class, FuzzCommand.class,
            NarrativesCommand.class})
public final class Saydo implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'saydo --help'");
    }

    /** Builds the command line with its subcommands. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Saydo());
        org.saydo.store.CameoTable cameo = org.saydo.store.CameoTable.standard();
        cl.addSubcommand("ingest", IngestCommand.of(Pipelines::standard, cameo));
        cl.addSubcommand("events", new EventsCommand(cameo));
        cl.addSubcommand("export", new ExportCommand(cameo));
        cl.addSubcommand("import", ImportCommand.of(cameo));
        cl.addSubcommand("recode", RecodeCommand.of(Pipelines::standard, cameo));
        cl.addSubcommand("reindex", new ReindexCommand(cameo));
        cl.addSubcommand("validate", new ValidateCommand(Pipelines::validation));
        cl.addSubcommand("train", new TrainCommand());
        cl.addSubcommand("evaluate", new EvaluateCommand(judge -> Pipelines.standard(java.util.List.of(), judge)));
        cl.addSubcommand("gap", new GapCommand());
        cl.addSubcommand("around", new AroundCommand());
        cl.addSubcommand("ledger", new LedgerCommand());
        cl.addSubcommand("profile", new ProfileCommand());
        cl.addSubcommand("serve", ServeCommand.of(Pipelines::standard, cameo));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("saydo: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
