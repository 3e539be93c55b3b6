package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.saydo.analysis.AnalysisCsv;
import org.saydo.analysis.AnalysisJson;
import org.saydo.analysis.Charts;
import org.saydo.analysis.Ledger;
import org.saydo.analysis.TextReport;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code saydo ledger}: an actor's commitments and what became of them. Exit 0, 1, 2. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Commitments, demands, threats, ultimatums and stated intents of an actor, each kept, broken, "
                + "pending, inconclusive or unspecified, with the events that decided it.")
public final class LedgerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    AnalysisOptions output = new AnalysisOptions();

    @Option(names = "--actor", required = true, paramLabel = "CODE", description = "actor code prefix")
    String actor;

    @Option(names = "--horizon", paramLabel = "Nd", description = "days in which an outcome counts (default: ${DEFAULT-VALUE})")
    String horizon = "30d";

    @Option(names = "--status", paramLabel = "kept|broken|pending|inconclusive|unspecified",
            converter = Labels.StatusLabel.class, description = "only this status")
    Ledger.Status status;

    /** The commitments' dates. */
    @Mixin
    DateRange dates = new DateRange();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.check(spec);
        int h = AnalysisOptions.days(spec, "--horizon", horizon, 1);
        Ledger.Status s = status;
        dates.check(spec);
        var f = dates.from();
        var t = dates.to();
        Ledger.Result result;
        try (RecordReader reader = store.read()) {
            result = new Ledger(reader).run(new Ledger.Request(actor, h, s, f, t));
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
        switch (output.format) {
            case JSON -> out.println(AnalysisJson.write(result));
            case CSV -> out.print(AnalysisCsv.write(result));
            default -> out.print(TextReport.ledger(result, output.evidence));
        }
        out.flush();
        output.plot(Charts.ledger(result), err);
        return 0;
    }
}
