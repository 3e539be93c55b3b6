package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.saydo.fuzz.Fuzzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code saydo fuzz}: the fuzz harness of RELIABILITY.md at a chosen size, printing its figures per door. A
 * benchmark-style runner, not a test ({@code FuzzTest} runs a small count in {@code mvn test}). Exit 0 when no
 * promise was broken, 1 otherwise.
 */
@Command(name = "fuzz", mixinStandardHelpOptions = true,
        description = "Feed seeded random and damaged inputs through every reader, POST /api/documents and the "
                + "coder; print inputs, escaped exceptions, hangs, lost good records and time.")
public final class FuzzCommand implements Callable<Integer> {

    @Option(names = "--count", description = "Inputs through the readers and POST (default: ${DEFAULT-VALUE}).")
    int count = 10_000;

    @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--code", paramLabel = "N",
            description = "Inputs also coded by the whole pipeline, which loads CoreNLP (default: ${DEFAULT-VALUE}).")
    int code = 20;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Seconds an input may take before it counts as a hang (default: ${DEFAULT-VALUE}).")
    int timeout = 60;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (count < 0 || code < 0 || timeout < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--count and --code must be at least 0 and --timeout at least 1, got " + count + ", " + code
                            + ", " + timeout);
        }
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("saydo-fuzz");
        Fuzzer.Report report;
        try {
            report = new Fuzzer(new Fuzzer.Options(count, seed, code, Duration.ofSeconds(timeout), true), dir,
                    () -> Pipelines.standard(List.of())).run();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        print(out, report, seed);
        return report.clean() ? 0 : 1;
    }

    /** The figures as a table, then the totals and the first failures. */
    static void print(PrintWriter out, Fuzzer.Report report, long seed) {
        out.printf(Locale.ROOT, "%-15s %7s %9s %8s %8s %9s %6s %5s %8s%n", "door", "inputs", "accepted", "refused",
                "escaped", "misnamed", "hangs", "lost", "nondet");
        for (Fuzzer.DoorFigures d : report.doors()) {
            out.printf(Locale.ROOT, "%-15s %7d %9d %8d %8d %9d %6d %5d %8d%n", d.door(), d.inputs(), d.accepted(),
                    d.refused(), d.escaped(), d.misnamed(), d.hangs(), d.lost(), d.nondeterministic());
        }
        out.printf(Locale.ROOT, "fuzz: seed %d, %d inputs, %d escaped exceptions, %d misnamed, %d hangs, %d lost good "
                + "records, %d nondeterministic, %.1f s, %d cores%n", seed, report.inputs(), report.escaped(),
                report.misnamed(), report.hangs(), report.lost(), report.nondeterministic(),
                report.elapsed().toMillis() / 1000.0, Runtime.getRuntime().availableProcessors());
        report.failures().forEach(f -> out.println("fuzz: " + f));
        out.flush();
    }
}
