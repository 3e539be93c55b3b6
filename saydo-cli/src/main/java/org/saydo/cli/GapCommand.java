package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.saydo.analysis.AnalysisCsv;
import org.saydo.analysis.AnalysisJson;
import org.saydo.analysis.Charts;
import org.saydo.analysis.GapAnalysis;
import org.saydo.analysis.Period;
import org.saydo.analysis.TextReport;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code saydo gap}: an actor's words against its deeds per period. Exit 0, 1 (record unreadable), 2 (usage). */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = "Say-do gap: counts and mean Goldstein of an actor's words and deeds per period, and the "
                + "most contradicting pairs.")
public final class GapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    AnalysisOptions output = new AnalysisOptions();

    @Option(names = "--actor", required = true, paramLabel = "CODE", description = "actor code prefix (RUS covers RUSGOV)")
    String actor;

    @Option(names = "--target", paramLabel = "CODE", description = "only acts toward this target (code prefix)")
    String target;

    @Option(names = "--by", paramLabel = "day|week|month", converter = Labels.PeriodLabel.class,
            description = "period (default: ${DEFAULT-VALUE})")
    Period by = Period.WEEK;

    @Mixin
    DateRange dates = new DateRange();

    @Option(names = "--pairs", paramLabel = "N", description = "contradicting pairs per period (default: ${DEFAULT-VALUE})")
    int pairs = 3;

    @Option(names = "--min-sources", paramLabel = "N", description = "count only events and quotes carried by at "
            + "least N independent sources (syndicated copies of one story are one source; default: ${DEFAULT-VALUE})")
    int minSources = 1;

    @Option(names = "--min-events", paramLabel = "N", description = "a period with fewer words or fewer deeds than N "
            + "is thin: shown, marked, left out of the trend (default: ${DEFAULT-VALUE})")
    int minEvents = GapAnalysis.Request.MIN_EVENTS;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.check(spec);
        if (pairs < 0) {
            throw new ParameterException(spec.commandLine(), "--pairs: must be 0 or more, not " + pairs);
        }
        if (minSources < 1) {
            throw new ParameterException(spec.commandLine(), "--min-sources: must be 1 or more, not " + minSources);
        }
        if (minEvents < 0) {
            throw new ParameterException(spec.commandLine(), "--min-events: must be 0 or more, not " + minEvents);
        }
        dates.check(spec);
        GapAnalysis.Request request = new GapAnalysis.Request(actor, target, by, dates.from(), dates.to(), pairs,
                output.evidence, minSources, minEvents);
        GapAnalysis.Result result;
        try (RecordReader reader = store.read()) {
            result = new GapAnalysis(reader).run(request);
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
        switch (output.format) {
            case JSON -> out.println(AnalysisJson.write(result));
            case CSV -> out.print(AnalysisCsv.write(result));
            default -> out.print(TextReport.gap(result, output.evidence));
        }
        out.flush();
        output.plot(Charts.gap(result), err);
        return 0;
    }
}
