package org.saydo.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saydo demo}: the main job on the bundled samples — ingest them into a store, then print the record and
 * the analyses. Each step is an ordinary saydo command, printed before it runs, so a user can repeat it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the bundled samples into a store and print the record and the analyses.")
public final class DemoCommand implements Callable<Integer> {

    /** The record, as every store command takes it: {@code --db}, else {@code SAYDO_DB}, else the default file. */
    @CommandLine.Mixin
    StoreOption store = new StoreOption();

    @Option(names = "--samples", paramLabel = "DIR", description = "Samples directory (default: the bundled ones).")
    Path samples;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The steps of the demo after ingest; each is the argument list of one saydo command. */
    static final List<List<String>> STEPS = List.of(
            List.of("events", "--format", "table", "--actor", "RUS", "--cameo", "19"),
            List.of("events", "--format", "table", "--actor", "USA", "--cameo", "04"),
            List.of("gap", "--actor", "RUS", "--by", "week"),
            List.of("around", "--talks", "RUS,USA", "--actor", "RUS", "--window", "3d"),
            List.of("ledger", "--actor", "RUS"),
            List.of("narratives"));

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = samples != null ? samples : Path.of(System.getProperty("saydo.home", "."), "samples");
        if (!Files.isDirectory(dir)) {
            err.println("saydo: " + dir + ": no samples directory");
            return 1;
        }
        String db = store.db.file();
        int worst = run(out, err, List.of("ingest", "--db", db, dir.toString()));
        for (List<String> step : STEPS) {
            List<String> args = new ArrayList<>(step);
            args.add(1, db);
            args.add(1, "--db");
            worst = Math.max(worst, run(out, err, args));
        }
        return worst;
    }

    /** The command line of a step as printed: a PostgreSQL URL without its password (PGPASSWORD repeats it). */
    static String shown(List<String> args) {
        return "$ bin/saydo " + String.join(" ", args).replaceAll("(postgres(ql)?://[^:/@\\s]*):[^@/\\s]*@", "$1@");
    }

    private static int run(PrintWriter out, PrintWriter err, List<String> args) {
        out.println();
        out.println(shown(args));
        out.flush();
        CommandLine cl = Saydo.commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args.toArray(String[]::new));
    }
}
