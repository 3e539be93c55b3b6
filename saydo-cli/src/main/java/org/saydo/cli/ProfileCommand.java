package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.saydo.analysis.AnalysisCsv;
import org.saydo.analysis.AnalysisJson;
import org.saydo.analysis.Charts;
import org.saydo.analysis.HtmlPage;
import org.saydo.analysis.NarrativeAnalysis;
import org.saydo.analysis.Period;
import org.saydo.analysis.Profile;
import org.saydo.analysis.TextReport;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code saydo profile}: one actor's page. Exit 0, 1, 2. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = "One actor's page: gap table, around-talks summary, ledger, top quotes, top events; "
                + "--html FILE writes it as a self-contained page with charts.")
public final class ProfileCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    AnalysisOptions output = new AnalysisOptions();

    @Option(names = "--actor", required = true, paramLabel = "CODE", description = "actor code prefix")
    String actor;

    @Option(names = "--by", paramLabel = "day|week|month", converter = Labels.PeriodLabel.class,
            description = "gap period (default: ${DEFAULT-VALUE})")
    Period by = Period.WEEK;

    @Option(names = "--window", paramLabel = "Nd", description = "around-talks window (default: ${DEFAULT-VALUE})")
    String window = "3d";

    @Option(names = "--horizon", paramLabel = "Nd", description = "ledger horizon (default: ${DEFAULT-VALUE})")
    String horizon = "30d";

    @Option(names = "--seed", paramLabel = "N", description = "permutation seed (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--top", paramLabel = "N", description = "quotes and events listed (default: ${DEFAULT-VALUE})")
    int top = 10;

    @Option(names = "--html", paramLabel = "FILE", description = "also write the page as self-contained HTML")
    Path html;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.check(spec);
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top: must be 0 or more, not " + top);
        }
        Profile.Request request = new Profile.Request(actor, by, AnalysisOptions.days(spec, "--window", window, 0),
                AnalysisOptions.days(spec, "--horizon", horizon, 1), 10_000, seed, top);
        Profile.Result result;
        List<NarrativeAnalysis.DeedsAndNarratives> narratives;
        try (RecordReader reader = store.read()) {
            result = new Profile(reader).run(request);
            narratives = new NarrativeAnalysis(reader).besideDeeds(result.gap());
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
        switch (output.format) {
            case JSON -> out.println(AnalysisJson.write(result, java.util.Map.of("narratives", narratives)));
            case CSV -> out.print(AnalysisCsv.write(result));
            default -> out.print(TextReport.profile(result, output.evidence) + wordsAndDeeds(narratives));
        }
        out.flush();
        if (html != null) {
            Files.writeString(html, HtmlPage.profile(result), StandardCharsets.UTF_8);
            err.println("saydo: page written to " + html);
        }
        output.plot(Charts.gap(result.gap()), err);
        return 0;
    }

    /** The actor's narratives per period beside its deeds (the gap's periods), as text. */
    static String wordsAndDeeds(List<NarrativeAnalysis.DeedsAndNarratives> rows) {
        StringBuilder b = new StringBuilder("\nNarratives in its quotes beside its deeds (documents per narrative):\n");
        if (rows.stream().allMatch(r -> r.narratives().isEmpty())) {
            return b.append("  no quote of it carries a narrative\n").toString();
        }
        b.append(String.format(java.util.Locale.ROOT, "  %-10s %5s %8s %9s  %s%n", "period", "deeds", "conflict",
                "goldstein", "narratives"));
        for (NarrativeAnalysis.DeedsAndNarratives r : rows) {
            b.append(String.format(java.util.Locale.ROOT, "  %-10s %5d %8d %9s  %s%n", r.period(), r.deeds(),
                    r.materialConflict(), r.deedsGoldstein() == null ? "-" : String.format(java.util.Locale.ROOT,
                            "%.1f", r.deedsGoldstein()), r.narratives().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining("; "))));
        }
        return b.toString();
    }
}
