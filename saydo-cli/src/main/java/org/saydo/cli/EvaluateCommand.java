package org.saydo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.saydo.evaluate.ActorCodes;
import org.saydo.evaluate.DocumentScore;
import org.saydo.evaluate.EvaluationReport;
import org.saydo.evaluate.GoldEvent;
import org.saydo.evaluate.GoldProblem;
import org.saydo.evaluate.GoldReader;
import org.saydo.evaluate.Scorer;
import org.saydo.record.CodedDocument;
import org.saydo.record.Coder;
import org.saydo.record.Event;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saydo evaluate}: codes the documents of a gold file (format: {@code corpus/README.md}) with the pipeline
 * {@code saydo code} uses and scores the events and quotes against the annotation ({@link Scorer},
 * {@link EvaluationReport}). A bad gold line, or a document the coder fails on, is named on stderr as
 * {@code saydo: FILE:LINE: reason} and skipped; the rest is scored. Exit 0 when every line was scored, 1 when any
 * was skipped or the gold file cannot be read, 2 on bad usage. The last line of the text output is always
 * {@code evaluate: N documents, G gold events, P=x.x% R=y.y% (dyad+root), quotes Q gold, speaker=z.z%}.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score Saydo on an annotated corpus (gold JSON Lines, documents beside it or in --docs).")
public final class EvaluateCommand implements Callable<Integer> {

    /** How many rows of the confusion table {@code --verbose} prints. */
    static final int CONFUSION_ROWS = 20;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--verbose", description = "List the missed and spurious events and the most frequent errors.")
    boolean verbose;

    @Option(names = "--docs", paramLabel = "DIR", description = "Where the documents are (default: beside the gold).")
    Path docs;

    @CommandLine.Mixin
    JudgeOptions judge = new JudgeOptions();

    @Parameters(paramLabel = "GOLD.jsonl", arity = "1", description = "The gold annotation.")
    Path gold;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Function<JudgeChoice, Coder> coders;

    /** @param coders builds the coder with the judge chosen ({@code Pipelines.standard(List.of(), choice)}) */
    public EvaluateCommand(Function<JudgeChoice, Coder> coders) {
        this.coders = Objects.requireNonNull(coders, "coders");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = docs != null ? docs : gold.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--docs: not a directory: " + dir);
        }
        GoldReader.GoldFile file;
        try {
            file = new GoldReader().read(gold, dir);
        } catch (IOException | UncheckedIOException e) {
            err.println("saydo: " + gold + ": cannot read: " + e.getMessage());
            return 1;
        }
        List<GoldProblem> problems = new ArrayList<>(file.problems());
        file.problems().forEach(p -> err.println("saydo: " + p));
        err.flush();
        List<DocumentScore> scores = new ArrayList<>();
        JudgeChoice choice = judge.choice();
        Coder coder = file.entries().isEmpty() ? null : coders.apply(choice);
        for (GoldReader.Entry entry : file.entries()) {
            CodedDocument coded;
            try {
                coded = coder.code(entry.document());
            } catch (RuntimeException e) {
                GoldProblem p = new GoldProblem(gold.toString(), entry.gold().line(), "cannot code "
                        + entry.gold().doc() + ": " + e);
                err.println("saydo: " + p);
                err.flush();
                problems.add(p);
                continue;
            }
            scores.add(Scorer.score(entry.gold(), coded.events(), coded.quotes()));
        }
        EvaluationReport report = EvaluationReport.of(scores);
        if (json) {
            out.println(json(report, problems.size()));
        } else {
            text(report, out);
        }
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }

    private void text(EvaluationReport r, PrintWriter out) {
        if (verbose) {
            for (DocumentScore d : r.documents()) {
                for (int i = 0; i < d.missed().size(); i++) {
                    GoldEvent g = d.missed().get(i);
                    out.println("MISSED   " + d.gold().doc() + " " + gold(g) + "  \"" + g.text() + "\"  ("
                            + d.missCauses().get(i).key() + ")");
                }
                for (Event e : d.spurious()) {
                    out.println("SPURIOUS " + d.gold().doc() + " " + system(e) + "  \"" + oneLine(e.text()) + "\"");
                }
                for (DocumentScore.Pair p : d.matched()) {
                    GoldEvent g = p.gold();
                    Event e = p.system();
                    if (!g.modality().equals(e.modality().label())) {
                        out.println("MODALITY " + d.gold().doc() + " " + gold(g) + " got " + e.modality().label()
                                + "  \"" + g.text() + "\"");
                    }
                    if (g.date() != null && !g.date().equals(e.date())) {
                        out.println("DATE     " + d.gold().doc() + " " + gold(g) + " got " + e.date() + " ("
                                + e.dateBasis().label() + (e.dateText() == null ? "" : " \"" + e.dateText() + "\"")
                                + ")  \"" + g.text() + "\"");
                    }
                }
                for (DocumentScore.QuotePair q : d.quotes()) {
                    if (q.system() == null) {
                        out.println("QUOTE-MISSED  " + d.gold().doc() + " " + q.gold().speaker() + "  \""
                                + oneLine(q.gold().text()) + "\"");
                    } else if (!ActorCodes.samePrimary(q.gold().speaker(), q.system().speaker().code())) {
                        out.println("QUOTE-SPEAKER " + d.gold().doc() + " " + q.gold().speaker() + " got "
                                + q.system().speaker().code() + "  \"" + oneLine(q.gold().text()) + "\"");
                    }
                }
            }
            out.println();
            out.println("most frequent errors:");
            r.errors().entrySet().stream().limit(CONFUSION_ROWS)
                    .forEach(e -> out.println(String.format(Locale.ROOT, "%6d  %s", e.getValue(), e.getKey())));
            out.println();
        }
        out.println(String.format(Locale.ROOT, "%-12s %6s %6s %7s %6s %6s", "events", "gold", "system", "matched",
                "P%", "R%"));
        out.println(row("dyad+root", r.root()));
        out.println(row("dyad+code", r.code()));
        out.println();
        out.println(String.format(Locale.ROOT, "%-12s %6s %6s %7s %6s %6s", "root", "gold", "system", "matched",
                "P%", "R%"));
        r.byRoot().forEach((k, v) -> out.println(row(k, v)));
        out.println();
        out.println(String.format(Locale.ROOT, "%-12s %6s %6s %7s %6s %6s", "QuadClass", "gold", "system",
                "matched", "P%", "R%"));
        r.byQuad().forEach((k, v) -> out.println(row(k + " " + shortQuad(k), v)));
        out.println();
        out.println(String.format(Locale.ROOT, "%-24s %6s %6s %7s %6s %6s", "conflict", "gold", "system",
                "matched", "P%", "R%"));
        r.byConflict().forEach((k, v) -> out.println(wideRow(k, v)));
        out.println();
        out.println(String.format(Locale.ROOT, "%-24s %6s %6s %7s %6s %6s", "shape", "gold", "system", "matched",
                "P%", "R%"));
        r.byShape().forEach((k, v) -> out.println(wideRow(k, v)));
        out.println();
        out.println(String.format(Locale.ROOT, "%-12s %6s %6s %6s %8s %6s", "modality", "gold", "found", "R%",
                "as such", "system"));
        r.byModality().forEach((k, v) -> out.println(String.format(Locale.ROOT, "%-12s %6d %6d %6s %8d %6d", k,
                v.gold(), v.found(), pct(v.recall()), v.foundAsSuch(), v.system())));
        out.println();
        int m = r.root().matched();
        out.println(String.format(Locale.ROOT, "full actor codes agree: %d of %d matched events", r.fullActors(), m));
        out.println(String.format(Locale.ROOT, "modality: %s (%d of %d matched events)", pct(r.modalityAccuracy()),
                r.modalityCorrect(), m));
        out.println(String.format(Locale.ROOT, "date: %s (%d of %d matched events with a gold date)",
                pct(r.dateAccuracy()), r.datesCorrect(), r.datesScored()));
        out.println(String.format(Locale.ROOT, "material conflict asserted/reported: P=%s (%d of %d)",
                pct(r.materialConflictPrecision()), r.materialConflict().matched(), r.materialConflict().system()));
        out.println(String.format(Locale.ROOT, "background: %d gold, %d emitted as asserted/reported",
                r.backgroundGold(), r.backgroundAsDeeds()));
        out.println(missedLine(r));
        out.println(String.format(Locale.ROOT, "quotes: %d gold, %d system, %d matched, recall %s, speaker %s",
                r.quotes().gold(), r.quotes().system(), r.quotes().matched(), pct(r.quotes().recall()),
                pct(r.speakerAccuracy())));
        out.println(r.summaryLine());
    }

    /**
     * {@code missed: M of G gold events: A another root (same dyad), B another dyad (same root), C beside other
     * events, D in silent sentences}: where recall goes, by {@link DocumentScore.MissCause}.
     */
    static String missedLine(EvaluationReport r) {
        Map<DocumentScore.MissCause, Integer> c = r.missCauses();
        return String.format(Locale.ROOT, "missed: %d of %d gold events: %d another root (same dyad), %d another dyad"
                + " (same root), %d beside other events, %d in silent sentences", r.root().gold() - r.root().matched(),
                r.root().gold(), c.get(DocumentScore.MissCause.WRONG_ROOT), c.get(DocumentScore.MissCause.WRONG_DYAD),
                c.get(DocumentScore.MissCause.OTHER_EVENTS), c.get(DocumentScore.MissCause.SILENT));
    }

    private static String gold(GoldEvent g) {
        return g.source() + ">" + (g.target() == null ? "-" : g.target()) + " " + g.cameo() + " " + g.modality()
                + " " + g.date();
    }

    private static String system(Event e) {
        return e.source().code() + ">" + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo() + " "
                + e.modality().label() + " " + e.date();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String shortQuad(int quad) {
        return switch (quad) {
            case 1 -> "VCoop";
            case 2 -> "MCoop";
            case 3 -> "VConf";
            default -> "MConf";
        };
    }

    private static String row(String name, EvaluationReport.Counts c) {
        return String.format(Locale.ROOT, "%-12s %6d %6d %7d %6s %6s", name, c.gold(), c.system(), c.matched(),
                number(c.precision()), number(c.recall()));
    }

    /** A {@link #row} with room for a conflict or shape label. */
    private static String wideRow(String name, EvaluationReport.Counts c) {
        return String.format(Locale.ROOT, "%-24s %6d %6d %7d %6s %6s", name, c.gold(), c.system(), c.matched(),
                number(c.precision()), number(c.recall()));
    }

    private static String number(double percent) {
        return Double.isNaN(percent) ? "n/a" : String.format(Locale.ROOT, "%.1f", percent);
    }

    private static String pct(double percent) {
        return Double.isNaN(percent) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private String json(EvaluationReport r, int badLines) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("gold", gold.toString());
        root.put("documents", r.documents().size());
        root.put("bad_lines", badLines);
        counts(root.putObject("dyad_root"), r.root());
        counts(root.putObject("dyad_code"), r.code());
        ObjectNode roots = root.putObject("by_root");
        r.byRoot().forEach((k, v) -> counts(roots.putObject(k), v));
        ObjectNode quads = root.putObject("by_quad_class");
        r.byQuad().forEach((k, v) -> counts(quads.putObject(Integer.toString(k)), v));
        ObjectNode conflicts = root.putObject("by_conflict");
        r.byConflict().forEach((k, v) -> counts(conflicts.putObject(k), v));
        ObjectNode shapes = root.putObject("by_shape");
        r.byShape().forEach((k, v) -> counts(shapes.putObject(k), v));
        ObjectNode modalities = root.putObject("by_modality");
        r.byModality().forEach((k, v) -> {
            ObjectNode m = modalities.putObject(k);
            m.put("gold", v.gold());
            m.put("found", v.found());
            m.put("found_as_such", v.foundAsSuch());
            m.put("system", v.system());
            put(m, "recall", v.recall());
        });
        root.put("full_actor_agreement", r.fullActors());
        put(root, "modality_accuracy", r.modalityAccuracy());
        root.put("dates_scored", r.datesScored());
        put(root, "date_accuracy", r.dateAccuracy());
        ObjectNode mc = root.putObject("material_conflict");
        mc.put("system", r.materialConflict().system());
        mc.put("correct", r.materialConflict().matched());
        put(mc, "precision", r.materialConflictPrecision());
        root.put("background_gold", r.backgroundGold());
        root.put("background_as_deeds", r.backgroundAsDeeds());
        ObjectNode q = root.putObject("quotes");
        q.put("gold", r.quotes().gold());
        q.put("system", r.quotes().system());
        q.put("matched", r.quotes().matched());
        put(q, "recall", r.quotes().recall());
        q.put("speaker_correct", r.speakerCorrect());
        put(q, "speaker_accuracy", r.speakerAccuracy());
        ObjectNode causes = root.putObject("missed_by_cause");
        r.missCauses().forEach((k, v) -> causes.put(k.key(), v));
        ArrayNode errors = root.putArray("errors");
        for (Map.Entry<String, Integer> e : r.errors().entrySet()) {
            errors.addObject().put("error", e.getKey()).put("count", e.getValue());
        }
        if (verbose) {
            ArrayNode missed = root.putArray("missed");
            ArrayNode spurious = root.putArray("spurious");
            for (DocumentScore d : r.documents()) {
                d.missed().forEach(g -> missed.addObject().put("doc", d.gold().doc()).put("event", gold(g))
                        .put("text", g.text()));
                d.spurious().forEach(e -> spurious.addObject().put("doc", d.gold().doc()).put("event", system(e))
                        .put("text", oneLine(e.text())));
            }
        }
        root.put("summary", r.summaryLine());
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void counts(ObjectNode node, EvaluationReport.Counts c) {
        node.put("gold", c.gold());
        node.put("system", c.system());
        node.put("matched", c.matched());
        put(node, "precision", c.precision());
        put(node, "recall", c.recall());
    }

    /** A percentage rounded to 0.1, or null when undefined. */
    private static void put(ObjectNode node, String key, double percent) {
        if (Double.isNaN(percent)) {
            node.putNull(key);
        } else {
            node.put(key, Math.round(percent * 10) / 10.0);
        }
    }
}
