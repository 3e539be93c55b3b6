package org.saydo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.saydo.analysis.AnalysisJson;
import org.saydo.analysis.Chart;
import org.saydo.analysis.NarrativeAnalysis;
import org.saydo.store.CsvRows;
import org.saydo.store.NarrativeReads;
import org.saydo.store.RecordReader;
import org.saydo.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code saydo narratives}: without a subcommand, which narratives the record's documents (an actor's quotes, an
 * outlet's reports) push, since when, how often, per week, and who voiced each after whom (the echo); with one,
 * label documents against a narrative taxonomy, train and evaluate the classifier, or discover recurring claims.
 * Exit 0, 1 (store error), 2 (bad usage).
 */
@Command(name = "narratives", mixinStandardHelpOptions = true,
        description = "Narratives in the record by actor, outlet and week, and who echoes whom; subcommands "
                + "classify, train, evaluate, bench, discover.",
        subcommands = {NarrativesClassifyCommand.class, NarrativesTrainCommand.class,
            NarrativesEvaluateCommand.class, NarrativesBenchCommand.class, NarrativesDiscoverCommand.class})
public final class NarrativesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store = new StoreOption();

    @Mixin
    AnalysisOptions output = new AnalysisOptions();

    @Option(names = "--actor", paramLabel = "CODE", description = "only this actor's quotes (a code or its prefix)")
    String actor;

    @Option(names = "--outlet", paramLabel = "NAME", description = "only this outlet's documents")
    String outlet;

    @Option(names = "--label", paramLabel = "LABEL", description = "only this narrative or sub-narrative")
    String label;

    /** Publication dates. */
    @Mixin
    DateRange dates = new DateRange();

    /** The most labels drawn in {@code --plot}. */
    static final int PLOTTED = 6;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        output.check(spec);
        dates.check(spec);
        NarrativeReads.Filter filter = new NarrativeReads.Filter(actor, outlet, dates.from(), dates.to(), label);
        NarrativeAnalysis.Result result;
        try (RecordReader reader = store.read()) {
            result = new NarrativeAnalysis(reader).run(filter);
        } catch (StoreException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
        if (result.labelled() == 0) {
            err.println("saydo: " + store.db + ": no document has narrative labels (ingest or recode labels them, "
                    + "unless --no-narratives)");
        }
        switch (output.format) {
            case JSON -> out.println(AnalysisJson.write(result));
            case CSV -> out.print(csv(result));
            default -> out.print(table(result));
        }
        out.flush();
        output.plot(chart(result), err);
        return 0;
    }

    /** One row per label and week: the label's totals, then the week's documents. */
    static String csv(NarrativeAnalysis.Result r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("label", "narrative", "level", "documents", "claims", "first_seen", "last_seen", "week",
                "week_documents"));
        for (NarrativeAnalysis.Label l : r.labels()) {
            for (NarrativeAnalysis.Week w : l.weekly().isEmpty() ? List.of(new NarrativeAnalysis.Week(null, 0))
                    : l.weekly()) {
                rows.add(List.of(l.label(), l.narrative(), l.subnarrative() ? "subnarrative" : "narrative",
                        Long.toString(l.documents()), Long.toString(l.claims()), AnalysisOptions.s(l.firstSeen()),
                        AnalysisOptions.s(l.lastSeen()), AnalysisOptions.s(w.week()),
                        w.week() == null ? "" : Long.toString(w.documents())));
            }
        }
        return CsvRows.of(rows);
    }

    static String table(NarrativeAnalysis.Result r) {
        StringBuilder b = new StringBuilder();
        NarrativeReads.Filter f = r.filter();
        b.append(String.format(Locale.ROOT, "narratives: %d labelled documents in the record%s%n", r.labelled(),
                describe(f)));
        b.append(String.format(Locale.ROOT, "%-9s %-6s %-10s %-10s %s%n", "documents", "claims", "first seen",
                "last seen", "label"));
        List<NarrativeAnalysis.Label> grouped = new ArrayList<>();
        for (NarrativeAnalysis.Label n : r.labels()) {
            if (!n.subnarrative()) {
                grouped.add(n);
                r.labels().stream().filter(s -> s.subnarrative() && s.narrative().equals(n.label()))
                        .forEach(grouped::add);
            }
        }
        for (NarrativeAnalysis.Label l : grouped) {
            b.append(String.format(Locale.ROOT, "%9d %6d %-10s %-10s %s%s%n", l.documents(), l.claims(),
                    AnalysisOptions.s(l.firstSeen()), AnalysisOptions.s(l.lastSeen()), l.subnarrative() ? "  " : "",
                    l.label()));
        }
        if (r.labels().isEmpty()) {
            b.append("(no narrative)\n");
        }
        b.append(String.format(Locale.ROOT, "%necho: who voiced a narrative after whom (first claim; lag in days)%n"));
        if (r.echo().isEmpty()) {
            b.append("(no quote carries a narrative)\n");
        }
        String last = null;
        for (NarrativeAnalysis.Echo e : r.echo()) {
            if (!e.label().equals(last)) {
                b.append(e.label()).append('\n');
                last = e.label();
            }
            b.append(String.format(Locale.ROOT, "  %-10s %-12s %s%n", e.first(), e.actor(), e.after() == null
                    ? "first" : "after " + e.after() + " (" + e.afterDate() + ", " + e.lagDays() + " days)"));
        }
        return b.toString();
    }

    private static String describe(NarrativeReads.Filter f) {
        List<String> parts = new ArrayList<>();
        if (f.actor() != null) {
            parts.add("claims quoting " + f.actor());
        }
        if (f.outlet() != null) {
            parts.add("outlet " + f.outlet());
        }
        if (f.label() != null) {
            parts.add("label " + f.label());
        }
        if (f.from() != null || f.to() != null) {
            parts.add("published " + (f.from() == null ? "…" : f.from()) + " to " + (f.to() == null ? "…" : f.to()));
        }
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
    }

    /** Documents per week of the narratives (not sub-narratives) with most documents, as bars. */
    static Chart chart(NarrativeAnalysis.Result r) {
        List<NarrativeAnalysis.Label> shown = r.labels().stream().filter(l -> !l.subnarrative()).limit(PLOTTED)
                .toList();
        List<String> weeks = shown.isEmpty() ? List.of() : shown.get(0).weekly().stream()
                .map(w -> w.week().toString()).toList();
        String[] colors = {"#3182bd", "#e6550d", "#31a354", "#756bb1", "#636363", "#d6616b"};
        List<Chart.Series> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            bars.add(new Chart.Series(shown.get(i).label(), colors[i % colors.length], shown.get(i).weekly().stream()
                    .map(w -> (double) w.documents()).toList()));
        }
        return new Chart("Narratives: documents per week" + describe(r.filter()), weeks, bars, List.of(), List.of(),
                null);
    }

    /** Builds a classifier from a taxonomy and a model; with {@code speakers} it also finds quotes' speakers. */
    @FunctionalInterface
    public interface Classifiers {
        org.saydo.narratives.NarrativeClassifier make(org.saydo.narratives.Taxonomy taxonomy,
                org.saydo.narratives.NarrativeModel model, boolean speakers);
    }
}
