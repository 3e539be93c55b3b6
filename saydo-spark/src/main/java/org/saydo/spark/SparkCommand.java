package org.saydo.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.saydo.cli.JudgeOptions;
import org.saydo.store.LinkRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saydo spark}: codes a corpus with Spark ({@link CorpusJob}). Under {@code spark-submit} the cluster's
 * master is used; otherwise (as {@code bin/saydo spark} runs it) Spark runs in local mode on {@code --cores}
 * cores of this machine. Exit 0 when the tables are written (bad documents are named in the {@code failures}
 * table and do not fail the job), 1 when the job fails, 2 for bad usage.
 */
@Command(name = "saydo spark", mixinStandardHelpOptions = true, version = org.saydo.Version.PIPELINE,
        description = "Code files (.txt, .html, .jsonl, RSS/Atom) with Spark into Parquet tables documents, events, "
                + "quotes, reports (partitioned by month) and failures.")
public final class SparkCommand implements Callable<Integer> {

    @Option(names = "--input", paramLabel = "PATH", required = true,
            description = "A directory (read recursively), file or glob on any Hadoop-compatible file system "
                    + "(repeatable).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", paramLabel = "DIR", required = true,
            description = "The directory the tables are written under (replaced on a rerun).")
    String output;

    @Option(names = "--merge-days", paramLabel = "N",
            description = "Days two reports of one event may be apart (default: ${DEFAULT-VALUE}).")
    int mergeDays = LinkRule.DEFAULT_MERGE_DAYS;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Coding tasks (default: 4 per core of the cluster).")
    int partitions;

    @Option(names = "--cores", paramLabel = "N",
            description = "Local mode only (no master set by spark-submit): executor cores (default: all).")
    Integer cores;

    @CommandLine.Mixin
    JudgeOptions judge = new JudgeOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (mergeDays < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--merge-days must be at least 0");
        }
        if (partitions < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions must be at least 0");
        }
        if (cores != null && cores < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cores must be at least 1");
        }
        CorpusJob.Settings settings = new CorpusJob.Settings(inputs, output, CoderSpec.of(judge.choice()),
                new LinkRule(mergeDays), partitions);
        long start = System.nanoTime();
        try (SparkSession spark = session(cores)) {
            CorpusJob.Summary summary = CorpusJob.run(spark, settings);
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(summary.line());
            out.printf(java.util.Locale.ROOT, "spark: %.1f s, %.2f documents/s, %.1f sentences/s on %d cores; "
                    + "tables under %s%n", seconds, summary.documents() / seconds, summary.sentences() / seconds,
                    spark.sparkContext().defaultParallelism(), output);
            if (summary.failed() > 0) {
                out.println("spark: " + summary.failed() + " failures are named in " + output.replaceAll("/+$", "")
                        + "/failures");
            }
            out.flush();
            return 0;
        } catch (Exception e) {
            // Spark's AnalysisException (an input that does not exist, say) is checked in Scala, unknown to javac.
            if (e instanceof AnalysisException a) {
                err.println("saydo: spark: " + a.getSimpleMessage());
                return 1;
            }
            throw e;
        }
    }

    /**
     * The session: the master spark-submit set, else local mode on {@code cores} cores (all when null), without
     * the web UI.
     */
    static SparkSession session(Integer cores) {
        SparkConf conf = new SparkConf().setAppName("saydo");
        if (!conf.contains("spark.master")) {
            conf.setMaster(cores == null ? "local[*]" : "local[" + cores + "]")
                    .set("spark.ui.enabled", "false")
                    .set("spark.sql.shuffle.partitions", Integer.toString(4 * (cores == null
                            ? Runtime.getRuntime().availableProcessors() : cores)));
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /** The command line with its error handler. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SparkCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("saydo: spark: " + ex.getMessage());
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
