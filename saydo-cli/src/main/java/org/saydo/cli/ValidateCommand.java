package org.saydo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.saydo.dict.Dictionaries;
import org.saydo.dict.DictionaryFormatException;
import org.saydo.record.Coder;
import org.saydo.record.Modality;
import org.saydo.validate.Coding;
import org.saydo.validate.RecordResult;
import org.saydo.validate.Score;
import org.saydo.validate.ValidationDictionaries;
import org.saydo.validate.ValidationFile;
import org.saydo.validate.ValidationFormatException;
import org.saydo.validate.ValidationProblem;
import org.saydo.validate.ValidationReader;
import org.saydo.validate.ValidationReport;
import org.saydo.validate.Validator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code saydo validate}: runs a PETRARCH/TABARI validation file (e.g. {@code PETR.UnitTest.records.xml}) with
 * the dictionaries its {@code <Environment>} names (a named file that is missing but shipped with Saydo is read from
 * the shipped copy, with a note on stderr) and scores Saydo's codings against the expected ones. Malformed records
 * are skipped, each named on stderr as {@code saydo: FILE:LINE: reason}, and counted; what the reader repaired
 * (see {@link ValidationReader}) is named as {@code saydo: FILE:LINE: repaired: ...} and counted by kind. Exit 0
 * when it ran (whatever the score), 1 when the file or its dictionaries cannot be read, 2 on bad usage. The last
 * line of the text output is always {@code validate: N records, C codings expected, TP=x.x% FN=y.y% FP=z.z%}.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Score Saydo on a PETRARCH/TABARI validation file (TP and FN as shares of expected codings,"
                + " FP as a share of found codings).")
public final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--verbose", description = "Print each failed record's sentence too.")
    boolean verbose;

    @Option(names = "--modalities", split = ",", paramLabel = "M[,M...]",
            description = "Modalities whose events count as found (default: asserted,reported,intent,hypothetical;"
                    + " PETRARCH does not code negated events).")
    List<String> modalities = new ArrayList<>();

    @Parameters(paramLabel = "RECORDS.xml", arity = "1", description = "The validation file.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Function<Dictionaries, Coder> coders;

    /**
     * @param coders builds the coder for a file's dictionaries ({@link Pipelines#validation} in production)
     */
    public ValidateCommand(Function<Dictionaries, Coder> coders) {
        this.coders = Objects.requireNonNull(coders, "coders");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Modality> counted;
        try {
            counted = modalities.isEmpty() ? Validator.DEFAULT_COUNTED
                    : modalities.stream().map(m -> Modality.parse(m.strip())).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--modalities: " + e.getMessage());
        }
        ValidationFile records;
        Dictionaries dictionaries;
        List<String> notes = new ArrayList<>();
        try {
            records = new ValidationReader().read(file);
            for (ValidationProblem r : records.repairs()) {
                err.println("saydo: " + r);
            }
            for (ValidationProblem w : records.warnings()) {
                err.println("saydo: " + w);
            }
            for (ValidationProblem m : records.malformed()) {
                err.println("saydo: " + m);
            }
            dictionaries = ValidationDictionaries.load(records, note -> {
                notes.add(note);
                err.println("saydo: " + note);
            });
        } catch (IOException | UncheckedIOException e) {
            err.println("saydo: " + file + ": cannot read: " + e.getMessage());
            return 1;
        } catch (ValidationFormatException | DictionaryFormatException e) {
            err.println("saydo: " + e.getMessage());
            return 1;
        }
        err.flush();
        ValidationReport report = new Validator(coders.apply(dictionaries), counted).run(records, r -> { });
        if (json) {
            out.println(json(report, counted, notes));
        } else {
            text(report, out);
        }
        out.flush();
        return 0;
    }

    private void text(ValidationReport report, PrintWriter out) {
        for (RecordResult r : report.failures()) {
            StringBuilder line = new StringBuilder("FAIL ").append(r.record().id()).append(" [")
                    .append(category(r.record().category())).append(", line ").append(r.record().line())
                    .append("] expected ").append(codings(r.record().expected()));
            if (r.record().error() != null) {
                line.append(" (error=").append(r.record().error()).append(')');
            }
            line.append(" found ").append(codings(r.found()));
            if (!r.uncounted().isEmpty()) {
                line.append(" not counted ").append(r.uncounted());
            }
            if (r.failure() != null) {
                line.append(" coder failed: ").append(r.failure());
            }
            out.println(line);
            if (verbose) {
                out.println("    " + r.record().text());
            }
        }
        out.println();
        out.println(String.format(Locale.ROOT, "%-10s %7s %6s %8s %5s %5s %5s %5s %6s %6s %6s %7s %7s",
                "category", "records", "passed", "expected", "TP", "FN", "found", "FP", "TP%", "FN%", "FP%",
                "agree3%", "root%"));
        for (Map.Entry<String, Score> e : report.byCategory().entrySet()) {
            out.println(row(category(e.getKey()), e.getValue()));
        }
        out.println(row("all", report.total()));
        ValidationFile file = report.file();
        if (file.skippedCount() > 0) {
            out.println("skipped (not in <Include>): " + file.skippedCount() + " records "
                    + file.skipped().entrySet().stream().map(e -> category(e.getKey()) + " " + e.getValue())
                            .sorted().collect(Collectors.joining(", ", "(", ")")));
        }
        if (report.coderFailures() > 0) {
            out.println("coder failed on " + report.coderFailures() + " records");
        }
        if (!file.malformed().isEmpty()) {
            out.println("malformed: " + file.malformed().size() + " records (see stderr)");
        }
        if (!file.repairs().isEmpty()) {
            out.println("repaired: " + file.repairs().size() + " " + file.repairCounts().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", "(", ")"))
                    + " (see stderr)");
        }
        out.println(report.summaryLine());
    }

    /** A category as printed: a record without one is {@code (none)}. */
    private static String category(String category) {
        return category.isEmpty() ? "(none)" : category;
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, "%-10s %7d %6d %8d %5d %5d %5d %5d %6.1f %6.1f %6.1f %7.1f %7.1f", name,
                s.records(), s.passed(), s.expected(), s.truePositives(), s.falseNegatives(), s.found(),
                s.falsePositives(), s.tpPercent(), s.fnPercent(), s.fpPercent(), s.agree3Percent(),
                s.agree2Percent());
    }

    private static String codings(List<Coding> codings) {
        return codings.isEmpty() ? "(none)" : codings.stream().map(Coding::toString)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private String json(ValidationReport report, Set<Modality> counted, List<String> notes) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("file", report.file().path().toString());
        root.putPOJO("modalities", counted.stream().map(Modality::label).sorted().toList());
        score(root, report.total());
        ObjectNode skipped = root.putObject("skipped");
        report.file().skipped().forEach(skipped::put);
        root.put("coderFailures", report.coderFailures());
        root.put("malformed", report.file().malformed().size());
        ArrayNode malformed = root.putArray("malformedRecords");
        for (ValidationProblem m : report.file().malformed()) {
            malformed.addObject().put("line", m.line()).put("reason", m.reason());
        }
        ObjectNode repairs = root.putObject("repairs");
        report.file().repairCounts().forEach(repairs::put);
        ArrayNode repaired = root.putArray("repairedLines");
        for (ValidationProblem r : report.file().repairs()) {
            repaired.addObject().put("line", r.line()).put("repair", r.reason().replaceFirst("^repaired: ", ""));
        }
        ArrayNode warnings = root.putArray("warnings");
        report.file().warnings().forEach(w -> warnings.add(w.toString()));
        notes.forEach(warnings::add);
        ObjectNode categories = root.putObject("categories");
        report.byCategory().forEach((k, v) -> score(categories.putObject(k), v));
        ArrayNode failures = root.putArray("failures");
        for (RecordResult r : report.failures()) {
            ObjectNode f = failures.addObject();
            f.put("id", r.record().id());
            f.put("category", r.record().category());
            f.put("line", r.record().line());
            codings(f.putArray("expected"), r.record().expected());
            if (r.record().error() != null) {
                f.put("error", r.record().error());
            }
            codings(f.putArray("found"), r.found());
            ArrayNode uncounted = f.putArray("uncounted");
            r.uncounted().forEach(uncounted::add);
            if (r.failure() != null) {
                f.put("coderFailure", r.failure());
            }
            if (verbose) {
                f.put("text", r.record().text());
            }
        }
        root.put("summary", report.summaryLine());
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void score(ObjectNode node, Score s) {
        node.put("records", s.records());
        node.put("passed", s.passed());
        node.put("expected", s.expected());
        node.put("truePositives", s.truePositives());
        node.put("falseNegatives", s.falseNegatives());
        node.put("found", s.found());
        node.put("falsePositives", s.falsePositives());
        node.put("tpPercent", round(s.tpPercent()));
        node.put("fnPercent", round(s.fnPercent()));
        node.put("fpPercent", round(s.fpPercent()));
        node.put("agree3Percent", round(s.agree3Percent()));
        node.put("rootPercent", round(s.agree2Percent()));
    }

    private static double round(double percent) {
        return Math.round(percent * 10) / 10.0;
    }

    private static void codings(ArrayNode array, List<Coding> codings) {
        for (Coding c : codings) {
            ObjectNode o = array.addObject();
            o.put("source", c.source());
            o.put("target", c.target());
            o.put("event", c.event());
        }
    }
}
