package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.saydo.analysis.Chart;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options the analysis commands share (a picocli mixin): {@code --format}, {@code --plot}, {@code --evidence}.
 * Not thread-safe; one per command instance.
 */
public final class AnalysisOptions {

    @Option(names = "--format", paramLabel = "table|json|csv", converter = Labels.AnalysisFormatLabel.class,
            description = "output format (default: ${DEFAULT-VALUE})")
    Labels.AnalysisFormat format = Labels.AnalysisFormat.TABLE;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg", description = "also draw the chart to this file")
    Path plot;

    @Option(names = "--evidence", description = "expand each figure into the events and quotes behind it")
    boolean evidence;

    /** Checks the options; bad values are usage errors naming the option. */
    void check(CommandSpec spec) {
        if (plot != null) {
            String name = plot.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".svg")) {
                throw new ParameterException(spec.commandLine(), "--plot: '" + plot
                        + "' must end with .png or .svg");
            }
        }
    }

    /** Writes the chart when {@code --plot} was given; a write failure is an I/O error for the caller. */
    void plot(Chart chart, PrintWriter err) throws IOException {
        if (plot != null) {
            chart.write(plot);
            err.println("saydo: chart written to " + plot);
        }
    }

    /** A number of days: {@code 3d} or {@code 3}. */
    static int days(CommandSpec spec, String option, String value, int min) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.endsWith("d")) {
            v = v.substring(0, v.length() - 1);
        }
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), option + ": '" + value
                    + "' is not a number of days (e.g. 3d)");
        }
        if (n < min) {
            throw new ParameterException(spec.commandLine(), option + ": must be at least " + min + " days, not "
                    + value);
        }
        return n;
    }

    static String s(Object o) {
        return o == null ? "" : String.valueOf(o);
    }
}
