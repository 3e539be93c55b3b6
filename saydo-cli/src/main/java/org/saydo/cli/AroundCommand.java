package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.saydo.analysis.AnalysisCsv;
import org.saydo.analysis.AnalysisJson;
import org.saydo.analysis.AroundTalks;
import org.saydo.analysis.Charts;
import org.saydo.analysis.TextReport;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code saydo around}: an actor's deeds around talks. Exit 0, 1 (record unreadable), 2 (usage). */
@Command(name = "around", mixinStandardHelpOptions = true,
        description = "Material-conflict deeds of an actor before, during and after talks between two parties, "
                + "against its rate outside, with a permutation test.")
public final class AroundCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    AnalysisOptions output = new AnalysisOptions();

    @Option(names = "--talks", required = true, paramLabel = "A,B", description = "the two parties, e.g. RUS,USA")
    String talks;

    @Option(names = "--actor", paramLabel = "CODE", description = "whose deeds to count (default: the first party)")
    String actor;

    @Option(names = "--window", paramLabel = "Nd", description = "days before and after each talk (default: ${DEFAULT-VALUE})")
    String window = "3d";

    /** Without {@code --from}/{@code --to}: the record's first and last covered days (days with documents). */
    @Mixin
    DateRange dates = new DateRange();

    @Option(names = "--permutations", paramLabel = "N", description = "permutations (default: ${DEFAULT-VALUE})")
    int permutations = 10_000;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.check(spec);
        String[] parties = talks.split(",", -1);
        if (parties.length != 2 || parties[0].isBlank() || parties[1].isBlank()) {
            throw new ParameterException(spec.commandLine(), "--talks: expected two parties like RUS,USA, not '"
                    + talks + "'");
        }
        if (permutations < 1) {
            throw new ParameterException(spec.commandLine(), "--permutations: must be at least 1, not " + permutations);
        }
        int w = AnalysisOptions.days(spec, "--window", window, 0);
        dates.check(spec);
        var f = dates.from();
        var t = dates.to();
        AroundTalks.Request request = new AroundTalks.Request(List.of(parties[0].strip(), parties[1].strip()),
                actor, w, f, t, permutations, seed, output.evidence);
        AroundTalks.Result result;
        try (RecordReader reader = store.read()) {
            result = new AroundTalks(reader).run(request);
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
        switch (output.format) {
            case JSON -> out.println(AnalysisJson.write(result));
            case CSV -> out.print(AnalysisCsv.write(result));
            default -> out.print(TextReport.around(result, output.evidence));
        }
        out.flush();
        output.plot(Charts.around(result), err);
        return 0;
    }
}
